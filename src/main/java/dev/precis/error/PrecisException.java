package dev.precis.error;

import java.util.Objects;

/**
 * A failure the caller can act on: a stable {@link ErrorCode} and a message safe to show them.
 * The message never carries stack traces, secrets or request bodies.
 */
public class PrecisException extends RuntimeException {
    private final ErrorCode code;
    private final boolean retryable;

    public PrecisException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public PrecisException(ErrorCode code, String message, Throwable cause) {
        this(code, message, cause, code == ErrorCode.FETCH_FAILED);
    }

    private PrecisException(ErrorCode code, String message, Throwable cause, boolean retryable) {
        super(message, cause, false, false);
        this.code = Objects.requireNonNull(code);
        this.retryable = retryable;
    }

    /** A fetch failure that asking again will not fix, such as a page the server says is gone. */
    public static PrecisException lasting(ErrorCode code, String message) {
        return new PrecisException(code, message, null, false);
    }

    public ErrorCode code() {
        return code;
    }

    /** True when the same request may succeed later: fetch failures, unless the server's answer was final. */
    public boolean retryable() {
        return retryable;
    }
}
