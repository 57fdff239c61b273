package dev.precis.function.chat;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;

/** The {@code mattermost} function: Mattermost's slash-command POST, and the asynchronous invocation it defers to. */
public class MattermostFunction {

    static {
        Primer.start();
    }

    private final MattermostHandler handler;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected MattermostFunction() {
        this.handler = null;
    }

    @Inject
    public MattermostFunction(MattermostHandler handler) {
        this.handler = handler;
    }

    @Funq("mattermost")
    public JsonNode mattermost(JsonNode event) {
        return MattermostHandler.isDeferred(event) ? handler.deferred(event) : handler.http(event);
    }
}
