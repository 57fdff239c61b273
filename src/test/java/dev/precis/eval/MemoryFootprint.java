package dev.precis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;

/**
 * Processes every benchmark page and every CNN/DailyMail article in one JVM and reports the
 * peak resident set size and peak heap. The launcher runs it with {@code -Xmx128m}.
 *
 * <pre>./precis eval memory</pre>
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws IOException {
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        int pages = 0;
        int errors = 0;
        Path dir = ExtractionBenchmark.sharedDir().resolve("eval-data/extraction/html-gz");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pipeline.summarize(pipeline.clean(in.readAllBytes(), "text/html", null), 4, null);
                } catch (PrecisException e) {
                    errors++;
                }
                pages++;
            }
        }
        ObjectMapper json = new ObjectMapper();
        int articles = 0;
        for (String line : Files.readAllLines(SummarizationBenchmark.defaultSet(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                pipeline.summarize(SummaryRequest.ofText(json.readTree(line).path("text").asText()).withBullets(3));
                articles++;
            }
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d pages (%d refused) and %d articles in one JVM, max heap %d MiB%n", pages, errors,
                articles, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("peak heap used %.1f MiB, peak RSS %s%n", peakHeap / 1048576.0, peakRss());
    }

    /** VmHWM from /proc: the process's high-water resident set, JVM and all. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f MiB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unavailable (" + e.getClass().getSimpleName() + ")";
        }
        return "unavailable (no /proc)";
    }
}
