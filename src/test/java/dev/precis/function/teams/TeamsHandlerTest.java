package dev.precis.function.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.ChatMessages;
import dev.precis.testing.LoopbackOnlyConnector;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;

/** Teams waits five seconds: an article that takes longer is answered in time with a plain notice. */
class TeamsHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = Base64.getEncoder().encodeToString("teams-inline-key".getBytes(StandardCharsets.UTF_8));

    private final LoopbackServer site = new LoopbackServer()
            .serve("/article", 200, "text/html; charset=utf-8", Samples.bytes("seed-article.html"))
            .route("/slow", exchange -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LoopbackServer.respond(exchange, 200, "text/html", Samples.bytes("seed-article.html"));
            });
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
        site.close();
    }

    private TeamsHandler handler(Duration within) {
        FetchPolicy policy = FetchPolicy.defaults().withLoopbackPorts(Set.of(site.port()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(8));
        Pipeline pipeline = Pipeline.create(policy, host -> List.of(InetAddress.getLoopbackAddress()),
                new LoopbackOnlyConnector());
        return new TeamsHandler(pipeline, new ChatMessages(JSON), JSON, new TeamsSignature(TOKEN), within, executor);
    }

    private static JsonNode event(String text) throws Exception {
        String body = JSON.createObjectNode().put("type", "message").put("text", "<at>Precis</at> " + text).toString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(TOKEN), "HmacSHA256"));
        String auth = "HMAC " + Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return JSON.createObjectNode().put("version", "2.0").put("body", body).put("isBase64Encoded", false)
                .set("headers", JSON.createObjectNode().put("Authorization", auth));
    }

    @Test
    void aSlowArticleIsAnsweredInTimeWithAPlainNotice() throws Exception {
        long start = System.nanoTime();
        JsonNode response = handler(Duration.ofMillis(500)).http(event(site.url("/slow")));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs < 2500, "answered after " + tookMs + " ms");
        JsonNode reply = JSON.readTree(response.get("body").asText());
        assertEquals("message", reply.get("type").asText());
        assertTrue(reply.get("text").asText().contains("within the five seconds"), reply.toString());
    }

    @Test
    void aQuickArticleGetsItsCard() throws Exception {
        JsonNode reply = JSON.readTree(handler(Duration.ofSeconds(4)).http(event(site.url("/article"))).get("body").asText());
        assertEquals("AdaptiveCard", reply.get("attachments").get(0).get("content").get("type").asText());
    }

    @Test
    void theSignatureCoversTheExactBody() {
        TeamsSignature signature = new TeamsSignature(TOKEN);
        byte[] body = "{\"type\":\"message\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(TeamsSignature.Verdict.MISSING, signature.verify(null, body));
        assertEquals(TeamsSignature.Verdict.NOT_CONFIGURED, new TeamsSignature("").verify("HMAC x", body));
        assertEquals(TeamsSignature.Verdict.MISMATCH, signature.verify("HMAC " + Base64.getEncoder()
                .encodeToString(new byte[32]), body));
    }
}
