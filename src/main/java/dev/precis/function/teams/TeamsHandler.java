package dev.precis.function.teams;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.PrecisException;
import dev.precis.function.HttpApiResponse;
import dev.precis.function.HttpEvents;
import dev.precis.render.ChatMessages;
import dev.precis.summary.Summary;

/**
 * A Microsoft Teams outgoing webhook: verifies the HMAC, takes the first link in the message
 * ("@Precis https://…"), and answers in the same response, since outgoing webhooks have no
 * later channel, within Teams' five seconds: the summary as an Adaptive Card, or, when the
 * article cannot be fetched and summarized in time, a plain message saying so.
 */
public final class TeamsHandler {

    private static final Logger LOG = Logger.getLogger(TeamsHandler.class);

    private final Pipeline pipeline;
    private final ChatMessages messages;
    private final ObjectMapper json;
    private final TeamsSignature signature;
    private final Duration answerWithin;
    private final ExecutorService executor;

    public TeamsHandler(Pipeline pipeline, ChatMessages messages, ObjectMapper json, TeamsSignature signature,
            Duration answerWithin, ExecutorService executor) {
        this.pipeline = pipeline;
        this.messages = messages;
        this.json = json;
        this.signature = signature;
        this.answerWithin = answerWithin;
        this.executor = executor;
    }

    /** The outgoing webhook's POST, as an API Gateway HTTP API (payload 2.0) event. */
    public JsonNode http(JsonNode event) {
        byte[] raw = HttpEvents.rawBody(event);
        if (raw == null) {
            return HttpApiResponse.of(json, 400, "text/plain", "the request body is not valid base64");
        }
        TeamsSignature.Verdict verdict = signature.verify(HttpEvents.header(event, "authorization"), raw);
        if (verdict != TeamsSignature.Verdict.VALID) {
            return HttpApiResponse.refused(json, LOG, "teams", verdict != TeamsSignature.Verdict.NOT_CONFIGURED,
                    "no security token is configured", "signature " + verdict, "the request signature is missing or wrong");
        }
        JsonNode activity;
        try {
            activity = json.readTree(raw);
        } catch (java.io.IOException e) {
            return HttpApiResponse.of(json, 400, "text/plain", "the activity is not valid JSON");
        }
        // The text starts with the webhook's <at>name</at>; the name can hold no link.
        String text = activity.path("text").asText("").replaceAll("<at>[^<]*</at>", " ");
        String url = HttpEvents.firstUrl(text);
        if (url.isEmpty()) {
            return answer(messages.teamsNotice("Mention me with an article link, e.g. \"@Precis"
                    + " https://example.com/news/story\", and I reply with its headline and key points."));
        }
        return answer(message(url));
    }

    ObjectNode message(String url) {
        Future<Summary> work = executor.submit(() -> pipeline.summarize(SummaryRequest.ofUrl(url)));
        try {
            return messages.teams(work.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            work.cancel(true);
            LOG.info("teams summary refused: not ready in time");
            return messages.teamsNotice("That article could not be fetched and summarized within the five"
                    + " seconds Teams waits for an answer. Please try again, or use the summarize API for slow sites.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.cancel(true);
            return messages.teamsNotice("Precis was interrupted on that link; please try again.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PrecisException p) {
                LOG.infof("teams summary refused: %s", p.code());
                return messages.teamsNotice("Could not summarize that link (" + p.code() + "): " + p.getMessage());
            }
            LOG.errorf("internal error: %s", cause == null ? "unknown" : cause.getClass().getName());
            return messages.teamsNotice("Precis failed on that link (INTERNAL); the problem is logged.");
        }
    }

    private JsonNode answer(JsonNode message) {
        return HttpApiResponse.of(json, 200, "application/json", message.toString());
    }
}
