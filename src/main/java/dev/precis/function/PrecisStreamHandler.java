package dev.precis.function;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.exc.StreamReadException;

import io.quarkus.funqy.lambda.FunqyStreamHandler;

/**
 * The deployed Lambda handler: Funqy's stream handler with two things only the Lambda service's
 * path lacked. Every log line carries the request id (the mock event server's poll loop sets it
 * in dev mode and tests, nothing did under AWS's runtime interface client), and an event that
 * is not JSON gets the contract's {@code BAD_REQUEST} body instead of Funqy's 500, whose logged
 * cause would quote the request's tokens. It also hands on the time the context says is left
 * ({@link InvocationDeadline}), which Funqy does not pass to functions.
 */
public final class PrecisStreamHandler implements RequestStreamHandler {

    /** The key the console format reads ({@code %X{AWSRequestId}}), as Quarkus's poll loop sets it. */
    static final String REQUEST_ID = "AWSRequestId";
    /** Funqy's wording when its event reader cannot parse the input. */
    private static final String UNREADABLE = "Could not deserialize the provided message.";
    private static final Logger LOG = Logger.getLogger(PrecisStreamHandler.class);
    private static final byte[] NOT_JSON = ("{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":"
            + "\"the request is not valid JSON (one JSON object, nothing after it)\"}}").getBytes(StandardCharsets.UTF_8);

    private final RequestStreamHandler funqy;

    public PrecisStreamHandler() {
        this(new FunqyStreamHandler());
    }

    PrecisStreamHandler(RequestStreamHandler funqy) {
        this.funqy = funqy;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String id = context == null ? null : context.getAwsRequestId();
        if (id != null) {
            MDC.put(REQUEST_ID, id);
        }
        if (context != null && context.getRemainingTimeInMillis() > 0) {
            InvocationDeadline.set(context.getRemainingTimeInMillis());
        }
        try {
            funqy.handleRequest(input, output, context);
        } catch (IllegalArgumentException e) {
            if (!UNREADABLE.equals(e.getMessage())) {
                throw e;
            }
            notJson(output);
        } catch (StreamReadException e) {
            notJson(output);
        } finally {
            MDC.remove(REQUEST_ID);
            InvocationDeadline.clear();
        }
    }

    private static void notJson(OutputStream output) throws IOException {
        LOG.info("refused: BAD_REQUEST (the event is not JSON)");
        output.write(NOT_JSON);
    }
}
