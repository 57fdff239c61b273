package dev.precis.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Decides whether one URL may be fetched, and if so which checked address to connect to.
 * Called for the first URL and again for every redirect hop.
 */
public final class UrlGuard {

    /** A host whose last label is numeric is an IP literal in some spelling, never a DNS name. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)^[0-9a-fx.]*\\.?(0x[0-9a-f]*|[0-9]+)\\.?$");
    /** The one spelling of an IPv4 literal we accept: four decimal parts without leading zeros. */
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private final HostResolver resolver;
    private final AddressClassifier classifier;

    public UrlGuard(HostResolver resolver, AddressClassifier classifier) {
        this.resolver = resolver;
        this.classifier = classifier;
    }

    /** Where a checked URL will be fetched from. */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {
    }

    /** Parses a URL given by a caller; anything that is not an absolute http(s) URL is refused. */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'url' is empty");
        }
        try {
            URI uri = new URI(url.trim());
            if (!uri.isAbsolute()) {
                throw new PrecisException(ErrorCode.BAD_REQUEST, "'url' must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'url' is not a valid URL");
        }
    }

    public Target check(URI uri, FetchPolicy policy) {
        return check(uri, policy, Long.MAX_VALUE);
    }

    /**
     * Checks one hop, looking its name up within the fetch's deadline ({@link System#nanoTime()}
     * based; {@code Long.MAX_VALUE} for none): a resolver that takes its time cannot stretch the fetch.
     */
    public Target check(URI uri, FetchPolicy policy, long deadlineNanos) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw blocked("only http and https URLs are fetched, not '" + scheme + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw blocked("URLs carrying a user name or password are refused");
        }
        String host = uri.getHost();
        if (host == null) {
            throw blocked("the URL has no valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();

        List<InetAddress> addresses = resolve(host, deadlineNanos);
        InetAddress chosen = null;
        for (InetAddress address : addresses) {
            AddressClass kind = classifier.classify(address);
            boolean testLoopback = kind == AddressClass.LOOPBACK && policy.loopbackPorts().contains(port);
            if (!kind.isPublic() && !testLoopback) {
                throw blocked("'" + host + "' resolves to " + kind.description());
            }
            if (chosen == null) {
                chosen = address;
            }
        }
        boolean portAllowed = policy.allowedPorts().contains(port)
                || (classifier.classify(chosen) == AddressClass.LOOPBACK && policy.loopbackPorts().contains(port));
        if (!portAllowed) {
            throw blocked("port " + port + " is not allowed; only " + policy.allowedPorts());
        }
        return new Target(uri, host, port, tls, chosen);
    }

    private List<InetAddress> resolve(String host, long deadlineNanos) {
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // An IPv6 literal: parsed, never looked up. Java hands back ::ffff:a.b.c.d as the
                // IPv4 address itself; an IPv4 target spelled as IPv6 is refused outright.
                InetAddress literal = InetAddress.getByName(host.substring(1, host.length() - 1));
                if (!(literal instanceof java.net.Inet6Address)) {
                    throw blocked("'" + host + "' is " + AddressClass.EMBEDDED_IPV4.description());
                }
                return List.of(literal);
            } catch (UnknownHostException e) {
                throw blocked("the URL's IPv6 address is malformed");
            }
        }
        if (NUMERIC_HOST.matcher(host).matches()) {
            if (!CANONICAL_IPV4.matcher(host).matches()) {
                throw blocked("numeric host '" + host + "' is not a plain dotted-decimal IPv4 address");
            }
            try {
                return List.of(InetAddress.getByName(host));
            } catch (UnknownHostException e) {
                throw blocked("the URL's IPv4 address is malformed");
            }
        }
        try {
            List<InetAddress> addresses = deadlineNanos == Long.MAX_VALUE ? resolver.resolve(host)
                    : Lookups.within(resolver, host, deadlineNanos);
            if (addresses == null || addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "could not resolve host '" + host + "'");
        }
    }

    private static PrecisException blocked(String why) {
        return new PrecisException(ErrorCode.FETCH_BLOCKED, "refused to fetch: " + why);
    }
}
