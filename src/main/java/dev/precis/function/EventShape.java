package dev.precis.function;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which door an event came through, told from its shape alone, and the translation between the
 * proxy shapes and the HTTP API (payload 2.0) shape that {@link SummarizeHandler} speaks.
 *
 * <p>The rules are strict on purpose: a direct call that happens to carry a {@code requestContext}
 * (or anything else) is still a direct call unless it has every mark of a proxy event, and no
 * proxy event ever carries the contract's {@code url}, {@code html} or {@code text} at its top
 * level, so an event that does is always direct.
 */
public enum EventShape {
    /** The request JSON of the contract itself. */
    DIRECT,
    /** API Gateway HTTP API, payload 2.0; Lambda Function URLs send the same shape. */
    HTTP_API,
    /** API Gateway REST API proxy integration, or an HTTP API set to payload 1.0. */
    REST_API,
    /** An Application Load Balancer target group (single- or multi-value headers). */
    ALB;

    private static final String[] CONTRACT_FIELDS = {"url", "html", "text"};

    /** The shape of {@code event}; {@link #DIRECT} unless a proxy shape matches in full. */
    public static EventShape of(JsonNode event) {
        if (event == null || !event.isObject()) {
            return DIRECT;
        }
        for (String field : CONTRACT_FIELDS) {
            if (event.has(field)) {
                return DIRECT;
            }
        }
        JsonNode context = event.get("requestContext");
        if (context == null || !context.isObject()) {
            return DIRECT;
        }
        boolean method = event.path("httpMethod").isTextual();
        if (method && context.path("elb").path("targetGroupArn").isTextual()) {
            return ALB;
        }
        if (context.path("http").isObject()
                && ("2.0".equals(event.path("version").asText()) || event.path("routeKey").isTextual())) {
            return HTTP_API;
        }
        // REST events carry no version; HTTP API's payload 1.0 says "1.0". Both name a stage.
        if (method && (event.path("version").asText("1.0").equals("1.0"))
                && (context.path("stage").isTextual() || context.path("resourceId").isTextual())) {
            return REST_API;
        }
        return DIRECT;
    }

    /**
     * A REST or ALB event restated as the HTTP API event the handler reads: method, query
     * parameters (decoded, since the ALB passes them as they were sent), body and its encoding.
     */
    public ObjectNode asHttpApi(ObjectMapper json, JsonNode event) {
        ObjectNode out = json.createObjectNode();
        out.put("version", "2.0");
        out.put("routeKey", "$default");
        out.putObject("requestContext").putObject("http").put("method", event.path("httpMethod").asText("POST"));
        ObjectNode query = out.putObject("queryStringParameters");
        copyQuery(event.path("multiValueQueryStringParameters"), query, true);
        copyQuery(event.path("queryStringParameters"), query, false);
        if (event.hasNonNull("body")) {
            out.set("body", event.get("body"));
        }
        out.put("isBase64Encoded", event.path("isBase64Encoded").asBoolean(false));
        return out;
    }

    private void copyQuery(JsonNode params, ObjectNode into, boolean multi) {
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode value = multi ? f.getValue().path(0) : f.getValue();
            if (value.isTextual() && !into.has(decode(f.getKey()))) {
                into.put(decode(f.getKey()), decode(value.asText()));
            }
        }
    }

    /** Only the ALB leaves query parameters encoded; API Gateway has already decoded them. */
    private String decode(String s) {
        if (this != ALB) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * The handler's HTTP API response in this shape's own form. REST and HTTP API read the same
     * fields; the ALB wants a status description too, and multi-value headers back when the
     * target group sends them (it ignores single-value headers then).
     */
    public JsonNode answer(ObjectMapper json, JsonNode event, JsonNode httpApiResponse) {
        if (this == DIRECT || this == HTTP_API || !httpApiResponse.isObject()) {
            return httpApiResponse;
        }
        ObjectNode out = ((ObjectNode) httpApiResponse).deepCopy();
        if (this == ALB) {
            int status = out.path("statusCode").asInt(500);
            out.put("statusDescription", status + " " + reason(status));
            if (event.has("multiValueHeaders")) {
                ObjectNode multi = json.createObjectNode();
                out.path("headers").fields().forEachRemaining(h -> multi.putArray(h.getKey()).add(h.getValue()));
                out.remove("headers");
                out.set("multiValueHeaders", multi);
            }
        }
        return out;
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 413: return "Payload Too Large";
            case 415: return "Unsupported Media Type";
            case 422: return "Unprocessable Entity";
            case 502: return "Bad Gateway";
            default: return status >= 500 ? "Internal Server Error" : "Error";
        }
    }
}
