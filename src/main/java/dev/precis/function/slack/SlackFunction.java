package dev.precis.function.slack;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;

/**
 * The {@code slack} function: Slack's slash-command POST through API Gateway, and the
 * asynchronous invocation it defers its work to.
 */
public class SlackFunction {

    static {
        Primer.start();
    }

    private final SlackHandler handler;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected SlackFunction() {
        this.handler = null;
    }

    @Inject
    public SlackFunction(SlackHandler handler) {
        this.handler = handler;
    }

    @Funq("slack")
    public JsonNode slack(JsonNode event) {
        return SlackHandler.isDeferred(event) ? handler.deferred(event) : handler.http(event);
    }
}
