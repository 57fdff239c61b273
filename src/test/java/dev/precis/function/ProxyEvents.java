package dev.precis.function;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Real-shaped HTTP proxy events, laid out field by field as AWS documents them: an API Gateway
 * REST API proxy event (payload 1.0), an Application Load Balancer target event (single- and
 * multi-value headers) and a Lambda Function URL event (payload 2.0).
 */
final class ProxyEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProxyEvents() {
    }

    /** A REST API {@code /{proxy+}} event for {@code method /summarize}; query may be null. */
    static ObjectNode rest(String method, String body, String queryUrl) {
        ObjectNode e = JSON.createObjectNode();
        e.put("resource", "/{proxy+}");
        e.put("path", "/summarize");
        e.put("httpMethod", method);
        ObjectNode headers = e.putObject("headers");
        headers.put("Accept", "application/json").put("Content-Type", "application/json")
                .put("Host", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com")
                .put("User-Agent", "curl/8.5.0").put("X-Amzn-Trace-Id", "Root=1-6571c6a8-4f4a0a7c1a2b3c4d5e6f7a8b")
                .put("X-Forwarded-For", "203.0.113.7").put("X-Forwarded-Port", "443").put("X-Forwarded-Proto", "https")
                .put("x-api-key", "precis-test-api-key");
        ObjectNode multi = e.putObject("multiValueHeaders");
        headers.fields().forEachRemaining(h -> multi.putArray(h.getKey()).add(h.getValue()));
        if (queryUrl != null) {
            e.putObject("queryStringParameters").put("url", queryUrl).put("bullets", "2");
            ObjectNode mq = e.putObject("multiValueQueryStringParameters");
            mq.putArray("url").add(queryUrl);
            mq.putArray("bullets").add("2");
        } else {
            e.putNull("queryStringParameters");
            e.putNull("multiValueQueryStringParameters");
        }
        e.putObject("pathParameters").put("proxy", "summarize");
        e.putNull("stageVariables");
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012");
        ctx.put("resourceId", "us4z18");
        ctx.put("stage", "prod");
        ctx.put("requestId", "41b45ea3-70b5-11e6-b7bd-69b5aaebc7d9");
        ctx.put("requestTime", "01/Dec/2026:20:00:00 +0000");
        ctx.put("requestTimeEpoch", 1796155200000L);
        ctx.put("extendedRequestId", "Pv0ZaGyMoAMFmsQ=");
        ObjectNode identity = ctx.putObject("identity");
        identity.putNull("cognitoIdentityPoolId").putNull("accountId").putNull("cognitoIdentityId").putNull("caller")
                .put("apiKey", "precis-test-api-key").put("apiKeyId", "k7xq2e9d1a").put("sourceIp", "203.0.113.7")
                .putNull("cognitoAuthenticationType").putNull("cognitoAuthenticationProvider").putNull("userArn")
                .put("userAgent", "curl/8.5.0").putNull("user");
        ctx.put("path", "/prod/summarize");
        ctx.put("resourcePath", "/{proxy+}");
        ctx.put("httpMethod", method);
        ctx.put("apiId", "a1b2c3d4e5");
        ctx.put("protocol", "HTTP/1.1");
        ctx.put("domainName", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
        if (body == null) {
            e.putNull("body");
        } else {
            e.put("body", body);
        }
        e.put("isBase64Encoded", false);
        return e;
    }

    /**
     * An ALB target event. The ALB passes query parameters as the client sent them, still
     * percent-encoded; with multi-value headers enabled on the target group, every header and
     * parameter comes as a list instead.
     */
    static ObjectNode alb(String method, String body, boolean base64, String queryUrl, boolean multiValue) {
        ObjectNode e = JSON.createObjectNode();
        e.putObject("requestContext").putObject("elb").put("targetGroupArn",
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/precis/6d0ecf831eec9f09");
        e.put("httpMethod", method);
        e.put("path", "/summarize");
        ObjectNode headers = JSON.createObjectNode();
        headers.put("accept", "application/json").put("content-type", "application/json")
                .put("host", "precis-alb-846800462.us-east-1.elb.amazonaws.com").put("user-agent", "curl/8.5.0")
                .put("x-amzn-trace-id", "Root=1-5bdb40ca-556d8b0c50dc66f0511bf520")
                .put("x-forwarded-for", "203.0.113.7").put("x-forwarded-port", "443").put("x-forwarded-proto", "https");
        ObjectNode query = JSON.createObjectNode();
        if (queryUrl != null) {
            query.put("url", URLEncoder.encode(queryUrl, StandardCharsets.UTF_8)).put("format", "markdown");
        }
        if (multiValue) {
            ObjectNode mh = e.putObject("multiValueHeaders");
            headers.fields().forEachRemaining(h -> mh.putArray(h.getKey()).add(h.getValue()));
            ObjectNode mq = e.putObject("multiValueQueryStringParameters");
            query.fields().forEachRemaining(q -> mq.putArray(q.getKey()).add(q.getValue()));
        } else {
            e.set("headers", headers);
            e.set("queryStringParameters", query);
        }
        e.put("body", body == null ? "" : base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
                : body);
        e.put("isBase64Encoded", base64);
        return e;
    }

    /** A Function URL event (auth type NONE) for {@code method /}; Function URLs have no routes. */
    static ObjectNode functionUrl(String method, String body, String queryUrl) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", "$default");
        e.put("rawPath", "/");
        e.put("rawQueryString", queryUrl == null ? "" : "url=" + URLEncoder.encode(queryUrl, StandardCharsets.UTF_8));
        e.putObject("headers").put("content-type", "application/json").put("x-amzn-tls-version", "TLSv1.3")
                .put("x-forwarded-proto", "https").put("x-forwarded-port", "443").put("x-forwarded-for", "203.0.113.7")
                .put("accept", "*/*").put("host", "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws")
                .put("user-agent", "curl/8.5.0");
        if (queryUrl != null) {
            e.putObject("queryStringParameters").put("url", queryUrl);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "anonymous");
        ctx.put("apiId", "abcdefghijklmnopqrstuvwxyz012345");
        ctx.put("domainName", "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws");
        ctx.put("domainPrefix", "abcdefghijklmnopqrstuvwxyz012345");
        ctx.putObject("http").put("method", method).put("path", "/").put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "curl/8.5.0");
        ctx.put("requestId", "c7e8a2f0-5a8e-4d5b-9c1e-2f3a4b5c6d7e");
        ctx.put("routeKey", "$default");
        ctx.put("stage", "$default");
        ctx.put("time", "01/Dec/2026:20:00:00 +0000");
        ctx.put("timeEpoch", 1796155200000L);
        if (body != null) {
            e.put("body", body);
        }
        e.put("isBase64Encoded", false);
        return e;
    }
}
