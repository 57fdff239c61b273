package dev.precis.function.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.function.RequestParser;
import dev.precis.function.ingest.ObjectStore.StoredObject;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;

/**
 * Handles one SQS message carrying an S3 ObjectCreated notification (or an EventBridge "Object
 * Created" event, directly or through SQS): each uploaded object under
 * the input prefix is summarized into {@code <output>/<key>.json} and {@code .md}; an object that
 * can never be summarized (too large, unsupported, not an article, a refused URL) leaves
 * {@code <errors>/<key>.json} instead. Failures worth retrying, and messages that are not S3
 * notifications at all, throw {@link MessageFailed}: SQS redelivers the message and finally moves
 * it to the dead-letter queue, so nothing disappears.
 */
public final class IngestHandler {

    private static final Logger LOG = Logger.getLogger(IngestHandler.class);
    private static final String OBJECT_CREATED = "ObjectCreated:";
    private static final String OBJECT_CREATED_DETAIL = "Object Created";

    public enum Result { SUMMARIZED, ERROR_RECORDED, SKIPPED }

    public record Outcome(String bucket, String key, Result result, String written) {
    }

    /** The message was not handled; SQS should deliver it again (and, in the end, dead-letter it). */
    public static final class MessageFailed extends RuntimeException {
        MessageFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Pipeline pipeline;
    private final Renderer renderer;
    private final ObjectMapper json;
    private final ObjectStore store;
    private final IngestLayout layout;
    private final Clock clock;

    public IngestHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json, ObjectStore store,
            IngestLayout layout, Clock clock) {
        this.pipeline = pipeline;
        this.renderer = renderer;
        this.json = json;
        this.store = store;
        this.layout = layout;
        this.clock = clock;
    }

    /** Readies the S3 client before a SnapStart snapshot. */
    public void warm() {
        store.warm();
    }

    /** The S3 notification an SQS message carries (Funqy has already parsed the message body). */
    public List<Outcome> handleNotification(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new MessageFailed("the message body is not an S3 event notification", null);
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            // S3 sends one when the notification is configured; there is nothing to summarize.
            return List.of();
        }
        JsonNode records = root.get("Records");
        if (records == null || !records.isArray() || records.isEmpty()) {
            throw new MessageFailed("the message body is not an S3 event notification", null);
        }
        List<Outcome> outcomes = new ArrayList<>();
        MessageFailed failed = null;
        for (JsonNode record : records) {
            try {
                outcomes.add(handleRecord(record));
            } catch (MessageFailed e) {
                // Finish the other records first; their outputs are idempotent on redelivery.
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return outcomes;
    }

    private Outcome handleRecord(JsonNode record) {
        JsonNode s3 = record.path("s3");
        String bucket = s3.path("bucket").path("name").asText("");
        String encodedKey = s3.path("object").path("key").asText("");
        if (!"aws:s3".equals(record.path("eventSource").asText()) || bucket.isEmpty() || encodedKey.isEmpty()) {
            throw new MessageFailed("a record is not an S3 object notification", null);
        }
        String key = decodeKey(encodedKey);
        String event = record.path("eventName").asText("");
        if (!event.startsWith(OBJECT_CREATED)) {
            LOG.infof("skipped: %s is not a creation", event);
            return new Outcome(bucket, key, Result.SKIPPED, null);
        }
        JsonNode size = s3.path("object").path("size");
        return handleObject(bucket, key, size.canConvertToLong() ? size.asLong() : -1);
    }

    /** Keys arrive form-encoded, in notifications and EventBridge events alike: '+' for a space, %XX for other bytes. */
    private static String decodeKey(String encodedKey) {
        try {
            return URLDecoder.decode(encodedKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MessageFailed("an event's object key is not valid URL encoding", null);
        }
    }

    /** An S3 event on EventBridge's default bus, delivered directly or as the body of an SQS message. */
    public static boolean isEventBridge(JsonNode event) {
        return event != null && event.isObject() && "aws.s3".equals(event.path("source").asText())
                && event.path("detail-type").isTextual() && event.path("detail").isObject();
    }

    /**
     * One EventBridge S3 event: an "Object Created" event is handled like an upload notification;
     * other S3 events that a wider rule lets through are skipped. A failure worth retrying throws,
     * so EventBridge's retries (or SQS's redelivery) and then the dead-letter queue take over.
     */
    public Outcome handleEventBridge(JsonNode event) {
        JsonNode detail = event.get("detail");
        String bucket = detail.path("bucket").path("name").asText("");
        String encodedKey = detail.path("object").path("key").asText("");
        if (bucket.isEmpty() || encodedKey.isEmpty()) {
            throw new MessageFailed("the EventBridge event names no S3 object", null);
        }
        String key = decodeKey(encodedKey);
        String type = event.path("detail-type").asText();
        if (!OBJECT_CREATED_DETAIL.equals(type)) {
            LOG.infof("skipped: %s is not a creation", type);
            return new Outcome(bucket, key, Result.SKIPPED, null);
        }
        JsonNode size = detail.path("object").path("size");
        return handleObject(bucket, key, size.canConvertToLong() ? size.asLong() : -1);
    }

    /**
     * An S3 Batch Operations job (schema 1.0 or 2.0) invoking this function over objects that
     * were uploaded before the notification existed: each task is handled like an upload, and
     * reported Succeeded, PermanentFailure (an error record was written) or TemporaryFailure
     * (S3 Batch Operations retries it).
     */
    public ObjectNode handleBatchJob(JsonNode event) {
        String schema = event.path("invocationSchemaVersion").asText("1.0");
        ObjectNode response = json.createObjectNode();
        response.put("invocationSchemaVersion", schema);
        response.put("treatMissingKeysAs", "PermanentFailure");
        response.put("invocationId", event.path("invocationId").asText(""));
        var results = response.putArray("results");
        for (JsonNode task : event.path("tasks")) {
            ObjectNode result = results.addObject().put("taskId", task.path("taskId").asText(""));
            String bucket = task.hasNonNull("s3Bucket") ? task.get("s3Bucket").asText()
                    : task.path("s3BucketArn").asText("").replaceFirst("^arn:aws[a-z-]*:s3:::", "");
            String key = task.path("s3Key").asText("");
            if (schema.equals("1.0")) {
                // Schema 1.0 percent-encodes keys; a '+' is a plus sign there, not a space.
                key = URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8);
            }
            try {
                Outcome outcome = handleObject(bucket, key, -1);
                boolean ok = outcome.result() != Result.ERROR_RECORDED;
                result.put("resultCode", ok ? "Succeeded" : "PermanentFailure");
                result.put("resultString", outcome.result() + (outcome.written() == null ? "" : " " + outcome.written()));
            } catch (MessageFailed | IllegalArgumentException e) {
                result.put("resultCode", "TemporaryFailure");
                result.put("resultString", e.getMessage());
            }
        }
        return response;
    }

    public static boolean isBatchJob(JsonNode event) {
        return event != null && event.isObject() && event.has("invocationSchemaVersion") && event.has("tasks");
    }

    /** One object: summarized, error-recorded, or skipped when it is not under the input prefix. */
    public Outcome handleObject(String bucket, String key, long announcedSize) {
        Optional<String> relative = layout.relative(key);
        if (relative.isEmpty()) {
            LOG.info("skipped: the key is outside the input prefix");
            return new Outcome(bucket, key, Result.SKIPPED, null);
        }
        String rel = relative.get();
        if (announcedSize > layout.maxObjectBytes()) {
            return recordError(bucket, key, rel, new PrecisException(ErrorCode.TOO_LARGE,
                    "the object has " + announcedSize + " bytes; the limit is " + layout.maxObjectBytes()));
        }
        Optional<StoredObject> object;
        try {
            object = store.read(bucket, key, layout.maxObjectBytes());
        } catch (PrecisException e) {
            return recordError(bucket, key, rel, e);
        } catch (RuntimeException e) {
            throw new MessageFailed("reading the object failed: " + e.getClass().getSimpleName(), e);
        }
        if (object.isEmpty()) {
            return recordError(bucket, key, rel, new PrecisException(ErrorCode.FETCH_FAILED,
                    "the object no longer existed when its notification was handled"));
        }
        Summary summary;
        try {
            summary = summarize(key, object.get());
        } catch (PrecisException e) {
            if (e.retryable()) {
                // The site a .url object names may be down for a moment: let SQS try again.
                throw new MessageFailed("fetching the article failed", e);
            }
            return recordError(bucket, key, rel, e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug that this object triggers would repeat on every retry: record it instead.
            LOG.errorf("internal error: %s", e.getClass().getName());
            return recordError(bucket, key, rel, new PrecisException(ErrorCode.INTERNAL,
                    "internal error; the object was not summarized"));
        }
        ObjectNode out = renderer.toJson(summary);
        out.set("input", input(bucket, key, object.get().bytes().length));
        write(bucket, layout.summaryKey(rel), renderer.write(out), "application/json");
        write(bucket, layout.markdownKey(rel), renderer.markdown(summary), "text/markdown; charset=utf-8");
        LOG.infof("summarized an upload: %d bullets", summary.bullets().size());
        return new Outcome(bucket, key, Result.SUMMARIZED, layout.summaryKey(rel));
    }

    private Summary summarize(String key, StoredObject object) {
        byte[] bytes = object.bytes();
        ObjectKind kind = ObjectKind.of(key, object.contentType());
        switch (kind) {
            case HTML:
            case TEXT:
            case MARKDOWN:
                return summarize(pipeline.clean(bytes, kind.document().mediaType(), null));
            case URL:
                return pipeline.summarize(SummaryRequest.ofUrl(UrlFile.parse(bytes)));
            case REQUEST:
                try {
                    return pipeline.summarize(RequestParser.parse(json, json.readTree(bytes)));
                } catch (java.io.IOException e) {
                    throw new PrecisException(ErrorCode.BAD_REQUEST, "the object is not a valid JSON request");
                }
            default:
                throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "the object is not HTML, text, Markdown, a .url file"
                        + " or a JSON request (type '" + (object.contentType() == null ? "none" : object.contentType())
                        + "')");
        }
    }

    private Summary summarize(Article article) {
        return pipeline.summarize(article, SummaryRequest.DEFAULT_BULLETS, null).withoutExplain();
    }

    private Outcome recordError(String bucket, String key, String rel, PrecisException e) {
        ObjectNode record = renderer.error(e.code(), e.getMessage());
        record.set("input", input(bucket, key, -1));
        record.put("failedAt", clock.instant().toString());
        write(bucket, layout.errorKey(rel), renderer.write(record), "application/json");
        LOG.infof("error record written: %s", e.code());
        return new Outcome(bucket, key, Result.ERROR_RECORDED, layout.errorKey(rel));
    }

    private ObjectNode input(String bucket, String key, long bytes) {
        ObjectNode input = json.createObjectNode().put("bucket", bucket).put("key", key);
        if (bytes >= 0) {
            input.put("bytes", bytes);
        }
        return input;
    }

    private void write(String bucket, String key, String body, String contentType) {
        try {
            store.write(bucket, key, body.getBytes(StandardCharsets.UTF_8), contentType);
        } catch (RuntimeException e) {
            throw new MessageFailed("writing the result failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
