package dev.precis.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;

/** Size, decompression, redirect, time and media limits, against real servers on 127.0.0.1. */
class FetchLimitsTest extends LoopbackFetchTest {

    @Override
    protected FetchPolicy policy() {
        return super.policy().withMaxBytes(1024 * 1024);
    }

    private ErrorCode code(String path, FetchPolicy policy) {
        return assertThrows(PrecisException.class, () -> fetcher(policy).fetch(site.url(path))).code();
    }

    private static byte[] deflate(byte[] data, boolean zlibWrapped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION, !zlibWrapped))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    private void serveEncoded(String path, String encoding, byte[] body) {
        site.route(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", encoding);
            LoopbackServer.respond(exchange, 200, "text/html", body);
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void deflateBombsStopAtTheCap(boolean zlibWrapped) throws IOException {
        byte[] bomb = deflate(new byte[16 * 1024 * 1024], zlibWrapped);
        assertTrue(bomb.length < 64 * 1024, "a small body that inflates 16 MiB");
        serveEncoded("/bomb", "deflate", bomb);
        assertEquals(ErrorCode.TOO_LARGE, code("/bomb", policy()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void deflateBodiesOfEitherFlavourAreDecoded(boolean zlibWrapped) throws IOException {
        serveEncoded("/page", "deflate", deflate(Samples.bytes("seed-article.html"), zlibWrapped));
        assertEquals(Samples.bytes("seed-article.html").length, fetcher(policy()).fetch(site.url("/page")).body().length);
    }

    @Test
    void unsupportedEncodingsAreRefused() {
        serveEncoded("/br", "br", new byte[] {1, 2, 3});
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, code("/br", policy()));
    }

    @Test
    void announcedLengthOverTheCapIsRefusedBeforeReading() {
        site.serve("/big", 200, "text/html", new byte[2 * 1024 * 1024]);
        assertEquals(ErrorCode.TOO_LARGE, code("/big", policy()));
    }

    @Test
    void fiveRedirectsAreFollowedASixthIsNot() {
        site.serve("/r5", 200, "text/html", Samples.bytes("seed-article.html"));
        for (int i = 0; i < 5; i++) {
            site.redirect("/r" + i, "/r" + (i + 1));
        }
        assertEquals(site.url("/r5"), fetcher(policy()).fetch(site.url("/r0")).url().toString());
        site.redirect("/s0", "/r0");
        assertEquals(ErrorCode.FETCH_FAILED, code("/s0", policy()));
    }

    @Test
    void aTricklingServerHitsTheTotalTimeout() {
        site.route("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException closed) {
                // the fetcher gave up, as it should
            }
        });
        FetchPolicy quick = policy().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertEquals(ErrorCode.FETCH_FAILED, code("/trickle", quick));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/jpeg", "application/octet-stream", "video/mp4",
        "application/json"})
    void onlyHtmlXhtmlAndTextAreRead(String mediaType) {
        site.serve("/doc", 200, mediaType, new byte[] {1, 2, 3});
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, code("/doc", policy()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xhtml+xml", "text/plain; charset=utf-8"})
    void htmlXhtmlAndTextAreAccepted(String mediaType) {
        site.serve("/doc", 200, mediaType, Samples.bytes("seed-article.txt"));
        assertEquals(Samples.bytes("seed-article.txt").length, fetcher(policy()).fetch(site.url("/doc")).body().length);
    }

    @Test
    void otherPortsOnlyWhenConfigured() {
        FetchPolicy widened = FetchPolicy.defaults().withAllowedPorts(Set.of(80, 443, 8080));
        UrlGuard guard = new UrlGuard(host -> List.of(InetAddress.getByName("93.184.216.34")), new AddressClassifier());
        assertEquals(8080, guard.check(java.net.URI.create("http://public.test:8080/"), widened).port());
        assertEquals(ErrorCode.FETCH_BLOCKED, assertThrows(PrecisException.class,
                () -> guard.check(java.net.URI.create("http://public.test:8080/"), FetchPolicy.defaults())).code());
    }
}
