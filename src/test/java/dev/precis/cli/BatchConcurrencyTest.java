package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.testing.LoopbackServer;
import dev.precis.testing.Samples;

/**
 * {@code batch summarize} against slow sites on loopback: items overlap, one host never sees more
 * than {@link Batch#PER_HOST} at once, and the output keeps the input's order.
 */
class BatchConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DELAY_MS = 1_200;
    private static final int HOSTS = 4;
    private static final int PER_SITE = 3;

    @TempDir
    Path dir;

    /** A site that answers every page after {@link #DELAY_MS}, noting how many it serves at once. */
    private static final class SlowSite implements AutoCloseable {
        final LoopbackServer server;
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        SlowSite(InetAddress address, byte[] page) {
            server = new LoopbackServer(address, 8).route("/", exchange -> {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(DELAY_MS);
                    LoopbackServer.respond(exchange, 200, "text/html; charset=utf-8", page);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }

        @Override
        public void close() {
            server.close();
        }
    }

    @Test
    void fetchesOverlapPolitelyAndKeepTheirOrder() throws Exception {
        byte[] page = Samples.bytes("seed-article.html");
        List<SlowSite> sites = new ArrayList<>();
        try {
            Set<Integer> ports = new HashSet<>();
            for (int h = 0; h < HOSTS; h++) {
                SlowSite site = new SlowSite(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + h)}), page);
                sites.add(site);
                ports.add(site.server.port());
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < HOSTS * PER_SITE; i++) {
                SlowSite site = sites.get(i % HOSTS);
                lines.add("{\"id\":" + i + ",\"url\":\"" + site.server.url("/story/" + i) + "\"}");
            }
            Path in = Files.write(dir.resolve("in.jsonl"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            Path out = dir.resolve("out.jsonl");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Main main = new Main(Pipeline.standard(FetchPolicy.defaults().withLoopbackPorts(ports)), JSON,
                    new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            long start = System.nanoTime();
            assertEquals(0, main.run(new String[] {"batch", "summarize", "--in", in.toString(), "--out", out.toString()}));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(HOSTS * PER_SITE, written.size());
            for (int i = 0; i < written.size(); i++) {
                var item = JSON.readTree(written.get(i));
                assertEquals(i, item.get("id").asInt(), "output keeps the input order");
                assertTrue(item.has("bullets"), written.get(i));
            }
            int most = 0;
            for (SlowSite site : sites) {
                assertTrue(site.mostAtOnce.get() <= Batch.PER_HOST,
                        "one host saw " + site.mostAtOnce.get() + " fetches at once");
                most += site.mostAtOnce.get();
            }
            assertTrue(most > HOSTS, "fetches did not overlap: at most " + most + " at once over all hosts");
            // One after another the twelve fetches take 12 delays; overlapped, about two per host.
            long serial = DELAY_MS * HOSTS * PER_SITE;
            assertTrue(tookMs < serial / 2, "took " + tookMs + " ms; one at a time would be " + serial + " ms");
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("12 done, 0 failed"), err.toString());
        } finally {
            sites.forEach(SlowSite::close);
        }
    }
}
