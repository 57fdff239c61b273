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
import dev.precis.clean.Article;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;

/**
 * Warm, single-threaded time per page over the 181 extraction-benchmark pages: jsoup's parse
 * alone (the floor), our extraction, and extraction plus summary, measured in the same run.
 *
 * <pre>./precis eval pages [--rounds N] [--forks N]</pre>
 */
public final class PageSpeed {

    private PageSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Forked.Options options = Forked.Options.parse(args, 10);
        int rounds = options.rounds();
        int forks = options.forks();
        if (options.emit() != null) {
            Files.writeString(options.emit(), measure(rounds).lines());
            return;
        }
        List<Medians> runs = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            runs.add(fork(rounds));
        }
        System.out.printf("%d pages, %d JVMs x %d timed rounds after " + WARM_UP_ROUNDS
                + " warm-up rounds, one thread; per page the%n"
                + "median over rounds, then over JVMs; the table gives the median and p90 of those%n",
                runs.get(0).parse().length, forks, rounds);
        System.out.println(SummarizationSpeed.jvm());
        double[] p = acrossForks(runs, Medians::parse);
        double[] e = acrossForks(runs, Medians::extract);
        double[] full = acrossForks(runs, Medians::full);
        System.out.printf("%-28s %9s %9s %12s %10s%n", "stage", "median", "p90", "pages/s", "× parse");
        row("jsoup parse alone (floor)", p, p);
        row("extract (clean stage)", e, p);
        row("extract + summarize", full, p);
        StringBuilder perFork = new StringBuilder();
        for (Medians m : runs) {
            perFork.append(String.format(" %.2fx", SummarizationSpeed.median(m.full()) / SummarizationSpeed.median(m.parse())));
        }
        System.out.println("extract + summarize × parse in each JVM:" + perFork);
    }

    /** Per-page medians of one JVM's rounds, in page order. */
    private record Medians(double[] parse, double[] extract, double[] full) {
        /** One line per page: its three medians. */
        String lines() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parse.length; i++) {
                sb.append(parse[i]).append(' ').append(extract[i]).append(' ').append(full[i]).append('\n');
            }
            return sb.toString();
        }

        static Medians parse(String text) {
            List<String> lines = text.lines().toList();
            double[][] columns = new double[3][lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String[] v = lines.get(i).split(" ");
                for (int c = 0; c < 3; c++) {
                    columns[c][i] = Double.parseDouble(v[c]);
                }
            }
            return new Medians(columns[0], columns[1], columns[2]);
        }
    }

    /** One measurement in a fresh JVM with this JVM's flags and classpath. */
    private static Medians fork(int rounds) throws Exception {
        return Medians.parse(Forked.measure(PageSpeed.class, rounds));
    }

    private static double[] acrossForks(List<Medians> runs, java.util.function.Function<Medians, double[]> column) {
        int pages = column.apply(runs.get(0)).length;
        double[] out = new double[pages];
        for (int i = 0; i < pages; i++) {
            double[] v = new double[runs.size()];
            for (int f = 0; f < runs.size(); f++) {
                v[f] = column.apply(runs.get(f))[i];
            }
            out[i] = SummarizationSpeed.median(v);
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * Untimed rounds first, so the timed ones see compiled code. With 3, one JVM in three or
     * so was still compiling in its timed rounds and read about 1.7x where the others read 1.3x.
     */
    private static final int WARM_UP_ROUNDS = 10;

    private static Medians measure(int rounds) throws IOException {
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
        for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
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
        if (sink == 42) {
            System.out.println();
        }
        return new Medians(perPage(parse), perPage(extract), perPage(full));
    }

    private static void row(String name, double[] v, double[] floor) {
        double total = Arrays.stream(v).sum();
        System.out.printf("%-28s %7.2fms %7.2fms %12.0f %9.2fx%n", name, SummarizationSpeed.median(v),
                v[(int) Math.floor(0.9 * (v.length - 1))], v.length / (total / 1000),
                SummarizationSpeed.median(v) / SummarizationSpeed.median(floor));
    }

    /** Each page's median over the rounds, in page order. */
    private static double[] perPage(double[][] samples) {
        double[] out = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = SummarizationSpeed.median(samples[i]);
        }
        return out;
    }
}
