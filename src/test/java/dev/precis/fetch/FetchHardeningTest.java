package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.testing.LoopbackOnlyConnector;
import dev.precis.testing.RawServer;

/**
 * The total deadline over every stage of a fetch, sockets closed on every path, and a byte cap
 * that counts what comes off the wire: against scripted servers on 127.0.0.1.
 */
class FetchHardeningTest {

    private static final byte[] HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n").getBytes(StandardCharsets.US_ASCII);

    private final LoopbackOnlyConnector connector = new LoopbackOnlyConnector();

    private static FetchPolicy policy(int port, Duration read, Duration total) {
        return FetchPolicy.defaults().withLoopbackPorts(Set.of(port)).withMaxBytes(1024 * 1024)
                .withTimeouts(Duration.ofSeconds(2), read, total);
    }

    private static HttpFetcher fetcher(FetchPolicy policy, HostResolver resolver, Connector connector) {
        return new HttpFetcher(new UrlGuard(resolver, new AddressClassifier()), connector, policy);
    }

    private static HostResolver loopback() {
        return host -> List.of(InetAddress.getLoopbackAddress());
    }

    private static void drainRequest(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        int state = 0;
        for (int c = in.read(); c != -1; c = in.read()) {
            state = (c == '\r' || c == '\n') ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aTricklingTlsHandshakeEndsAtTheTotalDeadline() throws Exception {
        // A ServerHello record that announces 16 KiB and then sends one byte per 300 ms: each byte
        // arrives well inside the read timeout, so only the total deadline can end it.
        try (RawServer server = new RawServer(s -> {
            s.getInputStream().read(new byte[4096]);
            OutputStream out = s.getOutputStream();
            out.write(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00});
            for (int i = 0; i < 60; i++) {
                out.write(0x02);
                out.flush();
                Thread.sleep(300);
            }
        })) {
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(1), Duration.ofMillis(1500)),
                    loopback(), connector);
            long start = System.nanoTime();
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("https://news.test:" + server.port() + "/story"));
            long took = millisSince(start);
            assertEquals(ErrorCode.FETCH_FAILED, e.code());
            assertTrue(e.getMessage().contains("total time limit"), e.getMessage());
            assertTrue(took < 2500, "the handshake ran " + took + " ms against a 1,500 ms total");
            assertTrue(connector.allClosed());
        }
    }

    @Test
    void aSlowLookupEndsAtTheTotalDeadline() throws Exception {
        try (RawServer server = new RawServer(s -> { })) {
            HostResolver slow = host -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(InetAddress.getLoopbackAddress());
            };
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(1), Duration.ofMillis(700)), slow,
                    connector);
            long start = System.nanoTime();
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("http://slow-dns.test:" + server.port() + "/"));
            long took = millisSince(start);
            assertEquals(ErrorCode.FETCH_FAILED, e.code());
            assertTrue(took < 1700, "the lookup ran " + took + " ms against a 700 ms total");
            assertEquals(0, server.connections());
        }
    }

    @Test
    void aBodyStalledInsideTheReadTimeoutEndsAtTheTotalDeadline() throws Exception {
        try (RawServer server = new RawServer(s -> {
            drainRequest(s);
            OutputStream out = s.getOutputStream();
            out.write(HEAD);
            out.write("\r\n<p>first".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(2800);
            out.write(" second</p>".getBytes(StandardCharsets.US_ASCII));
        })) {
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(3), Duration.ofMillis(600)),
                    loopback(), connector);
            long start = System.nanoTime();
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("http://news.test:" + server.port() + "/"));
            long took = millisSince(start);
            assertEquals(ErrorCode.FETCH_FAILED, e.code());
            assertTrue(took < 1600, "the body ran " + took + " ms against a 600 ms total");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.test.",
        "a234567890123456789012345678901234567890123456789012345678901234.test"})
    void hostsSniCannotCarryGetAHandshakeAndAClosedSocket(String host) throws Exception {
        AtomicReference<byte[]> hello = new AtomicReference<>();
        try (RawServer server = new RawServer(s -> {
            byte[] buffer = new byte[4096];
            int n = s.getInputStream().read(buffer);
            hello.set(java.util.Arrays.copyOf(buffer, Math.max(0, n)));
            // then hang up: no certificate to offer
        })) {
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    loopback(), connector);
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("https://" + host + ":" + server.port() + "/"));
            assertEquals(ErrorCode.FETCH_FAILED, e.code());
            assertEquals(0x16, hello.get()[0], "a TLS ClientHello reached the server");
            String sent = new String(hello.get(), StandardCharsets.ISO_8859_1);
            if (host.equals("news.test.")) {
                assertTrue(sent.contains("news.test") && !sent.contains("news.test."), "SNI without the dot");
            }
            assertTrue(connector.allClosed(), "every socket is closed after the failure");
        }
    }

    @Test
    void anEndlessGzipNameIsTooLargeAndReadInBlocks() throws Exception {
        try (RawServer server = new RawServer(s -> {
            drainRequest(s);
            OutputStream out = s.getOutputStream();
            out.write(HEAD);
            out.write("Content-Encoding: gzip\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3}); // FNAME set
            byte[] name = new byte[64 * 1024];
            java.util.Arrays.fill(name, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                out.write(name);
            }
        })) {
            CountingConnector counting = new CountingConnector(connector);
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    loopback(), counting);
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("http://news.test:" + server.port() + "/"));
            assertEquals(ErrorCode.TOO_LARGE, e.code(), e.getMessage());
            assertTrue(counting.reads.get() < 1000, counting.reads.get() + " reads for about 1 MiB");
        }
    }

    @Test
    void chunkFramingCountsAgainstTheCap() throws Exception {
        // 3,000 one-byte chunks, each behind a 500-byte extension: 3 KB of body in 1.5 MB of wire.
        try (RawServer server = new RawServer(s -> {
            drainRequest(s);
            OutputStream out = s.getOutputStream();
            out.write(HEAD);
            out.write("Transfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("1;x=" + "y".repeat(500) + "\r\nA\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3000; i++) {
                out.write(chunk);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        })) {
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    loopback(), connector);
            PrecisException e = assertThrows(PrecisException.class,
                    () -> fetcher.fetch("http://news.test:" + server.port() + "/"));
            assertEquals(ErrorCode.TOO_LARGE, e.code(), e.getMessage());
        }
    }

    @Test
    void smallChunkedBodiesStillArrive() throws Exception {
        try (RawServer server = new RawServer(s -> {
            drainRequest(s);
            OutputStream out = s.getOutputStream();
            out.write(HEAD);
            out.write("Transfer-Encoding: chunked\r\n\r\n5;name=v\r\nHello\r\n6\r\n world\r\n0\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        })) {
            HttpFetcher fetcher = fetcher(policy(server.port(), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    loopback(), connector);
            FetchedPage page = fetcher.fetch("http://news.test:" + server.port() + "/");
            assertEquals("Hello world", new String(page.body(), StandardCharsets.US_ASCII));
        }
    }

    /** Counts the read calls the fetcher makes on its sockets. */
    private static final class CountingConnector implements Connector {
        private final Connector inner;
        final AtomicInteger reads = new AtomicInteger();

        CountingConnector(Connector inner) {
            this.inner = inner;
        }

        @Override
        public Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
            Socket socket = inner.connect(address, timeoutMillis);
            return new Socket() {
                @Override
                public InputStream getInputStream() throws IOException {
                    return new FilterInputStream(socket.getInputStream()) {
                        @Override
                        public int read() throws IOException {
                            reads.incrementAndGet();
                            return super.read();
                        }

                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            reads.incrementAndGet();
                            return super.read(b, off, len);
                        }
                    };
                }

                @Override
                public OutputStream getOutputStream() throws IOException {
                    return socket.getOutputStream();
                }

                @Override
                public void setSoTimeout(int timeout) throws SocketException {
                    socket.setSoTimeout(timeout);
                }

                @Override
                public synchronized void close() throws IOException {
                    socket.close();
                }

                @Override
                public boolean isConnected() {
                    return socket.isConnected();
                }

                @Override
                public SocketAddress getRemoteSocketAddress() {
                    return socket.getRemoteSocketAddress();
                }
            };
        }
    }
}
