package dev.precis.function.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.Renderer;
import dev.precis.testing.LoopbackOnlyConnector;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;

/**
 * The slash command without a deferrer (a local run outside Lambda): the signed request is
 * answered with the summary itself, Block Kit in the HTTP response.
 */
class SlackHandlerInlineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "inline-test-secret";
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final LoopbackServer site = new LoopbackServer()
            .serve("/article", 200, "text/html; charset=utf-8", Samples.bytes("seed-article.html"));

    @AfterEach
    void stop() {
        site.close();
    }

    private SlackHandler handler() {
        FetchPolicy policy = FetchPolicy.defaults().withLoopbackPorts(Set.of(site.port()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
        Pipeline pipeline = Pipeline.create(policy, host -> List.of(InetAddress.getLoopbackAddress()),
                new LoopbackOnlyConnector());
        return new SlackHandler(pipeline, new Renderer(JSON), JSON, new SlackSignature(SECRET), Deferrer.INLINE,
                new RestClientResponder(List.of("https://hooks.slack.com/"), Duration.ofSeconds(2)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JsonNode event(String text) throws Exception {
        String body = "command=%2Fsummarize&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode("https://hooks.slack.com/commands/T1/2/x", StandardCharsets.UTF_8);
        long ts = NOW.getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return JSON.createObjectNode().put("version", "2.0").put("routeKey", "POST /slack").put("body", body)
                .put("isBase64Encoded", false).set("headers", JSON.createObjectNode()
                        .put("X-Slack-Request-Timestamp", String.valueOf(ts)).put("X-Slack-Signature", signature));
    }

    @Test
    void withoutADeferrerTheSummaryIsTheAnswer() throws Exception {
        JsonNode response = handler().http(event(site.url("/article")));
        assertEquals(200, response.get("statusCode").asInt());
        JsonNode message = JSON.readTree(response.get("body").asText());
        assertEquals("in_channel", message.get("response_type").asText());
        assertTrue(message.get("blocks").get(0).get("text").get("text").asText().startsWith("*China rejects"));
    }

    @Test
    void headersAreMatchedWhateverTheirCaseAndErrorsStayEphemeral() throws Exception {
        JsonNode response = handler().http(event("ftp://example.com/file"));
        JsonNode message = JSON.readTree(response.get("body").asText());
        assertEquals("ephemeral", message.get("response_type").asText());
        assertTrue(message.get("text").asText().contains("FETCH_BLOCKED"), message.toString());
        assertFalse(response.toString().contains(SECRET));
    }
}
