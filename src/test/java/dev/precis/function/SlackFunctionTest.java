package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.testing.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The slash command through the Lambda mock event server: Slack's signed POST as API Gateway
 * delivers it, the deferral to an asynchronous invocation, and the Block Kit that reaches a
 * loopback {@code response_url}.
 */
@QuarkusTest
@TestProfile(SlackFunctionTest.Profile.class)
@WithTestResource(SlackResource.class)
@WithTestResource(LoopbackSiteResource.class)
class SlackFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "slack");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    private final LogCapture capture = new LogCapture();

    @BeforeEach
    void reset() {
        SlackResource.responses.clear();
        SlackResource.invocations.clear();
        capture.listen();
    }

    @AfterEach
    void secretNeverLogged() {
        capture.stop();
        List<String> logged = capture.records().stream()
                .map(r -> r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())).toList();
        assertTrue(logged.stream().noneMatch(l -> l.contains(SlackResource.SECRET)), logged.toString());
    }

    private static String form(String text, String responseUrl) {
        return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705"
                + "&channel_name=test&user_id=U2147483697&user_name=steve&command=%2Fsummarize"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
                + "&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A123456";
    }

    private static String responseUrl() {
        return SlackResource.server.url("/commands/T0001/1234567890/ZAbc123");
    }

    /** Slack's v0 signature, computed here independently of the code under test. */
    private static String sign(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(
                mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** The API Gateway HTTP API event for Slack's POST; HTTP API base64-encodes form bodies. */
    private static String slackEvent(String body, long timestamp, String signature, boolean base64) {
        return ChatEvents.post("/slack", "application/x-www-form-urlencoded", "Slackbot 1.0 (+https://api.slack.com/robots)",
                Map.of("x-slack-request-timestamp", String.valueOf(timestamp), "x-slack-signature", signature), body, base64);
    }

    private static JsonNode post(String event) throws Exception {
        return JSON.readTree(MockEventServer.invoke(event).statusCode(200).extract().asString());
    }

    private static JsonNode signedCommand(String text, String responseUrl, boolean base64) throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = form(text, responseUrl);
        return post(slackEvent(body, now, sign(SlackResource.SECRET, now, body), base64));
    }

    /** What Lambda does with the queued asynchronous invocation: deliver its payload to the function. */
    private static JsonNode runDeferred() throws Exception {
        SlackResource.Received invoke = SlackResource.invocations.poll(10, TimeUnit.SECONDS);
        assertNotNull(invoke, "the command was not deferred");
        assertEquals("/2015-03-31/functions/precis-slack/invocations", invoke.path());
        assertEquals("Qualifier=live", invoke.query());
        assertEquals("Event", invoke.invocationType());
        return post(invoke.body());
    }

    @Test
    void aSignedCommandIsAcknowledgedAtOnceAndTheSummaryReachesResponseUrl() throws Exception {
        String article = LoopbackSiteResource.site.url("/article");
        JsonNode ack = signedCommand(article, responseUrl(), true);
        assertEquals(200, ack.get("statusCode").asInt(), ack.toString());
        JsonNode ackBody = JSON.readTree(ack.get("body").asText());
        assertEquals("ephemeral", ackBody.get("response_type").asText());
        assertTrue(ackBody.get("text").asText().startsWith("Summarizing "), ackBody.toString());
        assertTrue(SlackResource.responses.isEmpty(), "nothing is posted before the deferred half runs");

        assertTrue(runDeferred().get("delivered").asBoolean());
        SlackResource.Received posted = SlackResource.responses.poll(10, TimeUnit.SECONDS);
        assertNotNull(posted);
        assertEquals("/commands/T0001/1234567890/ZAbc123", posted.path());
        assertTrue(posted.contentType().startsWith("application/json"), posted.contentType());
        JsonNode message = JSON.readTree(posted.body());
        assertEquals("in_channel", message.get("response_type").asText());
        JsonNode blocks = message.get("blocks");
        assertEquals("*" + HEADLINE + "*", blocks.get(0).get("text").get("text").asText());
        String bullets = blocks.get(1).get("text").get("text").asText();
        assertEquals(4, bullets.lines().filter(l -> l.startsWith("• ")).count(), bullets);
        assertTrue(bullets.startsWith("• China vowed on Wednesday"), bullets);
        assertEquals("<" + article + "|The Local Report>",
                blocks.get(2).get("elements").get(0).get("text").asText());
    }

    @Test
    void slackLinkSyntaxIsUnwrappedAndPlainBodiesWorkToo() throws Exception {
        String article = LoopbackSiteResource.site.url("/article");
        JsonNode ack = signedCommand("<" + article + "|" + article + ">", responseUrl(), false);
        assertEquals(200, ack.get("statusCode").asInt(), ack.toString());
        JsonNode deferred = JSON.readTree(SlackResource.invocations.poll(10, TimeUnit.SECONDS).body());
        assertEquals(article, deferred.get("slackCommand").get("url").asText());
    }

    @Test
    void refusedSignaturesGet401AndNothingHappens() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = form(LoopbackSiteResource.site.url("/article"), responseUrl());
        String wrongSecret = slackEvent(body, now, sign("not-the-secret", now, body), true);
        String stale = slackEvent(body, now - 301, sign(SlackResource.SECRET, now - 301, body), true);
        String altered = slackEvent(body.replace("text=", "text=x"), now, sign(SlackResource.SECRET, now, body), true);
        String unsigned = slackEvent(body, now, "", true);
        for (String event : List.of(wrongSecret, stale, altered, unsigned)) {
            JsonNode response = post(event);
            assertEquals(401, response.get("statusCode").asInt(), response.toString());
            assertFalse(response.get("body").asText().contains(SlackResource.SECRET));
        }
        assertNull(SlackResource.invocations.poll(200, TimeUnit.MILLISECONDS));
        assertTrue(SlackResource.responses.isEmpty());
    }

    @Test
    void emptyTextGetsUsageHelp() throws Exception {
        for (String text : List.of("", "help")) {
            JsonNode response = signedCommand(text, responseUrl(), true);
            JsonNode body = JSON.readTree(response.get("body").asText());
            assertEquals("ephemeral", body.get("response_type").asText());
            assertTrue(body.get("text").asText().startsWith("Usage: `/summarize &lt;article URL&gt;`"), body.toString());
        }
        assertNull(SlackResource.invocations.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void errorsArriveAsEphemeralMessages() throws Exception {
        signedCommand("http://169.254.169.254/latest/meta-data/", responseUrl(), true);
        runDeferred();
        JsonNode message = JSON.readTree(SlackResource.responses.poll(10, TimeUnit.SECONDS).body());
        assertEquals("ephemeral", message.get("response_type").asText());
        assertTrue(message.get("text").asText().contains("FETCH_BLOCKED"), message.toString());

        signedCommand(LoopbackSiteResource.site.url("/menu"), responseUrl(), true);
        runDeferred();
        message = JSON.readTree(SlackResource.responses.poll(10, TimeUnit.SECONDS).body());
        assertEquals("ephemeral", message.get("response_type").asText());
        assertTrue(message.get("text").asText().contains("NOT_AN_ARTICLE"), message.toString());
    }

    @Test
    void aResponseUrlOutsideTheAllowedPrefixesIsRefused() throws Exception {
        JsonNode response = signedCommand(LoopbackSiteResource.site.url("/article"),
                "http://169.254.169.254/commands/x", true);
        assertEquals(400, response.get("statusCode").asInt());
        assertNull(SlackResource.invocations.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void whenSlackRefusesTheBlocksAPlainTextFallbackSaysSo() throws Exception {
        signedCommand(LoopbackSiteResource.site.url("/article"),
                SlackResource.server.url("/commands/refuse/T0001/1234567890/ZAbc123"), true);
        JsonNode outcome = runDeferred();
        assertFalse(outcome.get("delivered").asBoolean(), outcome.toString());
        JsonNode refused = JSON.readTree(SlackResource.responses.poll(10, TimeUnit.SECONDS).body());
        assertTrue(refused.has("blocks"));
        JsonNode fallback = JSON.readTree(SlackResource.responses.poll(10, TimeUnit.SECONDS).body());
        assertFalse(fallback.has("blocks"), fallback.toString());
        String text = fallback.get("text").asText();
        assertTrue(text.contains("HTTP 400, invalid_blocks"), text);
        assertTrue(text.contains(HEADLINE) && text.contains("* China vowed on Wednesday"), text);
        assertNull(SlackResource.responses.poll(300, TimeUnit.MILLISECONDS), "one fallback, no retry");
    }

    @Test
    void theAcknowledgementDoesNotEchoWhatWasTyped() throws Exception {
        JsonNode ack = signedCommand("<!channel> free-crypto.example/claim", responseUrl(), true);
        JsonNode body = JSON.readTree(ack.get("body").asText());
        String text = body.get("text").asText();
        assertTrue(text.startsWith("Summarizing "), text);
        assertFalse(text.contains("channel") || text.contains("crypto"), text);
        SlackResource.invocations.poll(10, TimeUnit.SECONDS);
    }
}
