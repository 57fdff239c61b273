package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.testing.LogCapture;
import dev.precis.testing.Samples;
import io.quarkus.funqy.lambda.FunqyLambdaBindingRecorder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The deployed handler the way AWS's runtime interface client calls it: {@code handleRequest}
 * with the event's bytes and a Lambda context, on to Funqy's own dispatch (the running
 * application's, as {@code FunqyStreamHandler} would reach it). No mock event server sets the
 * request id here, so the handler must.
 */
@QuarkusTest
@WithTestResource(LoopbackSiteResource.class)
class StreamHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LogCapture capture = new LogCapture();
    private final PrecisStreamHandler handler = new PrecisStreamHandler(FunqyLambdaBindingRecorder::handle);

    @BeforeEach
    void listen() {
        capture.listen();
    }

    @AfterEach
    void stop() {
        capture.stop();
    }

    private JsonNode invoke(byte[] event, String requestId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new TestLambdaContext(requestId, 30_000));
        return JSON.readTree(out.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyLineCarriesTheContextsRequestId() throws Exception {
        String id = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";
        JsonNode answer = invoke(utf8(JSON.createObjectNode().put("text", Samples.text("seed-article.txt")).toString()), id);
        assertTrue(answer.has("headline"), answer.toString());
        List<ExtLogRecord> ours = capture.records().stream().filter(r -> r.getLoggerName().startsWith("dev.precis")).toList();
        assertFalse(ours.isEmpty());
        for (ExtLogRecord r : ours) {
            assertEquals(id, r.getMdc(PrecisStreamHandler.REQUEST_ID), r.getFormattedMessage());
        }
        assertEquals(null, org.jboss.logging.MDC.get(PrecisStreamHandler.REQUEST_ID), "cleared after the request");
    }

    @Test
    void malformedJsonIsABadRequestAndItsTokensAreNotLogged() throws Exception {
        for (String event : List.of("abcSecretToken", "{\"text\": \"abcSecretToken\"", "{\"text\": 'abcSecretToken'}",
            "{\"text\": \"A sentence here. Another one there.\"} abcSecretToken", "")) {
            JsonNode answer = invoke(utf8(event), "req-malformed");
            assertEquals("BAD_REQUEST", answer.path("error").path("code").asText(), event + " -> " + answer);
        }
        for (ExtLogRecord r : capture.records()) {
            String line = r.getFormattedMessage() + " " + r.getThrown();
            assertFalse(line.contains("abcSecretToken"), "a log line quotes the request: " + line);
        }
    }

    @Test
    void aLeadingBomIsReadAsOnTheApiPath() throws Exception {
        byte[] json = utf8(JSON.createObjectNode().put("text", Samples.text("seed-article.txt")).toString());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals(invoke(json, "a").get("headline"), invoke(withBom, "b").get("headline"));
    }
}
