package dev.precis.function.chat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Edits a deferred interaction's original response through Discord's interaction webhook,
 * {@code PATCH <api>/webhooks/<application id>/<interaction token>/messages/@original}. The base
 * is configuration, never the request: a signed interaction supplies only the two path parts, and
 * those are checked to be plain identifiers first.
 */
public final class DiscordWebhook {

    /** Discord's snowflake ids are decimal; interaction tokens are URL-safe base64-like text. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,25}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,500}");

    /** The original-response endpoint: PATCH the message JSON. */
    @Path("")
    public interface Original {
        @PATCH
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.WILDCARD)
        String edit(String message);
    }

    private final String apiBase;
    private final Duration timeout;

    public DiscordWebhook(String apiBase, Duration timeout) {
        this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.timeout = timeout;
    }

    public static boolean usable(String applicationId, String token) {
        // A token of dots alone would be a path step ("..") rather than a path segment.
        return applicationId != null && token != null && ID.matcher(applicationId).matches()
                && TOKEN.matcher(token).matches() && !token.chars().allMatch(c -> c == '.');
    }

    public void editOriginal(String applicationId, String token, JsonNode message) {
        if (!usable(applicationId, token)) {
            throw new IllegalArgumentException("the interaction's application id or token is malformed");
        }
        URI uri = URI.create(apiBase + "/webhooks/" + applicationId + "/" + token + "/messages/@original");
        Original original = QuarkusRestClientBuilder.newBuilder()
                .baseUri(uri)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .build(Original.class);
        try {
            original.edit(message.toString());
        } finally {
            if (original instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Closing a finished client cannot lose anything.
                }
            }
        }
    }
}
