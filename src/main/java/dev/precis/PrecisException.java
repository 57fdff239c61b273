package dev.precis;

import java.util.Objects;

/**
 * A failure the caller can act on: a stable {@link ErrorCode} and a message safe to show them.
 * The message never carries stack traces, secrets or request bodies.
 */
public class PrecisException extends RuntimeException {
    private final ErrorCode code;

    public PrecisException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
    }

    public PrecisException(ErrorCode code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = Objects.requireNonNull(code);
    }

    public ErrorCode code() {
        return code;
    }
}
