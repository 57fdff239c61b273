package dev.precis.function.teams;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;

/**
 * The {@code teams} function: a Microsoft Teams outgoing webhook. It answers within the request,
 * needs no REST client, and so deploys from the core artifact with its quicker cold start.
 */
public class TeamsFunction {

    static {
        Primer.start();
    }

    private final TeamsHandler handler;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected TeamsFunction() {
        this.handler = null;
    }

    @Inject
    public TeamsFunction(TeamsHandler handler) {
        this.handler = handler;
    }

    @Funq("teams")
    public JsonNode teams(JsonNode event) {
        return handler.http(event);
    }
}
