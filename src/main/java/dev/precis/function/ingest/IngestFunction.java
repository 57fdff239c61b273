package dev.precis.function.ingest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.fetch.FetchPolicy;
import dev.precis.function.InvocationDeadline;
import dev.precis.function.PrecisConfig;
import dev.precis.function.Primer;
import io.quarkus.funqy.Funq;
import io.smallrye.mutiny.Uni;

/**
 * The {@code ingest} function: the SQS queue that S3 upload notifications (or EventBridge's S3
 * events) go to, and EventBridge rules invoking it directly. Funqy calls it once per message and
 * waits for all of the batch's answers together; a message that fails is reported in
 * {@code batchItemFailures}, so SQS redelivers only that one (and, after the queue's receive
 * limit, dead-letters it).
 *
 * <p>A batch runs a few messages at a time and never past the invocation's deadline: a message
 * whose turn comes when less than one fetch's worth of time is left is not started but failed,
 * so SQS delivers it again instead of Lambda timing out and redelivering the whole batch.
 */
public class IngestFunction {

    static {
        Primer.start();
    }

    private static final Logger LOG = Logger.getLogger(IngestFunction.class);
    /** What writing the two results to S3 may take after a fetch has used its whole limit. */
    private static final Duration WRITE_MARGIN = Duration.ofSeconds(1);
    private static final String REQUEST_ID = "AWSRequestId";

    private final IngestHandler handler;
    private final ExecutorService workers;
    /**
     * Where every message's answer is delivered, one at a time: Funqy 3.32 gathers the batch's
     * failed message ids in a plain ArrayList from whichever thread completes a message, so two
     * workers failing at once could lose one id (a message neither answered nor redelivered).
     */
    private final ExecutorService answers;
    private final long reserveNanos;

    /**
     * For the CDI container's client proxy only; the real instance comes from the constructor below.
     * Without it Quarkus adds one by rewriting the class, and function.zip carried both versions.
     */
    protected IngestFunction() {
        this.handler = null;
        this.workers = null;
        this.answers = null;
        this.reserveNanos = 0;
    }

    @Inject
    public IngestFunction(IngestHandler handler, PrecisConfig config, FetchPolicy fetch) {
        this.handler = handler;
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.ingest().concurrency()), r -> {
            Thread t = new Thread(r, "precis-ingest");
            t.setDaemon(true);
            return t;
        });
        this.answers = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "precis-ingest-answers");
            t.setDaemon(true);
            return t;
        });
        this.reserveNanos = fetch.totalTimeout().plus(WRITE_MARGIN).toNanos();
    }

    /**
     * Funqy unwraps each SQS message and passes its body, the S3 notification. An S3 Batch
     * Operations job invokes the same function directly with its own event, and gets the
     * per-task results it expects back. An EventBridge rule sends S3 "Object Created" events,
     * directly or through the same queue.
     */
    @Funq("ingest")
    public Uni<JsonNode> ingest(JsonNode event) {
        if (IngestHandler.isBatchJob(event)) {
            return Uni.createFrom().item(handler.handleBatchJob(event));
        }
        long deadline = InvocationDeadline.current();
        Object requestId = MDC.get(REQUEST_ID);
        return Uni.createFrom().completionStage(() -> CompletableFuture.<JsonNode>supplyAsync(() -> {
            if (requestId != null) {
                MDC.put(REQUEST_ID, requestId);
            }
            try {
                if (deadline != InvocationDeadline.NONE && deadline - System.nanoTime() < reserveNanos) {
                    LOG.info("not started: the invocation's time is nearly up; SQS will deliver it again");
                    throw new IngestHandler.MessageFailed("not started before the invocation's deadline", null);
                }
                if (IngestHandler.isEventBridge(event)) {
                    handler.handleEventBridge(event);
                } else {
                    handler.handleNotification(event);
                }
                return null;
            } finally {
                MDC.remove(REQUEST_ID);
            }
        }, workers)).emitOn(answers);
    }
}
