package dev.precis.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The response API Gateway's HTTP API (payload 2.0) expects back from a function. */
public final class HttpApiResponse {

    private HttpApiResponse() {
    }

    public static ObjectNode of(ObjectMapper json, int status, String contentType, String body) {
        ObjectNode response = json.createObjectNode();
        response.put("statusCode", status);
        response.putObject("headers").put("content-type", contentType);
        response.put("body", body);
        response.put("isBase64Encoded", false);
        return response;
    }
}
