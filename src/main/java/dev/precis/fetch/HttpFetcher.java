package dev.precis.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Fetches untrusted article URLs. Each hop is checked by the {@link UrlGuard} and the socket is
 * opened to the very address that was checked (no second DNS lookup), redirects are followed by
 * hand so every hop is checked, and the body is capped while it streams, after decompression too.
 */
public final class HttpFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** 4xx answers that mean "not now" rather than "never": Request Timeout, Too Early, Too Many Requests. */
    private static final Set<Integer> TRY_AGAIN_LATER = Set.of(408, 425, 429);
    /** Media types we can summarize; anything else is refused before the body is read. */
    private static final Set<String> ACCEPTED_MEDIA =
            Set.of("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml");
    /** Status line plus headers larger than this are not from a web server we want to talk to. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final UrlGuard guard;
    private final Connector connector;
    private final FetchPolicy policy;

    public HttpFetcher(UrlGuard guard, Connector connector, FetchPolicy policy) {
        this.guard = guard;
        this.connector = connector;
        this.policy = policy;
    }

    public FetchPolicy policy() {
        return policy;
    }

    public FetchedPage fetch(String url) {
        URI uri = UrlGuard.parse(url);
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        for (int hop = 0; ; hop++) {
            UrlGuard.Target target = guard.check(uri, policy, deadline);
            try (Hop connection = new Hop(deadline)) {
                Response response = exchange(open(connection, target, deadline), target, deadline);
                if (REDIRECTS.contains(response.status)) {
                    String location = response.headers.get("location");
                    if (location == null || location.isBlank()) {
                        throw new PrecisException(ErrorCode.FETCH_FAILED, "redirect without a Location header");
                    }
                    if (hop >= policy.maxRedirects()) {
                        throw new PrecisException(ErrorCode.FETCH_FAILED,
                                "more than " + policy.maxRedirects() + " redirects");
                    }
                    uri = resolveLocation(uri, location);
                    continue;
                }
                if (response.status < 200 || response.status > 299) {
                    String message = "the server answered HTTP " + response.status;
                    // 4xx is the server's final word (gone, forbidden), except "try again later" ones.
                    boolean lasting = response.status >= 400 && response.status < 500
                            && !TRY_AGAIN_LATER.contains(response.status);
                    throw lasting ? PrecisException.lasting(ErrorCode.FETCH_FAILED, message)
                            : new PrecisException(ErrorCode.FETCH_FAILED, message);
                }
                String contentType = response.headers.get("content-type");
                String mediaType = mediaType(contentType);
                if (mediaType != null && !ACCEPTED_MEDIA.contains(mediaType)) {
                    throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA,
                            "the URL serves '" + mediaType + "'; only HTML and plain text can be summarized");
                }
                byte[] body = readBody(response);
                return new FetchedPage(uri, mediaType, charsetParam(contentType), body);
            } catch (BodyStreams.CapExceeded e) {
                throw tooLarge();
            } catch (java.util.zip.ZipException e) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "the compressed body is corrupt");
            } catch (IOException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw overTime();
                }
                if (e instanceof SocketTimeoutException) {
                    throw new PrecisException(ErrorCode.FETCH_FAILED, "the server did not answer in time");
                }
                throw new PrecisException(ErrorCode.FETCH_FAILED, "could not fetch the URL: " + safeMessage(e));
            }
        }
    }

    private static URI resolveLocation(URI base, String location) {
        try {
            return base.resolve(new URI(location.trim()));
        } catch (Exception e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "redirect to an invalid URL");
        }
    }

    /**
     * The sockets of one hop and the alarm that closes them when the whole fetch's time is up: a
     * read that trickles one byte inside every read timeout (a slow ServerHello, a slow body) is
     * cut off there, whichever stage it is in. Closing it is also how every exception path ends.
     */
    private static final class Hop implements AutoCloseable {
        private final java.util.List<Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.ScheduledFuture<?> alarm;

        Hop(long deadline) {
            alarm = ALARMS.schedule(this::closeSockets, Math.max(0, deadline - System.nanoTime()),
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        Socket own(Socket socket) {
            sockets.add(socket);
            if (alarm.isDone()) {
                closeSockets();
            }
            return socket;
        }

        private void closeSockets() {
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is all we wanted
                }
            }
        }

        @Override
        public void close() {
            alarm.cancel(false);
            closeSockets();
        }
    }

    /** One daemon thread closes the sockets of fetches whose time is up. */
    private static final java.util.concurrent.ScheduledThreadPoolExecutor ALARMS = alarms();

    private static java.util.concurrent.ScheduledThreadPoolExecutor alarms() {
        java.util.concurrent.ScheduledThreadPoolExecutor alarms = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                r -> {
                    Thread t = new Thread(r, "precis-fetch-deadline");
                    t.setDaemon(true);
                    return t;
                });
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }

    private Socket open(Hop hop, UrlGuard.Target target, long deadline) throws IOException {
        int connectMillis = (int) Math.max(1, Math.min(policy.connectTimeout().toMillis(), remainingMillis(deadline)));
        Socket socket = hop.own(connector.connect(new InetSocketAddress(target.address(), target.port()),
                connectMillis));
        socket.setSoTimeout((int) policy.readTimeout().toMillis());
        if (!target.tls()) {
            return socket;
        }
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(socket, target.host(), target.port(), true);
        hop.own(tls);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        SNIHostName sni = serverName(target.host());
        params.setServerNames(sni == null ? java.util.List.of() : java.util.List.of(sni));
        tls.setSSLParameters(params);
        tls.startHandshake();
        return tls;
    }

    /**
     * The name sent in TLS's server_name extension: none for IP literals and for names SNI cannot
     * carry (labels over 63 characters, underscores), and without the trailing dot of an absolute
     * name, as the JDK itself does when left to choose.
     */
    static SNIHostName serverName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.startsWith("[") || name.indexOf('.') < 0 || Character.isDigit(name.charAt(name.length() - 1))) {
            return null;
        }
        try {
            return new SNIHostName(name);
        } catch (IllegalArgumentException notAHostName) {
            return null;
        }
    }

    private Response exchange(Socket socket, UrlGuard.Target target, long deadline) throws IOException {
        URI uri = target.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        String hostHeader = defaultPort ? target.host() : target.host() + ":" + target.port();
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: " + policy.userAgent() + "\r\n"
                + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1\r\n"
                + "Accept-Encoding: gzip, deflate\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        // Every byte taken from the socket is counted (headers, chunk framing, trailers, body), and
        // taken in blocks: a header or a gzip name read byte by byte costs no system call per byte.
        BodyStreams.Capped wire = new BodyStreams.Capped(
                new BodyStreams.Deadline(socket.getInputStream(), deadline), MAX_HEADER_BYTES + policy.maxBytes());
        Response head = readHead(new BufferedInputStream(wire, 16 * 1024));
        wire.capAt(head.headBytes + policy.maxBytes());
        return head;
    }

    private static Response readHead(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int[] budget = {0};
        String statusLine = readLine(in, budget);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "the server did not answer with HTTP");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "the server sent a malformed status line");
        }
        for (String line = readLine(in, budget); !line.isEmpty(); line = readLine(in, budget)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        return new Response(status, headers, in, budget[0]);
    }

    private static String readLine(InputStream in, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder();
        budget[0]++; // the line's '\n'
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "the connection closed before the headers ended");
            }
            if (++budget[0] > MAX_HEADER_BYTES) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "the response headers are too large");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private byte[] readBody(Response response) throws IOException {
        long cap = policy.maxBytes();
        String length = response.headers.get("content-length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > cap) {
                    throw tooLarge();
                }
            } catch (NumberFormatException ignored) {
                // A bad Content-Length is not trusted; the streaming cap still applies.
            }
        }
        InputStream body = response.body;
        String transfer = response.headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (transfer.contains("chunked")) {
            body = new BodyStreams.Chunked(body);
        } else if (length != null) {
            try {
                body = new BodyStreams.Bounded(body, Long.parseLong(length.trim()));
            } catch (NumberFormatException ignored) {
                // read to the end of the connection
            }
        }
        String encoding = response.headers.getOrDefault("content-encoding", "identity").toLowerCase(Locale.ROOT).trim();
        body = switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            case "deflate" -> BodyStreams.inflate(body);
            default -> throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA,
                    "the server used an unsupported content encoding '" + encoding + "'");
        };
        try {
            return readCapped(body, cap);
        } catch (java.util.zip.ZipException e) {
            throw new PrecisException(ErrorCode.FETCH_FAILED, "the compressed body is corrupt");
        }
    }

    /**
     * Reads a whole stream, at most {@code cap} bytes: one byte more is {@code TOO_LARGE}. The one
     * capped read for fetched bodies, files and standard input alike; a corrupt gzip or deflate
     * stream is left to the caller as the {@link java.util.zip.ZipException} it is.
     */
    public static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > cap) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (BodyStreams.CapExceeded e) {
            throw tooLarge();
        }
        return out.toByteArray();
    }

    private static PrecisException tooLarge() {
        return new PrecisException(ErrorCode.TOO_LARGE, "the document is larger than the size limit");
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").replace("'", "").trim();
            }
        }
        return null;
    }

    private static long remainingMillis(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw overTime();
        }
        return left;
    }

    static PrecisException overTime() {
        return new PrecisException(ErrorCode.FETCH_FAILED, "the fetch took longer than the total time limit");
    }

    private static String safeMessage(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "ConnectException" -> "connection refused";
            case "UnknownHostException" -> "unknown host";
            case "SSLHandshakeException", "SSLException" -> "TLS handshake failed";
            default -> "network error";
        };
    }

    private record Response(int status, Map<String, String> headers, InputStream body, int headBytes) {
    }
}
