package dev.precis.function.slack;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;

/**
 * Reads one SSM SecureString parameter, decrypted, with the function's own role: how the Slack
 * signing secret reaches the function without sitting in its environment, where anyone allowed
 * to read the function's configuration would see it.
 */
public final class SsmParameter {

    private SsmParameter() {
    }

    /** The parameter's value; {@code endpoint} points tests at a loopback server, unset on Lambda. */
    public static String read(String name, Optional<URI> endpoint) {
        SsmClientBuilder builder = SsmClient.builder().httpClient(UrlConnectionHttpClient.create());
        endpoint.ifPresent(builder::endpointOverride);
        try (SsmClient ssm = builder.build()) {
            return ssm.getParameter(r -> r.name(name).withDecryption(true)).parameter().value();
        }
    }
}
