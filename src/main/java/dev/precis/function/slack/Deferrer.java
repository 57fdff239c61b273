package dev.precis.function.slack;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Hands a verified command to a later, asynchronous invocation, so the HTTP answer can go back at once. */
public interface Deferrer {

    /**
     * No deferral: a local run outside Lambda, where the chat handlers answer inline with the
     * summary itself. The null object, so handlers ask {@link #inline()} instead of holding an
     * {@code Optional}.
     */
    Deferrer INLINE = new Deferrer() {
        @Override
        public void defer(JsonNode payload) {
            throw new IllegalStateException("nothing defers here: the command is answered inline");
        }

        @Override
        public boolean inline() {
            return true;
        }
    };

    void defer(JsonNode payload);

    /** True for {@link #INLINE}: the handler answers with the summary itself. */
    default boolean inline() {
        return false;
    }

    /** Builds what the first deferral needs (SDK client, classes), without any call: for SnapStart. */
    default void warm() {
    }

    /** An asynchronous invocation of {@code function} when one is named, else {@link #INLINE}. */
    static Deferrer of(Optional<String> function, Optional<String> qualifier, Optional<URI> lambdaEndpoint) {
        return function.filter(f -> !f.isBlank())
                .<Deferrer>map(f -> new LambdaDeferrer(f, qualifier, lambdaEndpoint))
                .orElse(INLINE);
    }
}
