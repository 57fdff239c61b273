package dev.precis.function;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Real-shaped AWS events: S3 notifications as S3 writes them, wrapped in SQS records as Lambda
 * delivers them, and API Gateway HTTP API (payload 2.0) requests.
 */
final class AwsEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsEvents() {
    }

    /**
     * An API Gateway HTTP API (payload 2.0) request, as AWS's sample event has it: {@code headers}
     * lower-case, {@code urlParam} (when not null) as the query string's {@code url}, the body
     * left out when null, else base64-encoded if asked (HTTP API encodes form bodies).
     */
    static String httpApi(String method, String path, String urlParam, Map<String, String> headers, String body,
            boolean base64) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", method + " " + path);
        e.put("rawPath", path);
        e.put("rawQueryString", urlParam == null ? "" : "url=" + urlParam);
        ObjectNode h = e.putObject("headers").put("host", "abc123.execute-api.us-east-1.amazonaws.com");
        headers.forEach(h::put);
        if (urlParam != null) {
            e.putObject("queryStringParameters").put("url", urlParam);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012");
        ctx.put("apiId", "abc123");
        ctx.put("domainName", "abc123.execute-api.us-east-1.amazonaws.com");
        ctx.put("requestId", "KTbR1jPLvHcEJzg=");
        ctx.put("routeKey", method + " " + path);
        ctx.put("stage", "$default");
        ctx.put("timeEpoch", System.currentTimeMillis());
        ctx.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", headers.getOrDefault("user-agent", "curl/8.5.0"));
        if (body != null) {
            e.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        }
        e.put("isBase64Encoded", base64);
        return e.toString();
    }

    /** An S3 ObjectCreated notification; the key is form-encoded the way S3 sends it. */
    static String s3Created(String bucket, String key, long size) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode r = root.putArray("Records").addObject();
        r.put("eventVersion", "2.1");
        r.put("eventSource", "aws:s3");
        r.put("awsRegion", "us-east-1");
        r.put("eventTime", "2026-11-29T12:00:00.000Z");
        r.put("eventName", "ObjectCreated:Put");
        r.putObject("userIdentity").put("principalId", "AWS:AIDAEXAMPLE");
        r.putObject("requestParameters").put("sourceIPAddress", "198.51.100.20");
        r.putObject("responseElements").put("x-amz-request-id", "C3D13FE58DE4C810")
                .put("x-amz-id-2", "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD");
        ObjectNode s3 = r.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "precis-uploads");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "A3NL1KOZZKExample");
        s3.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
                .put("size", size).put("eTag", "d41d8cd98f00b204e9800998ecf8427e")
                .put("sequencer", "0055AED6DCD90281E5");
        return root.toString();
    }

    /**
     * An S3 event as EventBridge delivers it from the default bus ({@code detailType} "Object
     * Created", "Object Deleted" ...); the key is form-encoded like a notification's.
     */
    static String eventBridge(String detailType, String bucket, String key, long size) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "0");
        root.put("id", UUID.randomUUID().toString());
        root.put("detail-type", detailType);
        root.put("source", "aws.s3");
        root.put("account", "123456789012");
        root.put("time", "2026-11-29T12:00:00Z");
        root.put("region", "us-east-1");
        root.putArray("resources").add("arn:aws:s3:::" + bucket);
        ObjectNode detail = root.putObject("detail");
        detail.put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        detail.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"))
                .put("size", size).put("etag", "b1946ac92492d2347c6235b4d2611184").put("sequencer", "617f08299329d189");
        detail.put("request-id", "N4N7GDK58NMKJ12R");
        detail.put("requester", "123456789012");
        detail.put("source-ip-address", "198.51.100.20");
        detail.put("reason", "PutObject");
        return root.toString();
    }

    /** The notification S3 sends when a bucket's notification configuration is saved. */
    static String s3TestEvent(String bucket) {
        return JSON.createObjectNode().put("Service", "Amazon S3").put("Event", "s3:TestEvent")
                .put("Time", "2026-11-29T12:00:00.000Z").put("Bucket", bucket)
                .put("RequestId", "5582815E1AEA5ADF").put("HostId", "8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3e").toString();
    }

    record Message(String id, String body) {
        static Message of(String body) {
            return new Message(UUID.randomUUID().toString(), body);
        }
    }

    /** An SQS event as Lambda's event source mapping delivers a batch. */
    static String sqs(List<Message> messages) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (Message m : messages) {
            ObjectNode r = records.addObject();
            r.put("messageId", m.id());
            r.put("receiptHandle", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a" + m.id().substring(0, 8));
            r.put("body", m.body());
            r.putObject("attributes").put("ApproximateReceiveCount", "1").put("SentTimestamp", "1764417600000")
                    .put("SenderId", "AIDAIENQZJOLO23YVJ4VO").put("ApproximateFirstReceiveTimestamp", "1764417600100");
            r.putObject("messageAttributes");
            r.put("md5OfBody", "e4e68fb7bd0e697a0ae8f1bb342846b3");
            r.put("eventSource", "aws:sqs");
            r.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:precis-uploads");
            r.put("awsRegion", "us-east-1");
        }
        return root.toString();
    }
}
