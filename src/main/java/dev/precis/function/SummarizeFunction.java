package dev.precis.function;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.render.Renderer;
import io.quarkus.funqy.Funq;

/**
 * The {@code summarize} function: direct invocation with the request JSON of the contract, or an
 * API Gateway HTTP API (payload 2.0) event.
 */
public class SummarizeFunction {

    static {
        Primer.start();
    }

    private final RequestHandler handler;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected SummarizeFunction() {
        this.handler = null;
    }

    @Inject
    public SummarizeFunction(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        this.handler = new RequestHandler(pipeline, renderer, json);
    }

    @Funq
    public JsonNode summarize(JsonNode event) {
        return RequestHandler.isHttpApiEvent(event) ? handler.http(event) : handler.direct(event);
    }
}
