package dev.precis.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Progress of a long batch on standard error: items done of the total, failures, rate and the
 * time left, at most once every {@link #EVERY_NANOS}; a short batch prints only its last line.
 */
final class Progress {

    /** Two seconds between lines: often enough to see it move, rarely enough to read. */
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String job;
    private final long total;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastPrinted = start;
    private long done;
    private long failed;

    /** {@code total} is the number of items, or -1 when it is not known. */
    Progress(String job, long total, PrintStream err) {
        this.job = job;
        this.total = total;
        this.err = err;
    }

    void done(boolean itFailed) {
        done++;
        failed += itFailed ? 1 : 0;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS) {
            lastPrinted = now;
            err.println(line(now));
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder(job).append(": ").append(done);
        if (total >= 0) {
            sb.append('/').append(total);
        }
        sb.append(" done, ").append(failed).append(" failed, ").append(String.format("%.1f/s", rate));
        if (total >= 0 && rate > 0 && done < total) {
            sb.append(String.format(", about %.0f s left", (total - done) / rate));
        }
        return sb.toString();
    }

    void finish(Path out) {
        err.printf("%s: %d done, %d failed, %.1f s -> %s%n", job, done, failed, (System.nanoTime() - start) / 1e9, out);
    }
}
