package dev.precis.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.precis.function.slack.SsmParameter;
import dev.precis.testing.LoopbackServer;

/** The signing secret read from SSM, against a loopback server speaking SSM's JSON protocol. */
class SsmParameterTest {

    @Test
    void readsTheDecryptedValueOfTheNamedParameter() {
        System.setProperty("aws.accessKeyId", "precis-test-access");
        System.setProperty("aws.secretAccessKey", "precis-test-secret");
        System.setProperty("aws.region", "us-east-1");
        AtomicReference<String> target = new AtomicReference<>();
        AtomicReference<String> request = new AtomicReference<>();
        try (LoopbackServer ssm = new LoopbackServer().route("/", exchange -> {
            target.set(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            LoopbackServer.respond(exchange, 200, "application/x-amz-json-1.1",
                    ("{\"Parameter\":{\"Name\":\"/precis/slack-signing-secret\",\"Type\":\"SecureString\","
                            + "\"Value\":\"8f742231b10e8888abcd99yyyzzz85a5\",\"Version\":1}}").getBytes(StandardCharsets.UTF_8));
        })) {
            String secret = SsmParameter.read("/precis/slack-signing-secret", Optional.of(URI.create(ssm.url(""))));
            assertEquals("8f742231b10e8888abcd99yyyzzz85a5", secret);
            assertEquals("AmazonSSM.GetParameter", target.get());
            assertTrue(request.get().contains("\"Name\":\"/precis/slack-signing-secret\""), request.get());
            assertTrue(request.get().contains("\"WithDecryption\":true"), request.get());
        }
    }
}
