package dev.precis.function.slack;

import com.fasterxml.jackson.databind.JsonNode;

/** Hands a verified command to a later, asynchronous invocation, so the HTTP answer can go back at once. */
public interface Deferrer {
    void defer(JsonNode payload);

    /** Builds what the first deferral needs (SDK client, classes), without any call: for SnapStart. */
    default void warm() {
    }
}
