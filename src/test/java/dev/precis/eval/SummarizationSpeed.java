package dev.precis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.fetch.FetchPolicy;

/**
 * Warm, single-threaded time to summarize one article given as text: the median and p90 per
 * article over the CNN/DailyMail set, and articles per second.
 *
 * <pre>./precis eval speed [--rounds N] [--forks N]</pre>
 */
public final class SummarizationSpeed {

    private SummarizationSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Forked.Options options = Forked.Options.parse(args, 20);
        int rounds = options.rounds();
        int forks = options.forks();
        if (options.emit() != null) {
            Result r = measure(rounds);
            Files.writeString(options.emit(),
                    r.medianMs() + " " + r.p90Ms() + " " + r.perSecond() + " " + r.perCpuSecond());
            return;
        }
        List<Result> results = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            results.add(fork(rounds));
        }
        System.out.printf("296 articles (CNN/DailyMail, text), %d JVMs x %d timed rounds after 10 warm-up rounds, "
                + "one thread%n", forks, rounds);
        System.out.println(jvm());
        StringBuilder each = new StringBuilder();
        for (Result r : results) {
            each.append(String.format(" %.0f", r.perSecond()));
        }
        System.out.printf("summarize (3 bullets): median %.3f ms per article, p90 %.3f ms, %.0f articles/s "
                + "(median of the JVMs:%s)%n", median(results.stream().mapToDouble(Result::medianMs).toArray()),
                median(results.stream().mapToDouble(Result::p90Ms).toArray()),
                median(results.stream().mapToDouble(Result::perSecond).toArray()), each);
        // CPU time is what one core spends, whatever the neighbours on a shared machine do to the wall clock.
        System.out.printf("CPU time: %.0f articles per CPU-second%n",
                median(results.stream().mapToDouble(Result::perCpuSecond).toArray()));
    }

    /** One JVM's figures. */
    private record Result(double medianMs, double p90Ms, double perSecond, double perCpuSecond) {
    }

    /** One measurement in a fresh JVM with this JVM's flags and classpath. */
    private static Result fork(int rounds) throws Exception {
        String[] v = Forked.measure(SummarizationSpeed.class, rounds).split(" ");
        return new Result(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]));
    }

    private static Result measure(int rounds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(SummarizationBenchmark.defaultSet(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        long sink = 0;
        for (int warm = 0; warm < 10; warm++) {
            for (String t : texts) {
                sink += pipeline.summarize(SummaryRequest.ofText(t).withBullets(3)).bullets().size();
            }
        }
        double[] perArticle = new double[texts.size()];
        double[] rounds_ = new double[rounds];
        double[][] samples = new double[texts.size()][rounds];
        double[] cpuRounds = new double[rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long roundStart = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                sink += pipeline.summarize(SummaryRequest.ofText(texts.get(i)).withBullets(3)).bullets().size();
                samples[i][r] = (System.nanoTime() - t0) / 1e6;
            }
            rounds_[r] = (System.nanoTime() - roundStart) / 1e9;
            cpuRounds[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        for (int i = 0; i < texts.size(); i++) {
            perArticle[i] = median(samples[i]);
        }
        Arrays.sort(perArticle);
        double perSecond = texts.size() / median(rounds_);
        if (sink == 42) {
            System.out.println();  // keeps the work observable to the JIT
        }
        return new Result(median(perArticle), perArticle[(int) Math.floor(0.9 * (perArticle.length - 1))], perSecond,
                texts.size() / median(cpuRounds));
    }

    /** The JVM the figures come from: its processor count and collector decide much of them. */
    static String jvm() {
        StringBuilder gcs = new StringBuilder();
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs.append(gcs.length() > 0 ? ", " : "").append(gc.getName());
        }
        return String.format("JVM: Java %s, %d processor(s) seen, collectors %s", Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), gcs);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
