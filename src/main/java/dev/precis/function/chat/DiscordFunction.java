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

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected DiscordFunction() {
        this.handler = null;
    }

    @Inject
    public DiscordFunction(DiscordHandler handler) {
        this.handler = handler;
    }

    @Funq("discord")
    public JsonNode discord(JsonNode event) {
        return DiscordHandler.isDeferred(event) ? handler.deferred(event) : handler.http(event);
    }
}
