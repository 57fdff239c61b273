package dev.precis.function.ingest;

import jakarta.inject.Inject;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;

import io.quarkus.funqy.Funq;

/**
 * The {@code ingest} function: the SQS queue that S3 upload notifications go to. Funqy calls it
 * once per message; a message that throws is reported in {@code batchItemFailures}, so SQS
 * redelivers only that one.
 */
public class IngestFunction {

    private final IngestHandler handler;

    @Inject
    public IngestFunction(IngestHandler handler) {
        this.handler = handler;
    }

    @Funq("ingest")
    public void ingest(SQSMessage message) {
        handler.handle(message.getBody());
    }
}
