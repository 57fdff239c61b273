package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.precis.FuzzTest;
import dev.precis.clean.MarkupPrescanTest;
import dev.precis.testing.Samples;

/**
 * Gate (reads {@code ../shared}): the checks the suite runs on its own pages, repeated on the
 * 181 pages of the article-extraction benchmark, which cannot ship with the repository.
 */
@Tag("corpus")
class BenchmarkPagesGateTest {

    /** The benchmark's pages by file name, decompressed. */
    static Map<String, byte[]> pages() throws IOException {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        try (var files = Files.list(ExtractionBenchmark.sharedDir().resolve("eval-data/extraction/html-gz"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.put(f.getFileName().toString(), in.readAllBytes());
                }
            }
        }
        return pages;
    }

    @Test
    void benchmarkPagesReadTheSameAfterThePrescan() throws IOException {
        Map<String, byte[]> pages = pages();
        List<String> differing = new ArrayList<>();
        pages.forEach((name, bytes) -> {
            String html = new String(bytes, StandardCharsets.UTF_8);
            if (!MarkupPrescanTest.scansToTheEnd(html) || !MarkupPrescanTest.readsTheSameAfterThePrescan(html)) {
                differing.add(name);
            }
        });
        assertEquals(181, pages.size());
        assertEquals(List.of(), differing);
    }

    @Test
    void mutatedBenchmarkPagesNeverEscapeTheContract() throws IOException {
        List<byte[]> corpus = new ArrayList<>(pages().values()).subList(0, 40);
        List<byte[]> withSeed = new ArrayList<>(corpus);
        withSeed.add(Samples.bytes("seed-article.html"));
        new FuzzTest().run(withSeed, Integer.getInteger("precis.fuzz.cases", 300));
    }
}
