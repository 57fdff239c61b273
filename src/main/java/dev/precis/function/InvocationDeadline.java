package dev.precis.function;

/**
 * When the current Lambda invocation must have answered, as the Lambda context says
 * ({@link System#nanoTime()} based). Set by {@link PrecisStreamHandler} around each invocation,
 * read by functions that pace their work; absent where no context is known.
 */
public final class InvocationDeadline {

    /** No deadline known: the mock event server's path in dev mode and tests. */
    public static final long NONE = Long.MAX_VALUE;

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private InvocationDeadline() {
    }

    /** The deadline of the invocation running on this thread, or {@link #NONE}. */
    public static long current() {
        Long deadline = CURRENT.get();
        return deadline == null ? NONE : deadline;
    }

    static void set(int remainingMillis) {
        CURRENT.set(System.nanoTime() + remainingMillis * 1_000_000L);
    }

    static void clear() {
        CURRENT.remove();
    }
}
