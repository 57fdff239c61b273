package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Mattermost slash commands through the Lambda mock event server: the form Mattermost posts with
 * its token, the immediate acknowledgement, and the delayed response at a loopback
 * {@code response_url}; a wrong or missing token gets 401 and nothing else happens.
 */
@QuarkusTest
@TestProfile(MattermostFunctionTest.Profile.class)
@WithTestResource(ChatResource.class)
@WithTestResource(LoopbackSiteResource.class)
class MattermostFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "mattermost");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    @BeforeEach
    void reset() {
        ChatResource.webhooks.clear();
        ChatResource.invocations.clear();
    }

    private static String responseUrl() {
        return ChatResource.server.url("/hooks/commands/ptrbzwuuxbdtbr8bhhzb7e9qgc");
    }

    /** The fields Mattermost posts for a slash command, in its order. */
    private static String form(String token, String text, String responseUrl) {
        return "channel_id=6w41z1qi5ig4tk8j5zmxrnjpge&channel_name=town-square&command=%2Fsummarize"
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
                + "&team_domain=newsroom&team_id=kdopdq6yb3f5bmz4ohw4xhsy4r"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&token=" + token + "&trigger_id=cHJlY2lzLXRyaWdnZXI6MTIzNDU2Nzg5MA"
                + "&user_id=h5ibwuxz7fgrbx3b8d8c9ew3qe&user_name=ann";
    }

    private static JsonNode post(String body, String authorization) throws Exception {
        Map<String, String> headers = authorization == null ? Map.of("accept", "application/json")
                : Map.of("accept", "application/json", "authorization", authorization);
        String event = ChatEvents.post("/mattermost", "application/x-www-form-urlencoded", "Mattermost-Bot/1.1",
                headers, body, true);
        return JSON.readTree(MockEventServer.invoke(event).statusCode(200).extract().asString());
    }

    @Test
    void theTokenIsAcceptedTheAckIsImmediateAndTheSummaryReachesResponseUrl() throws Exception {
        String article = LoopbackSiteResource.site.url("/article");
        JsonNode ack = post(form(ChatResource.MATTERMOST_TOKEN, article, responseUrl()),
                "Token " + ChatResource.MATTERMOST_TOKEN);
        assertEquals(200, ack.get("statusCode").asInt(), ack.toString());
        JsonNode ackBody = JSON.readTree(ack.get("body").asText());
        assertEquals("ephemeral", ackBody.get("response_type").asText());
        assertTrue(ackBody.get("text").asText().startsWith("Summarizing "), ackBody.toString());
        assertTrue(ChatResource.webhooks.isEmpty(), "nothing is posted before the deferred half runs");

        ChatResource.Received invoke = ChatResource.invocations.poll(10, TimeUnit.SECONDS);
        assertNotNull(invoke, "the command was not deferred");
        assertEquals("/2015-03-31/functions/precis-mattermost/invocations", invoke.path());
        assertEquals("Event", invoke.invocationType());
        MockEventServer.invoke(invoke.body()).statusCode(200);

        ChatResource.Received posted = ChatResource.webhooks.poll(10, TimeUnit.SECONDS);
        assertNotNull(posted, "the delayed response was not posted");
        assertEquals("POST", posted.method());
        assertEquals("/hooks/commands/ptrbzwuuxbdtbr8bhhzb7e9qgc", posted.path());
        JsonNode message = JSON.readTree(posted.body());
        assertEquals("in_channel", message.get("response_type").asText());
        String text = message.get("text").asText();
        assertTrue(text.startsWith("#### China rejects U.S. “criticism or pressure”"), text);
        assertEquals(4, text.lines().filter(l -> l.startsWith("- ")).count(), text);
    }

    @Test
    void aWrongOrMissingTokenGets401AndNothingIsDone() throws Exception {
        String article = LoopbackSiteResource.site.url("/article");
        String wrong = ChatResource.MATTERMOST_TOKEN.substring(1) + "x";
        for (JsonNode response : new JsonNode[] {
                post(form(wrong, article, responseUrl()), null),
                post(form("", article, responseUrl()), null),
                post(form(ChatResource.MATTERMOST_TOKEN + "x", article, responseUrl()), null)}) {
            assertEquals(401, response.get("statusCode").asInt(), response.toString());
        }
        assertTrue(ChatResource.invocations.isEmpty());
        assertTrue(ChatResource.webhooks.isEmpty());
    }

    @Test
    void aResponseUrlOffTheServerIsRefusedBeforeAnythingIsDeferred() throws Exception {
        JsonNode response = post(form(ChatResource.MATTERMOST_TOKEN, LoopbackSiteResource.site.url("/article"),
                "http://127.0.0.1:1/hooks/commands/elsewhere"), null);
        assertEquals(400, response.get("statusCode").asInt(), response.toString());
        assertTrue(ChatResource.invocations.isEmpty());
    }
}
