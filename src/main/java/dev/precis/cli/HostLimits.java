package dev.precis.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** At most a few items at once against any one host, however many run in all: politeness in batches. */
final class HostLimits {

    private final int perHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimits(int perHost) {
        this.perHost = perHost;
    }

    /** Runs {@code work}, waiting first for a place at {@code host} (null: no host, no wait). */
    <T> T around(String host, Callable<T> work) throws Exception {
        if (host == null) {
            return work.call();
        }
        Semaphore s = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost));
        s.acquire();
        try {
            return work.call();
        } finally {
            s.release();
        }
    }
}
