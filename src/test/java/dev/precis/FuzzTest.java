package dev.precis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;
import dev.precis.testing.Samples;

/**
 * Mutated pages (byte flips, deleted tags, truncation, duplicated slices) from a fixed seed:
 * every case ends in a well-formed summary or a clear error. {@code -Pfuzz} runs thousands.
 */
@Tag("corpus")
public class FuzzTest {

    private static final long SEED = 20261129L;
    private static final Duration HANG = Duration.ofSeconds(20);

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
    private final Renderer renderer = new Renderer(new ObjectMapper());
    private final ObjectMapper json = new ObjectMapper();

    /** The seed article and the pages written for the test suite. */
    private static List<byte[]> corpus() {
        List<byte[]> pages = new ArrayList<>();
        pages.add(Samples.bytes("seed-article.html"));
        pages.add(Samples.bytes("seed-article.txt"));
        Samples.PAGES.forEach(name -> pages.add(Samples.page(name)));
        return pages;
    }

    public static byte[] mutate(byte[] page, Random random) {
        byte[] b = page.clone();
        switch (random.nextInt(5)) {
            case 0 -> { // byte flips
                int flips = 1 + random.nextInt(200);
                for (int i = 0; i < flips; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> { // delete tags: every '<' to the next '>' with some probability
                StringBuilder out = new StringBuilder();
                String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                double p = random.nextDouble() * 0.5;
                for (int i = 0; i < s.length(); i++) {
                    int close = s.indexOf('>', i);
                    if (s.charAt(i) == '<' && close > 0 && random.nextDouble() < p) {
                        i = close;
                    } else {
                        out.append(s.charAt(i));
                    }
                }
                b = out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length)); // truncation
            case 3 -> { // duplicate a slice in place
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, random.nextInt(20_000));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                b = out;
            }
            default -> { // unbalance the markup
                String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                s = s.replace("</div>", random.nextBoolean() ? "" : "</div></div></p>").replace("<p>", "<p><b><i>");
                b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        return b;
    }

    @Test
    void mutatedPagesNeverEscapeTheContract() {
        run(corpus(), Integer.getInteger("precis.fuzz.cases", 300));
    }

    /**
     * Mutates pages drawn from {@code corpus} {@code cases} times and fails on any outcome but a
     * well-formed summary or a clear error; the corpus gate runs it on the benchmark's pages.
     */
    public void run(List<byte[]> corpus, int cases) {
        Random random = new Random(SEED);
        int summaries = 0;
        for (int c = 0; c < cases; c++) {
            byte[] page = corpus.get(random.nextInt(corpus.size()));
            byte[] mutated = mutate(page, random);
            int caseNo = c;
            boolean summarized = assertTimeoutPreemptively(HANG, () -> outcome(mutated, caseNo));
            summaries += summarized ? 1 : 0;
        }
        assertFalse(summaries == 0, "no mutated page was summarized at all: the fuzzer tests nothing");
        System.out.printf("fuzz: %d cases, %d summaries, %d clear errors%n", cases, summaries, cases - summaries);
    }

    private boolean outcome(byte[] mutated, int caseNo) {
        try {
            Summary s = pipeline.summarize(pipeline.clean(mutated, null, null), 4, null);
            JsonNode rendered = json.readTree(renderer.render(s, dev.precis.render.Format.JSON));
            if (!rendered.get("headline").isTextual() || rendered.get("bullets").isEmpty()) {
                fail("case " + caseNo + ": malformed summary " + rendered);
            }
            return true;
        } catch (PrecisException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                fail("case " + caseNo + ": error without a message");
            }
            return false;
        } catch (Throwable t) {
            throw new AssertionError("case " + caseNo + " (seed " + SEED + ") escaped the contract: " + t, t);
        }
    }
}
