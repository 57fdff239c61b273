package dev.precis.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Host lookups bounded by a deadline. The platform resolver cannot be interrupted, so the lookup
 * runs on a daemon thread and the fetch stops waiting for it when its time is up.
 */
final class Lookups {

    /** Lookups allowed in flight at once; a resolver that hangs for every name cannot pile up threads. */
    private static final int MAX_IN_FLIGHT = 16;

    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, MAX_IN_FLIGHT, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "precis-dns");
                t.setDaemon(true);
                return t;
            });

    private Lookups() {
    }

    static List<InetAddress> within(HostResolver resolver, String host, long deadlineNanos)
            throws UnknownHostException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw HttpFetcher.overTime();
        }
        Future<List<InetAddress>> lookup;
        try {
            lookup = POOL.submit(() -> resolver.resolve(host));
        } catch (RejectedExecutionException busy) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "too many host lookups in flight");
        }
        try {
            return lookup.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw HttpFetcher.overTime();
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            throw new PrecisException(ErrorCode.FETCH_FAILED, "the fetch was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnknownHostException unknown) {
                throw unknown;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UnknownHostException(host);
        }
    }
}
