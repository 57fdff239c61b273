package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import dev.precis.testing.LoopbackServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Loopback stand-ins for the two services the slash command calls: Slack's {@code response_url}
 * webhook and the Lambda Invoke API (for the deferral). Both record what they receive.
 */
public class SlackResource implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "precis-test-signing-secret-0f3a9c";
    static final String PARAMETER = "/precis/slack-signing-secret";

    record Received(String path, String query, String invocationType, String contentType, String body) {
    }

    static final BlockingQueue<Received> responses = new LinkedBlockingQueue<>();
    static final BlockingQueue<Received> invocations = new LinkedBlockingQueue<>();
    static volatile LoopbackServer server;

    @Override
    public Map<String, String> start() {
        server = new LoopbackServer()
                .route("/commands/", exchange -> {
                    Received got = received(exchange);
                    responses.add(got);
                    // Under /commands/refuse/ the webhook answers Block Kit as Slack answers blocks it rejects.
                    boolean refuse = got.path().startsWith("/commands/refuse/") && got.body().contains("\"blocks\"");
                    LoopbackServer.respond(exchange, refuse ? 400 : 200, "text/plain",
                            (refuse ? "invalid_blocks" : "ok").getBytes(StandardCharsets.UTF_8));
                })
                .route("/2015-03-31/functions/", exchange -> {
                    invocations.add(received(exchange));
                    exchange.sendResponseHeaders(202, -1);
                })
                // SSM's GetParameter, where the function reads its signing secret at start-up.
                .route("/", exchange -> {
                    boolean asked = "AmazonSSM.GetParameter".equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))
                            && new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                                    .contains("\"Name\":\"" + PARAMETER + "\"");
                    LoopbackServer.respond(exchange, asked ? 200 : 400, "application/x-amz-json-1.1",
                            (asked ? "{\"Parameter\":{\"Name\":\"" + PARAMETER + "\",\"Type\":\"SecureString\",\"Value\":\""
                                    + SECRET + "\"}}" : "{}").getBytes(StandardCharsets.UTF_8));
                });
        System.setProperty("aws.accessKeyId", "precis-test-access");
        System.setProperty("aws.secretAccessKey", "precis-test-secret");
        System.setProperty("aws.region", "us-east-1");
        return Map.of(
                "precis.slack.signing-secret-parameter", PARAMETER,
                "precis.ssm.endpoint", server.url(""),
                "precis.slack.response-url-prefixes", server.url("/commands/"),
                "precis.slack.defer-function", "precis-slack",
                "precis.slack.defer-qualifier", "live",
                "precis.lambda.endpoint", server.url(""));
    }

    private static Received received(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
        return new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
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
