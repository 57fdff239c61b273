package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the loopback site the function tests fetch from, and allows exactly its port through
 * the fetcher's test setting.
 */
public class LoopbackSiteResource implements QuarkusTestResourceLifecycleManager {

    static volatile LoopbackServer site;
    static final long SLOW_MILLIS = 1500;

    @Override
    public Map<String, String> start() {
        site = new LoopbackServer()
                .serve("/article", 200, "text/html; charset=utf-8", Samples.bytes("seed-article.html"))
                .route("/slow-article", exchange -> {
                    // A site that answers, but only after SLOW_MILLIS: what paces an SQS batch.
                    try {
                        Thread.sleep(SLOW_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LoopbackServer.respond(exchange, 200, "text/html; charset=utf-8", Samples.bytes("seed-article.html"));
                })
                .serve("/image.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .serve("/broken", 500, "text/html", "<h1>error</h1>".getBytes(StandardCharsets.UTF_8))
                .serve("/huge", 200, "text/html", new byte[6 * 1024 * 1024])
                .serve("/menu", 200, "text/html", ("<html><body><nav><ul><li><a href='/a'>Home</a></li>"
                        + "<li><a href='/b'>World</a></li></ul></nav><p>Sign in</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        return Map.of("precis.fetch.loopback-ports", String.valueOf(site.port()));
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
    }
}
