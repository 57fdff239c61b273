package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API Gateway HTTP API (payload 2.0) event a chat platform's POST arrives as. */
final class ChatEvents {

    private ChatEvents() {
    }

    static String post(String path, String contentType, String userAgent, Map<String, String> headers, String body,
            boolean base64) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("content-type", contentType);
        h.put("user-agent", userAgent);
        h.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        h.putAll(headers);
        return AwsEvents.httpApi("POST", path, null, h, body, base64);
    }
}
