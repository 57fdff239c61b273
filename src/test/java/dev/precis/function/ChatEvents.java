package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API Gateway HTTP API (payload 2.0) event a chat platform's POST arrives as. */
final class ChatEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatEvents() {
    }

    static String post(String path, String contentType, String userAgent, Map<String, String> headers, String body,
            boolean base64) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", "POST " + path);
        e.put("rawPath", path);
        e.put("rawQueryString", "");
        ObjectNode h = e.putObject("headers").put("content-type", contentType)
                .put("host", "abc123.execute-api.us-east-1.amazonaws.com").put("user-agent", userAgent)
                .put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        headers.forEach(h::put);
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012");
        ctx.put("apiId", "abc123");
        ctx.put("domainName", "abc123.execute-api.us-east-1.amazonaws.com");
        ctx.put("requestId", "KTbR1jPLvHcEJzg=");
        ctx.put("routeKey", "POST " + path);
        ctx.put("stage", "$default");
        ctx.put("timeEpoch", System.currentTimeMillis());
        ctx.putObject("http").put("method", "POST").put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "198.51.100.23").put("userAgent", userAgent);
        e.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        e.put("isBase64Encoded", base64);
        return e.toString();
    }
}
