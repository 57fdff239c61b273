/**
 * The ingest adapter: S3 uploads through SQS, EventBridge or S3 Batch Operations, written back under the output prefix. Quarkus-aware (adapter).
 */
package dev.precis.function.ingest;
