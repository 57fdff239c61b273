package dev.precis.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.SummaryRequest;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/** The request JSON of the contract, checked field by field so a wrong shape names the field. */
public final class RequestParser {

    private static final String[] STRING_FIELDS = {"url", "html", "text", "title", "format"};

    private RequestParser() {
    }

    public static SummaryRequest parse(ObjectMapper json, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new PrecisException(ErrorCode.BAD_REQUEST,
                    "the request must be a JSON object with one of 'url', 'html' or 'text'");
        }
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw new PrecisException(ErrorCode.BAD_REQUEST, "'" + field + "' must be a string");
            }
        }
        JsonNode bullets = node.get("bullets");
        if (bullets != null && !bullets.isNull() && !(bullets.isIntegralNumber() && bullets.canConvertToInt())) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'bullets' must be a whole number");
        }
        JsonNode explain = node.get("explain");
        if (explain != null && !explain.isNull() && !explain.isBoolean()) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'explain' must be true or false");
        }
        JsonNode format = node.get("format");
        if (format != null && format.isTextual() && format.asText().isBlank()) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'format' is empty; leave it out for json");
        }
        try {
            return json.treeToValue(node, SummaryRequest.class).validated();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "the request does not match the contract");
        }
    }
}
