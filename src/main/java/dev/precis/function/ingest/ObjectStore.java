package dev.precis.function.ingest;

import java.util.Optional;

/**
 * The bucket as the ingest handler sees it. Implementations throw {@link dev.precis.error.PrecisException}
 * with {@code TOO_LARGE} for objects over the cap, and any other runtime exception for failures
 * worth retrying (network, throttling, permissions).
 */
public interface ObjectStore {

    /** The object's bytes (at most {@code maxBytes}) and content type; empty when it no longer exists. */
    Optional<StoredObject> read(String bucket, String key, long maxBytes);

    void write(String bucket, String key, byte[] body, String contentType);

    /** Builds what the first call needs (SDK client, classes), without any call: for SnapStart. */
    default void warm() {
    }

    record StoredObject(byte[] bytes, String contentType) {
    }
}
