package dev.precis.function.chat;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;

/** The {@code discord} function: Discord's interactions endpoint, and the asynchronous invocation it defers to. */
public class DiscordFunction {

    static {
        Primer.start();
    }

    private final DiscordHandler handler;

    @Inject
    public DiscordFunction(DiscordHandler handler) {
        this.handler = handler;
    }

    @Funq("discord")
    public JsonNode discord(JsonNode event) {
        return DiscordHandler.isDeferred(event) ? handler.deferred(event) : handler.http(event);
    }
}
