package dev.precis.function.slack;

import com.fasterxml.jackson.databind.JsonNode;

/** Posts a message to a slash command's {@code response_url}. */
public interface Responder {
    void respond(String responseUrl, JsonNode message);
}
