package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import dev.precis.testing.LoopbackServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Loopback stand-ins for what the Discord, Mattermost and Teams adapters talk to: Discord's API
 * (the interaction webhook), a Mattermost server's command hooks ({@code response_url}) and the
 * Lambda Invoke API. A Discord key pair is generated here; only its public half is configured.
 */
public class ChatResource implements QuarkusTestResourceLifecycleManager {

    static final String MATTERMOST_TOKEN = "xr3j5x3p4pfjpe1nfkqt8p7tye";
    /** A Teams security token as Teams shows it: base64 of the HMAC key. */
    static final String TEAMS_TOKEN = "cHJlY2lzLXRlYW1zLXRlc3Qta2V5LTAxMjM0NTY3ODk=";

    record Received(String method, String path, String query, String invocationType, String contentType, String body) {
    }

    static final BlockingQueue<Received> webhooks = new LinkedBlockingQueue<>();
    static final BlockingQueue<Received> invocations = new LinkedBlockingQueue<>();
    static volatile LoopbackServer server;
    static volatile KeyPair discordKeys;

    @Override
    public Map<String, String> start() {
        try {
            discordKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] x509 = discordKeys.getPublic().getEncoded();
        // Discord shows the raw 32-byte key in hex: the X.509 encoding's last 32 bytes.
        String publicHex = HexFormat.of().formatHex(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
        server = new LoopbackServer()
                .route("/api/v10/webhooks/", exchange -> {
                    webhooks.add(received(exchange));
                    LoopbackServer.respond(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                })
                .route("/hooks/commands/", exchange -> {
                    webhooks.add(received(exchange));
                    LoopbackServer.respond(exchange, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
                })
                .route("/2015-03-31/functions/", exchange -> {
                    invocations.add(received(exchange));
                    exchange.sendResponseHeaders(202, -1);
                });
        System.setProperty("aws.accessKeyId", "precis-test-access");
        System.setProperty("aws.secretAccessKey", "precis-test-secret");
        System.setProperty("aws.region", "us-east-1");
        return Map.ofEntries(
                Map.entry("precis.discord.public-key", publicHex),
                Map.entry("precis.discord.api-base", server.url("/api/v10")),
                Map.entry("precis.discord.defer-function", "precis-discord"),
                Map.entry("precis.discord.defer-qualifier", "live"),
                Map.entry("precis.mattermost.tokens", MATTERMOST_TOKEN),
                Map.entry("precis.mattermost.response-url-prefixes", server.url("/hooks/commands/")),
                Map.entry("precis.mattermost.defer-function", "precis-mattermost"),
                Map.entry("precis.mattermost.defer-qualifier", "live"),
                Map.entry("precis.teams.security-token", TEAMS_TOKEN),
                Map.entry("precis.lambda.endpoint", server.url("")));
    }

    private static Received received(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
        return new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
