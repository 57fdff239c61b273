package dev.precis.eval;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This build against another one (a baseline commit's {@code target/classes}), in one JVM: each
 * pipeline is loaded by a class loader of its own, and rounds alternate between them, so the
 * machine's load falls on both alike. First it checks that both give the same article and
 * summary for every benchmark page and the same summary for every CNN/DailyMail text; then it
 * times both and prints this build's time as a share of the baseline's.
 *
 * <pre>./precis eval compare REV [--rounds N] [--only texts|pages]</pre>
 * (the launcher builds REV in a git worktree under target/compare).
 */
public final class Compare {

    /** Pages whose output differs are named, up to this many. */
    private static final int MAX_LISTED = 10;

    private Compare() {
    }

    /** One build's pipeline, reached by reflection since its classes are its loader's own. */
    private static final class Build {
        private final Object pipeline;
        private final Method summarizeRequest;
        private final Method ofText;
        private final Method withBullets;
        private final Method clean;
        private final Method summarizeArticle;

        Build(Path classes, ClassLoader libraries) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, libraries);
            Class<?> policy = loader.loadClass("dev.precis.fetch.FetchPolicy");
            Class<?> pipelineClass = loader.loadClass("dev.precis.Pipeline");
            Class<?> request = loader.loadClass("dev.precis.SummaryRequest");
            Class<?> article = loader.loadClass("dev.precis.clean.Article");
            pipeline = pipelineClass.getMethod("standard", policy).invoke(null, policy.getMethod("defaults").invoke(null));
            summarizeRequest = pipelineClass.getMethod("summarize", request);
            ofText = request.getMethod("ofText", String.class);
            withBullets = request.getMethod("withBullets", int.class);
            clean = pipelineClass.getMethod("clean", byte[].class, String.class, String.class);
            summarizeArticle = pipelineClass.getMethod("summarize", article, int.class, String.class);
        }

        /** The summary of a text (what is timed). */
        Object summarizeText(String text) throws Exception {
            return summarizeRequest.invoke(pipeline, withBullets.invoke(ofText.invoke(null, text), 3));
        }

        /** The summary of a text, as its record's string without the timing. */
        String text(String text) throws Exception {
            return summarizeText(text).toString().replaceAll("tookMs=\\d+", "");
        }

        /** The cleaned article and its summary (what is timed), or the refusal's message. */
        Object[] summarizePage(byte[] page) throws Exception {
            try {
                Object article = clean.invoke(pipeline, page, "text/html", null);
                return new Object[] {article, summarizeArticle.invoke(pipeline, article, 4, null)};
            } catch (InvocationTargetException e) {
                return new Object[] {"refused: " + e.getCause().getMessage()};
            }
        }

        /** The cleaned article and its summary, or the refusal's message, as one string. */
        String page(byte[] page) throws Exception {
            Object[] result = summarizePage(page);
            return result.length == 1 ? result[0].toString() : result[0] + "\n" + result[1];
        }
    }

    public static void main(String[] args) throws Exception {
        Path baseline = Path.of(args[0]);
        int rounds = 20;
        String only = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--only" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path home = Path.of(System.getProperty("precis.home", "."));
        List<URL> jars = new ArrayList<>();
        for (String jar : Files.readString(home.resolve("target/launcher.classpath")).strip().split(":")) {
            jars.add(Path.of(jar).toUri().toURL());
        }
        ClassLoader libraries = new URLClassLoader(jars.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Build[] builds = {new Build(baseline, libraries), new Build(home.resolve("target/classes"), libraries)};

        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(SummarizationBenchmark.defaultSet(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        List<byte[]> pages = new ArrayList<>();
        List<String> pageNames = new ArrayList<>();
        try (var files = Files.list(ExtractionBenchmark.sharedDir().resolve("eval-data/extraction/html-gz"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(in.readAllBytes());
                    pageNames.add(f.getFileName().toString());
                }
            }
        }

        int textsDiffering = 0;
        for (String t : texts) {
            textsDiffering += builds[0].text(t).equals(builds[1].text(t)) ? 0 : 1;
        }
        List<String> pagesDiffering = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (!builds[0].page(pages.get(i)).equals(builds[1].page(pages.get(i)))) {
                pagesDiffering.add(pageNames.get(i));
            }
        }
        System.out.printf("same output: %d of %d texts, %d of %d pages (article and summary)%n",
                texts.size() - textsDiffering, texts.size(), pages.size() - pagesDiffering.size(), pages.size());
        if (!pagesDiffering.isEmpty()) {
            System.out.println("pages that differ: " + String.join(" ", pagesDiffering.subList(0,
                    Math.min(MAX_LISTED, pagesDiffering.size()))) + (pagesDiffering.size() > MAX_LISTED ? " ..." : ""));
        }
        System.out.println(SummarizationSpeed.jvm());
        if (!"pages".equals(only)) {
            System.out.printf("texts: this build takes %.3f of the baseline's time%n", share(builds, rounds, b -> {
                for (String t : texts) {
                    b.summarizeText(t);
                }
            }));
        }
        if (!"texts".equals(only)) {
            System.out.printf("pages (extract + summarize): this build takes %.3f of the baseline's time%n",
                    share(builds, rounds, b -> {
                        for (byte[] p : pages) {
                            b.summarizePage(p);
                        }
                    }));
        }
    }

    private interface Work {
        void run(Build build) throws Exception;
    }

    /** Median over rounds of (this build's round time / the baseline's), the order alternating. */
    private static double share(Build[] builds, int rounds, Work work) throws Exception {
        for (int warm = 0; warm < 5; warm++) {
            work.run(builds[0]);
            work.run(builds[1]);
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] time = new double[2];
            for (int k = 0; k < 2; k++) {
                int b = (r + k) % 2;
                long t0 = System.nanoTime();
                work.run(builds[b]);
                time[b] = System.nanoTime() - t0;
            }
            ratios[r] = time[1] / time[0];
        }
        Arrays.sort(ratios);
        return SummarizationSpeed.median(ratios);
    }
}
