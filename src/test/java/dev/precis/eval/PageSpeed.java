package dev.precis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;

import dev.precis.Pipeline;
import dev.precis.PrecisException;
import dev.precis.clean.Article;
import dev.precis.fetch.FetchPolicy;

/**
 * Warm, single-threaded time per page over the 181 extraction-benchmark pages: jsoup's parse
 * alone (the floor), our extraction, and extraction plus summary, measured in the same run.
 *
 * <pre>./precis eval pages [--rounds N]</pre>
 */
public final class PageSpeed {

    private PageSpeed() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 10;
        List<byte[]> pages = new ArrayList<>();
        Path dir = ExtractionBenchmark.sharedDir().resolve("eval-data/extraction/html-gz");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        double[][] parse = new double[pages.size()][rounds];
        double[][] extract = new double[pages.size()][rounds];
        double[][] full = new double[pages.size()][rounds];
        long sink = 0;
        for (int r = -3; r < rounds; r++) {  // three warm-up rounds
            for (int i = 0; i < pages.size(); i++) {
                byte[] page = pages.get(i);
                long t0 = System.nanoTime();
                sink += Jsoup.parse(new String(page, StandardCharsets.UTF_8)).childNodeSize();
                long t1 = System.nanoTime();
                Article article = null;
                try {
                    article = pipeline.clean(page, "text/html", null);
                } catch (PrecisException e) {
                    sink++;
                }
                long t2 = System.nanoTime();
                try {
                    Article a = article != null ? article : pipeline.clean(page, "text/html", null);
                    sink += pipeline.summarize(a, 4, null).bullets().size();
                } catch (PrecisException e) {
                    sink++;
                }
                long t3 = System.nanoTime();
                if (r >= 0) {
                    parse[i][r] = (t1 - t0) / 1e6;
                    extract[i][r] = (t2 - t1) / 1e6;
                    full[i][r] = (t2 - t1 + t3 - t2) / 1e6;
                }
            }
        }
        double[] p = perPage(parse);
        double[] e = perPage(extract);
        double[] f = perPage(full);
        System.out.printf("%d pages, %d timed rounds after 3 warm-up rounds, one thread (medians per page)%n",
                pages.size(), rounds);
        System.out.println(SummarizationSpeed.jvm());
        System.out.printf("%-28s %9s %9s %12s %10s%n", "stage", "median", "p90", "pages/s", "× parse");
        row("jsoup parse alone (floor)", p, p);
        row("extract (clean stage)", e, p);
        row("extract + summarize", f, p);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void row(String name, double[] v, double[] floor) {
        double total = Arrays.stream(v).sum();
        System.out.printf("%-28s %7.2fms %7.2fms %12.0f %9.2fx%n", name, SummarizationSpeed.median(v),
                v[(int) Math.floor(0.9 * (v.length - 1))], v.length / (total / 1000),
                SummarizationSpeed.median(v) / SummarizationSpeed.median(floor));
    }

    private static double[] perPage(double[][] samples) {
        double[] out = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = SummarizationSpeed.median(samples[i]);
        }
        Arrays.sort(out);
        return out;
    }
}
