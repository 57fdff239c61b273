package dev.precis.function;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.render.Renderer;
import io.quarkus.funqy.Funq;

/**
 * The {@code summarize} function: direct invocation with the request JSON of the contract, an API
 * Gateway HTTP API (payload 2.0) or Function URL event, a REST API proxy (payload 1.0) event, or an
 * Application Load Balancer target event; each answered in its own response shape.
 */
public class SummarizeFunction {

    static {
        Primer.start();
    }

    private final SummarizeHandler handler;
    private final ObjectMapper json;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected SummarizeFunction() {
        this.handler = null;
        this.json = null;
    }

    @Inject
    public SummarizeFunction(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        this.handler = new SummarizeHandler(pipeline, renderer, json);
        this.json = json;
    }

    @Funq
    public JsonNode summarize(JsonNode event) {
        EventShape shape = EventShape.of(event);
        switch (shape) {
            case DIRECT:
                return handler.direct(event);
            case HTTP_API:
                return handler.http(event);
            default:
                return shape.answer(json, event, handler.http(shape.asHttpApi(json, event)));
        }
    }
}
