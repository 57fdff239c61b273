package dev.precis.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * The limits every fetch runs under.
 *
 * @param connectTimeout   per TCP connect
 * @param readTimeout      per read; a server that stalls longer is given up on
 * @param totalTimeout     for the whole fetch, all redirect hops included
 * @param maxBytes         cap on the decoded body, enforced while streaming
 * @param maxRedirects     hops followed before giving up
 * @param allowedPorts     ports a URL may name (80 and 443 unless configured)
 * @param loopbackPorts    loopback ports that may be fetched from; empty in production, set by
 *                         tests that serve pages on 127.0.0.1
 * @param userAgent        sent with every request
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
        int maxRedirects, Set<Integer> allowedPorts, Set<Integer> loopbackPorts, String userAgent) {

    /** Bodies above this are refused: real articles are far smaller, and memory is scarce on Lambda. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(10),
                DEFAULT_MAX_BYTES, 5, Set.of(80, 443), Set.of(), "Precis/0.1 (+article summarizer)");
    }

    public FetchPolicy withLoopbackPorts(Set<Integer> ports) {
        return new FetchPolicy(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, allowedPorts,
                Set.copyOf(ports), userAgent);
    }

    public FetchPolicy withAllowedPorts(Set<Integer> ports) {
        return new FetchPolicy(connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, Set.copyOf(ports),
                loopbackPorts, userAgent);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects, allowedPorts,
                loopbackPorts, userAgent);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchPolicy(connect, read, total, maxBytes, maxRedirects, allowedPorts, loopbackPorts, userAgent);
    }
}
