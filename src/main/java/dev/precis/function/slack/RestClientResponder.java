package dev.precis.function.slack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Posts to {@code response_url} with the Quarkus REST client, only to URLs under the configured
 * prefixes (Slack's {@code https://hooks.slack.com/} by default): the URL arrives inside the
 * request, and a signed request must still not steer our calls anywhere else.
 */
public final class RestClientResponder implements Responder {

    /** The webhook: POST the message JSON to exactly the given URL. */
    @Path("")
    public interface Webhook {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.WILDCARD)
        String post(String message);
    }

    private final List<String> allowedPrefixes;
    private final Duration timeout;

    public RestClientResponder(List<String> allowedPrefixes, Duration timeout) {
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
        this.timeout = timeout;
    }

    @Override
    public boolean allows(String responseUrl) {
        if (responseUrl == null) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(responseUrl);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null) {
            return false;
        }
        return allowedPrefixes.stream().anyMatch(responseUrl::startsWith);
    }

    @Override
    public void respond(String responseUrl, JsonNode message) {
        if (!allows(responseUrl)) {
            throw new IllegalArgumentException("response_url is not under an allowed prefix");
        }
        Webhook webhook = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(responseUrl))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .build(Webhook.class);
        try {
            webhook.post(message.toString());
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw new Refused(e.getResponse().getStatus(), reason(e));
        } finally {
            if (webhook instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Closing a finished client cannot lose anything.
                }
            }
        }
    }

    /** Slack answers a refused message with a bare error word; anything else is not repeated. */
    private static String reason(jakarta.ws.rs.WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body != null && body.strip().matches("[a-z_]{1,64}") ? body.strip() : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
