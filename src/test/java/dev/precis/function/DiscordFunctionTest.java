package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Discord interactions through the Lambda mock event server: requests signed with Ed25519 by a
 * key pair generated for the test, the PING handshake, refusals, and a command deferred to an
 * asynchronous invocation whose summary edits the original response at a loopback webhook.
 */
@QuarkusTest
@TestProfile(DiscordFunctionTest.Profile.class)
@WithTestResource(ChatResource.class)
@WithTestResource(LoopbackSiteResource.class)
class DiscordFunctionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "discord");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";
    private static final String APP_ID = "1180000000000000001";
    private static final String TOKEN = "aW50ZXJhY3Rpb246MTE4MDAwMDAwMDAwMDAwMDAwMjpUZXN0VG9rZW4";

    @BeforeEach
    void reset() {
        ChatResource.webhooks.clear();
        ChatResource.invocations.clear();
    }

    private static String sign(PrivateKey key, String timestamp, String body) throws Exception {
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(key);
        ed.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(ed.sign());
    }

    private static String ping() {
        return "{\"application_id\":\"" + APP_ID + "\",\"id\":\"1180000000000000100\",\"token\":\"" + TOKEN
                + "\",\"type\":1,\"user\":{\"id\":\"53908232506183680\",\"username\":\"mason\"},\"version\":1}";
    }

    /** An APPLICATION_COMMAND interaction for {@code /summarize url:<url>} in a guild channel. */
    private static String command(String url) {
        ObjectNode i = JSON.createObjectNode();
        i.put("app_permissions", "2248473465835073");
        i.put("application_id", APP_ID);
        i.putObject("channel").put("id", "1180000000000000200").put("name", "news").put("type", 0);
        i.put("channel_id", "1180000000000000200");
        ObjectNode data = i.putObject("data");
        data.put("id", "1180000000000000300");
        data.put("name", "summarize");
        data.put("type", 1);
        if (url != null) {
            data.putArray("options").addObject().put("name", "url").put("type", 3).put("value", url);
        }
        i.putArray("entitlements");
        i.put("guild_id", "1180000000000000400");
        i.put("guild_locale", "en-US");
        i.put("id", "1180000000000000500");
        i.put("locale", "en-GB");
        i.putObject("member").put("nick", (String) null).putArray("roles");
        ((ObjectNode) i.get("member")).putObject("user").put("id", "53908232506183680").put("username", "mason")
                .put("global_name", "Mason");
        i.put("token", TOKEN);
        i.put("type", 2);
        i.put("version", 1);
        return i.toString();
    }

    private static JsonNode post(String body, String timestamp, String signature) throws Exception {
        String event = ChatEvents.post("/discord", "application/json", "Discord-Interactions/1.0 (+https://discord.com)",
                Map.of("x-signature-ed25519", signature, "x-signature-timestamp", timestamp), body, false);
        return JSON.readTree(MockEventServer.invoke(event).statusCode(200).extract().asString());
    }

    private static JsonNode signed(String body) throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return post(body, ts, sign(ChatResource.discordKeys.getPrivate(), ts, body));
    }

    @Test
    void pingGetsPong() throws Exception {
        JsonNode response = signed(ping());
        assertEquals(200, response.get("statusCode").asInt(), response.toString());
        assertEquals(1, JSON.readTree(response.get("body").asText()).get("type").asInt());
    }

    @Test
    void badSignaturesGet401AndNothingIsDone() throws Exception {
        String body = command(LoopbackSiteResource.site.url("/article"));
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String good = sign(ChatResource.discordKeys.getPrivate(), ts, body);
        String otherKey = sign(java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate(), ts, body);
        String stale = String.valueOf(Instant.now().getEpochSecond() - 600);
        List<JsonNode> refused = List.of(
                post(body, ts, otherKey),
                post(body.replace("summarize", "summarise"), ts, good),
                post(body, stale, sign(ChatResource.discordKeys.getPrivate(), stale, body)),
                post(body, ts, ""),
                post(body, ts, "zz"),
                post(ping(), ts, sign(ChatResource.discordKeys.getPrivate(), ts, body)));
        for (JsonNode response : refused) {
            assertEquals(401, response.get("statusCode").asInt(), response.toString());
        }
        assertTrue(ChatResource.invocations.isEmpty(), "a refused request defers nothing");
        assertTrue(ChatResource.webhooks.isEmpty(), "a refused request posts nothing");
    }

    @Test
    void aCommandIsDeferredAndTheSummaryEditsTheOriginalResponse() throws Exception {
        String article = LoopbackSiteResource.site.url("/article");
        JsonNode ack = signed(command(article));
        assertEquals(200, ack.get("statusCode").asInt(), ack.toString());
        assertEquals(5, JSON.readTree(ack.get("body").asText()).get("type").asInt(), "deferred: type 5");
        assertTrue(ChatResource.webhooks.isEmpty(), "nothing is posted before the deferred half runs");

        ChatResource.Received invoke = ChatResource.invocations.poll(10, TimeUnit.SECONDS);
        assertNotNull(invoke, "the command was not deferred");
        assertEquals("/2015-03-31/functions/precis-discord/invocations", invoke.path());
        assertEquals("Event", invoke.invocationType());
        JsonNode delivered = JSON.readTree(MockEventServer.invoke(invoke.body()).statusCode(200).extract().asString());
        assertTrue(delivered.get("delivered").asBoolean(), delivered.toString());

        ChatResource.Received edit = ChatResource.webhooks.poll(10, TimeUnit.SECONDS);
        assertNotNull(edit, "the original response was not edited");
        assertEquals("PATCH", edit.method());
        assertEquals("/api/v10/webhooks/" + APP_ID + "/" + TOKEN + "/messages/@original", edit.path());
        JsonNode message = JSON.readTree(edit.body());
        JsonNode embed = message.get("embeds").get(0);
        assertEquals(HEADLINE, embed.get("title").asText());
        assertEquals(article, embed.get("url").asText());
        String description = embed.get("description").asText();
        assertEquals(4, description.lines().filter(l -> l.startsWith("• ")).count(), description);
        assertEquals("The Local Report", embed.get("footer").get("text").asText());
        assertEquals(0, message.get("allowed_mentions").get("parse").size(), "no mentions of any kind");
    }

    @Test
    void aCommandWithoutAUrlGetsUsageOnlyTheCallerSees() throws Exception {
        JsonNode response = signed(command(null));
        JsonNode body = JSON.readTree(response.get("body").asText());
        assertEquals(4, body.get("type").asInt());
        assertEquals(64, body.get("data").get("flags").asInt());
        assertTrue(body.get("data").get("content").asText().startsWith("Usage"), body.toString());
        assertTrue(ChatResource.invocations.isEmpty());
    }
}
