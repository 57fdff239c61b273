package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.summary.Summary;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.RawServer;
import dev.precis.testing.Samples;

/** Fetches against real HTTP servers on 127.0.0.1, reachable only through the loopback test setting. */
class HttpFetcherTest extends LoopbackFetchTest {

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(bytes);
        }
        return packed.toByteArray();
    }

    private void serveGzipped(String path, byte[] packed) {
        site.route(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LoopbackServer.respond(exchange, 200, "text/html", packed);
        });
    }

    private PrecisException failure(String path) {
        return assertThrows(PrecisException.class, () -> fetcher(policy()).fetch(site.url(path)));
    }

    @Test
    void fetchesAndSummarizesAPage() {
        site.serve("/article", 200, "text/html; charset=utf-8", Samples.bytes("seed-article.html"));
        Pipeline pipeline = Pipeline.create(policy(), host -> List.of(InetAddress.getLoopbackAddress()), connector);
        Summary s = pipeline.summarize(SummaryRequest.ofUrl(site.url("/article")));
        assertEquals("China rejects U.S. “criticism or pressure” on Sino-Russian relations", s.headline());
        assertTrue(s.bullets().get(0).startsWith("China vowed"));
        assertEquals(site.url("/article"), s.source().url());
    }

    @Test
    void redirectToAPortThatIsNotAllowedIsBlockedWithoutConnecting() throws IOException {
        try (RawServer other = RawServer.listening()) {
            site.redirect("/moved", "http://127.0.0.1:" + other.port() + "/secret");
            assertEquals(ErrorCode.FETCH_BLOCKED, failure("/moved").code());
            assertEquals(0, other.connections(), "the second server must see no connection");
        }
    }

    @Test
    void redirectToAPrivateNameIsBlockedWithoutConnecting() {
        site.redirect("/to-metadata", "http://metadata.internal/latest/");
        HostResolver resolver = host -> host.equals("metadata.internal")
                ? List.of(InetAddress.getByName("169.254.169.254")) : List.of(InetAddress.getLoopbackAddress());
        HttpFetcher fetcher = new HttpFetcher(new UrlGuard(resolver, new AddressClassifier()), connector, policy());
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher.fetch(site.url("/to-metadata")));
        assertEquals(ErrorCode.FETCH_BLOCKED, e.code());
        assertEquals(1, connector.attempts().size(), "only the first, allowed hop was connected");
    }

    @Test
    void followsRedirectsOnTheAllowedServer() {
        site.serve("/final", 200, "text/html", Samples.bytes("seed-article.html"));
        site.redirect("/start", "/final");
        FetchedPage page = fetcher(policy()).fetch(site.url("/start"));
        assertEquals(site.url("/final"), page.url().toString());
        assertEquals("text/html", page.mediaType());
    }

    @Test
    void tooManyRedirectsFail() {
        site.redirect("/loop", "/loop");
        assertEquals(ErrorCode.FETCH_FAILED, failure("/loop").code());
        assertEquals(6, connector.attempts().size(), "the first request and five redirects");
    }

    @Test
    void serverErrorsAreFetchFailures() {
        site.serve("/boom", 500, "text/html", "oops".getBytes(StandardCharsets.UTF_8));
        assertEquals(ErrorCode.FETCH_FAILED, failure("/boom").code());
    }

    @Test
    void nonTextMediaIsRefused() {
        site.serve("/image", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, failure("/image").code());
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        site.serve("/big", 200, "text/html", new byte[2 * 1024 * 1024]);
        FetchPolicy small = policy().withMaxBytes(1024 * 1024);
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(small).fetch(site.url("/big")));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void chunkedBodiesOverTheCapAreRefusedWhileStreaming() {
        site.route("/stream", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            byte[] chunk = new byte[64 * 1024];
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // the fetcher hung up at the cap: that is the point
            }
        });
        FetchPolicy small = policy().withMaxBytes(512 * 1024);
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(small).fetch(site.url("/stream")));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void gzipBombsStopAtTheCap() throws IOException {
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
        assertTrue(bomb.length < 64 * 1024);
        serveGzipped("/bomb", bomb);
        FetchPolicy small = policy().withMaxBytes(1024 * 1024);
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(small).fetch(site.url("/bomb")));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void gzipBodiesAreDecoded() throws IOException {
        serveGzipped("/gz", gzip(Samples.bytes("seed-article.html")));
        FetchedPage page = fetcher(policy()).fetch(site.url("/gz"));
        assertEquals(Samples.bytes("seed-article.html").length, page.body().length);
    }

    @Test
    void aStalledServerTimesOut() {
        site.route("/slow", exchange -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchPolicy quick = policy().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2));
        PrecisException e = assertThrows(PrecisException.class, () -> fetcher(quick).fetch(site.url("/slow")));
        assertEquals(ErrorCode.FETCH_FAILED, e.code());
    }

    @Test
    void everyConnectionWentToLoopback() {
        site.serve("/ok", 200, "text/plain", "Plain text article. It has sentences.".getBytes(StandardCharsets.UTF_8));
        fetcher(policy()).fetch(site.url("/ok"));
        connector.attempts().forEach(a -> assertTrue(a.getAddress().isLoopbackAddress()));
    }
}
