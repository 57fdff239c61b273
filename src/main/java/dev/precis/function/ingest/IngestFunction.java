package dev.precis.function.ingest;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;

/**
 * The {@code ingest} function: the SQS queue that S3 upload notifications (or EventBridge's S3
 * events) go to, and EventBridge rules invoking it directly. Funqy calls it
 * once per message; a message that throws is reported in {@code batchItemFailures}, so SQS
 * redelivers only that one (and, after the queue's receive limit, dead-letters it).
 */
public class IngestFunction {

    static {
        Primer.start();
    }

    private final IngestHandler handler;

    @Inject
    public IngestFunction(IngestHandler handler) {
        this.handler = handler;
    }

    /**
     * Funqy unwraps each SQS message and passes its body, the S3 notification. An S3 Batch
     * Operations job invokes the same function directly with its own event, and gets the
     * per-task results it expects back. An EventBridge rule sends S3 "Object Created" events,
     * directly or through the same queue.
     */
    @Funq("ingest")
    public JsonNode ingest(JsonNode event) {
        if (IngestHandler.isBatchJob(event)) {
            return handler.handleBatchJob(event);
        }
        if (IngestHandler.isEventBridge(event)) {
            handler.handleEventBridge(event);
            return null;
        }
        handler.handleNotification(event);
        return null;
    }
}
