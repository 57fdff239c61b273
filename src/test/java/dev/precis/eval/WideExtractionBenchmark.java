package dev.precis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;

/**
 * Extraction on page sets laid out like {@code extraction-wide/<set>/} ({@code html/*.html.gz}
 * and {@code ground-truth.json}), scored with WCEB's ROUGE-LSum and the 4-shingle metric, per set
 * and pooled, beside the peers' outputs found in {@code <set>/../output/<peer>/<set>.json.gz} and
 * the figures WCEB published for the five development sets.
 *
 * <pre>./precis eval extraction --set DIR [--set DIR ...] [--per-page OUT.tsv] [--peers-only | --no-peers]</pre>
 *
 * {@code --set all} means the five sets of the shared folder; a name that is not a folder is looked
 * up there ({@code --set dragnet}).
 */
public final class WideExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> DEVELOPMENT_SETS = List.of("cleaneval", "cleanportaleval", "dragnet", "l3s-gn1",
            "readability");
    /** WCEB's published per-page figures averaged over the development halves (SOURCE.md), by set. */
    private static final Map<String, double[]> PUBLISHED = new LinkedHashMap<>();
    static {
        // cleaneval, cleanportaleval, dragnet (with comments, so not comparable: left out), l3s-gn1, readability
        PUBLISHED.put("trafilatura (published)", new double[] {0.862, 0.897, Double.NaN, 0.880, 0.945});
        PUBLISHED.put("web2text (published)", new double[] {0.926, 0.805, Double.NaN, 0.874, 0.850});
        PUBLISHED.put("resiliparse (published)", new double[] {0.880, 0.880, Double.NaN, 0.828, 0.919});
        PUBLISHED.put("newspaper3k (published)", new double[] {0.808, 0.901, Double.NaN, 0.852, 0.791});
    }

    /** A set that cannot be read: said in one line, never a stack trace. */
    public static final class SetException extends Exception {
        SetException(String message) {
            super(message);
        }
    }

    /** One set: its name (the folder's), folder, and truth by page name. */
    public record PageSet(String name, Path dir, Map<String, String> truth) {
        Path page(String id) {
            return dir.resolve("html").resolve(id + ".html.gz");
        }
    }

    /** Our output on one page: the body, or empty with the refusal's code. */
    public record Extracted(String body, String status) {
    }

    private WideExtractionBenchmark() {
    }

    /** Where sets named without a path are looked for: PRECIS_SHARED (or ../shared)/eval-data/extraction-wide. */
    public static Path wideDir() {
        return ExtractionBenchmark.sharedDir().resolve("eval-data/extraction-wide");
    }

    /** The folders a {@code --set} argument stands for. */
    static List<Path> resolve(String arg) {
        if (arg.equals("all")) {
            return DEVELOPMENT_SETS.stream().map(wideDir()::resolve).toList();
        }
        Path p = Path.of(arg);
        if (!Files.isDirectory(p) && !p.isAbsolute() && Files.isDirectory(wideDir().resolve(arg))) {
            p = wideDir().resolve(arg);
        }
        return List.of(p);
    }

    public static PageSet load(Path dir) throws SetException {
        if (!Files.isDirectory(dir)) {
            throw new SetException("no such set folder: " + dir.toAbsolutePath().normalize()
                    + " (sets named without a path are looked for in " + wideDir().toAbsolutePath().normalize() + ")");
        }
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) {
            throw new SetException("malformed set " + dir + ": no ground-truth.json");
        }
        if (!Files.isDirectory(dir.resolve("html"))) {
            throw new SetException("malformed set " + dir + ": no html/ folder");
        }
        JsonNode root;
        try {
            root = JSON.readTree(gt.toFile());
        } catch (IOException e) {
            throw new SetException("malformed set " + dir + ": ground-truth.json is not JSON (" + firstLine(e) + ")");
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new SetException("malformed set " + dir + ": ground-truth.json is not a non-empty object");
        }
        Map<String, String> truth = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            if (body == null || !body.isTextual()) {
                throw new SetException("malformed set " + dir + ": page '" + e.getKey() + "' has no articleBody text");
            }
            truth.put(e.getKey(), body.asText());
        }
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        PageSet set = new PageSet(name, dir, truth);
        for (String id : truth.keySet()) {
            if (!Files.isRegularFile(set.page(id))) {
                throw new SetException("malformed set " + dir + ": page '" + id + "' has no html/" + id + ".html.gz");
            }
        }
        return set;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static byte[] read(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our extractor on every page of the set, in process; a refusal is an empty body with its code. */
    public static Map<String, Extracted> extract(Pipeline pipeline, PageSet set) {
        Map<String, Extracted> out = new LinkedHashMap<>();
        for (String id : set.truth().keySet()) {
            try {
                out.put(id, new Extracted(pipeline.clean(read(set.page(id)), "text/html", null).bodyText(), "ok"));
            } catch (PrecisException e) {
                out.put(id, new Extracted("", e.code().name()));
            }
        }
        return out;
    }

    /** A peer's output on the set from {@code <set>/../output/<peer>/<set>.json.gz}, or null if it has none. */
    static Map<String, String> peer(PageSet set, String peer) throws IOException {
        Path file = set.dir().toAbsolutePath().normalize().resolveSibling("output").resolve(peer)
                .resolve(set.name() + ".json.gz");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode root = JSON.readTree(new String(read(file), StandardCharsets.UTF_8));
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : set.truth().keySet()) {
            JsonNode body = root.path(id).get("articleBody");
            out.put(id, body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }

    static List<String> peers(List<PageSet> sets) throws IOException {
        List<String> out = new ArrayList<>();
        for (PageSet s : sets) {
            Path dir = s.dir().toAbsolutePath().normalize().resolveSibling("output");
            if (Files.isDirectory(dir)) {
                try (var list = Files.list(dir)) {
                    list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                            .filter(p -> !out.contains(p)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** One system's scores on one set. */
    record SetScores(List<WcebScore.PageScore> rouge, List<ExtractionScore.DocScore> shingles) {
        double rougeMean() {
            return rouge.stream().mapToDouble(WcebScore.PageScore::f1).average().orElse(0);
        }
    }

    static SetScores score(WcebScore wceb, PageSet set, Map<String, String> output) {
        List<WcebScore.PageScore> rouge = new ArrayList<>();
        List<ExtractionScore.DocScore> shingles = new ArrayList<>();
        set.truth().forEach((id, truth) -> {
            String out = output.getOrDefault(id, "");
            rouge.add(wceb.score(truth, out));
            shingles.add(shingleScore(truth, out));
        });
        return new SetScores(rouge, shingles);
    }

    /**
     * The 4-shingle metric, with SOURCE.md's rule for an empty truth (recall 1) that the
     * 181-page benchmark, which has none, never needed.
     */
    static ExtractionScore.DocScore shingleScore(String truth, String output) {
        if (ExtractionScore.tokens(truth).isEmpty()) {
            boolean noOutput = ExtractionScore.tokens(output).isEmpty();
            return new ExtractionScore.DocScore(noOutput ? null : 0.0, 1.0, noOutput);
        }
        return ExtractionScore.score(truth, output);
    }

    static WcebScore scorer() throws IOException {
        return new WcebScore(Punkt.load(wideDir().resolve("punkt-english.json")));
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (SetException e) {
            System.err.println("precis: eval extraction: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("precis: eval extraction: " + firstLine(e));
            System.exit(1);
        }
    }

    static int run(String[] args) throws SetException, IOException {
        List<Path> dirs = new ArrayList<>();
        Path perPage = null;
        boolean peersOnly = false;
        boolean noPeers = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> {
                    if (i + 1 >= args.length) {
                        throw new SetException("--set needs a folder (or a set name, or 'all')");
                    }
                    dirs.addAll(resolve(args[++i]));
                }
                case "--per-page" -> {
                    if (i + 1 >= args.length) {
                        throw new SetException("--per-page needs a file name");
                    }
                    perPage = Path.of(args[++i]);
                }
                case "--peers-only" -> peersOnly = true;
                case "--no-peers" -> noPeers = true;
                default -> throw new SetException("unknown argument '" + args[i]
                        + "' (usage: eval extraction --set DIR [--set DIR ...] [--per-page OUT.tsv])");
            }
        }
        if (!Files.isRegularFile(wideDir().resolve("punkt-english.json"))) {
            throw new SetException("no Punkt parameters at " + wideDir().toAbsolutePath().normalize()
                    .resolve("punkt-english.json") + " (set PRECIS_SHARED to the shared folder)");
        }
        List<PageSet> sets = new ArrayList<>();
        for (Path d : dirs) {
            sets.add(load(d));
        }
        System.out.println("data: " + sets.stream().map(s -> s.dir().toAbsolutePath().normalize().toString())
                .toList() + "; Punkt parameters: " + wideDir().toAbsolutePath().normalize().resolve("punkt-english.json"));
        WcebScore wceb = scorer();
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

        Map<String, List<SetScores>> rows = new LinkedHashMap<>();
        List<Map<String, Extracted>> ours = new ArrayList<>();
        List<SetScores> precis = new ArrayList<>();
        for (PageSet s : sets) {
            Map<String, Extracted> ex = peersOnly ? Map.of() : extract(pipeline, s);
            ours.add(ex);
            Map<String, String> bodies = new LinkedHashMap<>();
            ex.forEach((k, v) -> bodies.put(k, v.body()));
            precis.add(score(wceb, s, bodies));
        }
        if (!peersOnly) {
            rows.put("precis", precis);
        }
        for (String peer : noPeers ? List.<String>of() : peers(sets)) {
            List<SetScores> scores = new ArrayList<>();
            for (PageSet s : sets) {
                Map<String, String> out = peer(s, peer);
                scores.add(out == null ? null : score(wceb, s, out));
            }
            rows.put(peer, scores);
        }
        print(sets, rows, ours);
        if (perPage != null && !peersOnly) {
            writePerPage(perPage, sets, ours, precis);
            System.out.println("per-page scores: " + perPage);
        }
        return 0;
    }

    private static void print(List<PageSet> sets, Map<String, List<SetScores>> rows, List<Map<String, Extracted>> ours) {
        StringBuilder head = new StringBuilder(String.format("%-26s", "ROUGE-LSum F1 (WCEB)"));
        sets.forEach(s -> head.append(String.format(" %15s", s.name() + " (" + s.truth().size() + ")")));
        head.append(String.format(" %15s", "pooled"));
        System.out.println(head);
        rows.forEach((name, scores) -> System.out.println(line(name, scores, true)));
        PUBLISHED.forEach((name, figures) -> {
            StringBuilder b = new StringBuilder(String.format("%-26s", name));
            boolean any = false;
            for (PageSet s : sets) {
                int k = DEVELOPMENT_SETS.indexOf(s.name());
                double f = k < 0 ? Double.NaN : figures[k];
                any |= !Double.isNaN(f);
                b.append(Double.isNaN(f) ? String.format(" %15s", "-") : String.format(" %15.3f", f));
            }
            if (any) {
                System.out.println(b.append(String.format(" %15s", "-")));
            }
        });
        System.out.println();
        StringBuilder head2 = new StringBuilder(String.format("%-26s", "4-shingle F1"));
        sets.forEach(s -> head2.append(String.format(" %15s", s.name())));
        head2.append(String.format(" %15s", "pooled"));
        System.out.println(head2);
        rows.forEach((name, scores) -> System.out.println(line(name, scores, false)));
        System.out.println();
        StringBuilder refused = new StringBuilder(String.format("%-26s", "precis refused (pages)"));
        int total = 0;
        int pages = 0;
        for (Map<String, Extracted> ex : ours) {
            if (ex.isEmpty()) {
                return;
            }
            long n = ex.values().stream().filter(e -> !e.status().equals("ok")).count();
            refused.append(String.format(" %15s", n + String.format(" (%.1f%%)", 100.0 * n / ex.size())));
            total += n;
            pages += ex.size();
        }
        System.out.println(refused.append(String.format(" %15s", total + String.format(" (%.1f%%)", 100.0 * total / pages))));
    }

    private static String line(String name, List<SetScores> scores, boolean rouge) {
        StringBuilder b = new StringBuilder(String.format("%-26s", name));
        List<WcebScore.PageScore> pooledRouge = new ArrayList<>();
        List<ExtractionScore.DocScore> pooledShingles = new ArrayList<>();
        boolean complete = true;
        for (SetScores s : scores) {
            if (s == null) {
                b.append(String.format(" %15s", "-"));
                complete = false;
                continue;
            }
            pooledRouge.addAll(s.rouge());
            pooledShingles.addAll(s.shingles());
            b.append(String.format(" %15.3f", rouge ? s.rougeMean() : ExtractionScore.corpus(s.shingles()).f1()));
        }
        if (!complete) {
            return b.append(String.format(" %15s", "-")).toString();
        }
        double pooled = rouge ? new SetScores(pooledRouge, pooledShingles).rougeMean()
                : ExtractionScore.corpus(pooledShingles).f1();
        return b.append(String.format(" %15.3f", pooled)).toString();
    }

    private static void writePerPage(Path file, List<PageSet> sets, List<Map<String, Extracted>> ours,
            List<SetScores> scores) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("set\tpage\trouge_f1\trouge_p\trouge_r\tshingle_p\tshingle_r\ttruth_words\toutput_words\tstatus");
            for (int k = 0; k < sets.size(); k++) {
                PageSet s = sets.get(k);
                int i = 0;
                for (Map.Entry<String, String> e : s.truth().entrySet()) {
                    Extracted ex = ours.get(k).get(e.getKey());
                    WcebScore.PageScore r = scores.get(k).rouge().get(i);
                    ExtractionScore.DocScore d = scores.get(k).shingles().get(i);
                    w.printf("%s\t%s\t%.4f\t%.4f\t%.4f\t%s\t%.4f\t%d\t%d\t%s%n", s.name(), e.getKey(), r.f1(),
                            r.precision(), r.recall(), d.precision() == null ? "-" : String.format("%.4f", d.precision()),
                            d.recall(), words(e.getValue()), words(ex.body()), ex.status());
                    i++;
                }
            }
        }
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
