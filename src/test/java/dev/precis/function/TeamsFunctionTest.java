package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A Microsoft Teams outgoing webhook through the Lambda mock event server: activities signed
 * with HMAC-SHA256 under a known security token are answered with an Adaptive Card; a wrong
 * signature gets 401.
 */
@QuarkusTest
@TestProfile(TeamsFunctionTest.Profile.class)
@WithTestResource(ChatResource.class)
@WithTestResource(LoopbackSiteResource.class)
class TeamsFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "teams");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";

    /** Teams' scheme, computed here independently: HMAC-SHA256 keyed with the base64-decoded token. */
    private static String sign(String base64Token, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Token), "HmacSHA256"));
        return "HMAC " + Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A message activity as Teams sends an outgoing webhook when someone writes "@Precis <text>". */
    private static String activity(String text) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", "message");
        a.put("id", "1733097600000");
        a.put("timestamp", "2026-12-01T20:00:00.000Z");
        a.put("localTimestamp", "2026-12-01T21:00:00.000+01:00");
        a.put("serviceUrl", "https://smba.trafficmanager.net/emea/");
        a.put("channelId", "msteams");
        a.putObject("from").put("id", "29:1Xj3kW9vQ").put("name", "Ann Lee").put("aadObjectId",
                "6b1c3c55-2d4e-4f8a-9f0e-1a2b3c4d5e6f");
        a.putObject("conversation").put("isGroup", true).put("id", "19:abc@thread.skype;messageid=1733097600000")
                .put("name", (String) null).put("conversationType", "channel")
                .put("tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47");
        a.putObject("recipient").putNull("id").putNull("name");
        a.put("textFormat", "plain");
        a.put("locale", "en-US");
        a.put("text", "<at>Precis</at> " + text + "\n");
        a.putArray("attachments").addObject().put("contentType", "text/html")
                .put("content", "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">"
                        + "Precis</span>&nbsp;" + text + "</div></div>");
        a.putArray("entities").addObject().put("type", "clientInfo").put("locale", "en-US").put("country", "US")
                .put("platform", "Web");
        a.putObject("channelData").put("teamsChannelId", "19:abc@thread.skype").put("teamsTeamId", "19:team@thread.skype")
                .putObject("tenant").put("id", "72f988bf-86f1-41af-91ab-2d7cd011db47");
        return a.toString();
    }

    private static JsonNode post(String body, String authorization) throws Exception {
        String event = ChatEvents.post("/teams", "application/json; charset=utf-8", "Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)",
                Map.of("authorization", authorization), body, false);
        return JSON.readTree(MockEventServer.invoke(event).statusCode(200).extract().asString());
    }

    @Test
    void aSignedMessageIsAnsweredWithAnAdaptiveCard() throws Exception {
        String body = activity(LoopbackSiteResource.site.url("/article"));
        JsonNode response = post(body, sign(ChatResource.TEAMS_TOKEN, body));
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        JsonNode reply = JSON.readTree(response.get("body").asText());
        assertEquals("message", reply.get("type").asText());
        JsonNode attachment = reply.get("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.get("contentType").asText());
        JsonNode card = attachment.get("content");
        assertEquals("AdaptiveCard", card.get("type").asText());
        assertEquals(HEADLINE, card.get("body").get(0).get("text").asText());
        String bullets = card.get("body").get(1).get("text").asText();
        assertEquals(4, bullets.lines().filter(l -> l.startsWith("- ")).count(), bullets);
    }

    @Test
    void aWrongSignatureGets401() throws Exception {
        String body = activity(LoopbackSiteResource.site.url("/article"));
        String otherToken = Base64.getEncoder().encodeToString("another-key".getBytes(StandardCharsets.UTF_8));
        for (String authorization : new String[] {sign(otherToken, body), sign(ChatResource.TEAMS_TOKEN, body + " "),
                "Bearer x", "HMAC not-base64!"}) {
            JsonNode response = post(body, authorization);
            assertEquals(401, response.get("statusCode").asInt(), authorization + " " + response);
        }
    }

    @Test
    void aMessageWithoutALinkGetsHelpAndAFailedFetchIsSaidPlainly() throws Exception {
        String hello = activity("hello there");
        JsonNode help = JSON.readTree(post(hello, sign(ChatResource.TEAMS_TOKEN, hello)).get("body").asText());
        assertTrue(help.get("text").asText().startsWith("Mention me with an article link"), help.toString());
        String broken = activity(LoopbackSiteResource.site.url("/broken"));
        JsonNode failed = JSON.readTree(post(broken, sign(ChatResource.TEAMS_TOKEN, broken)).get("body").asText());
        assertTrue(failed.get("text").asText().contains("FETCH_FAILED"), failed.toString());
    }
}
