package dev.precis.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.clean.Article;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;

/**
 * Headline, byline and date against a set's {@code metadata.json} (Mozilla Readability's
 * {@code expected-metadata.json} shape: title, byline, publishedTime), with the matching rule of
 * issue 13: lower-cased, punctuation folded to spaces; a headline or byline agrees when one
 * contains the other; dates agree on their first 10 characters. A field counts only on pages
 * where the set gives it.
 *
 * <pre>./precis eval metadata --set DIR [--per-page OUT.tsv]</pre>
 */
public final class MetadataBenchmark {

    private MetadataBenchmark() {
    }

    /** Lower case, every run of punctuation and space one space, trimmed. */
    static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    }

    /** The rule for headlines and bylines: both non-empty after folding, one inside the other. */
    static boolean textAgrees(String expected, String actual) {
        String e = fold(expected);
        String a = fold(actual);
        return !e.isEmpty() && !a.isEmpty() && (e.contains(a) || a.contains(e));
    }

    static boolean dateAgrees(String expected, String actual) {
        return expected != null && actual != null && expected.length() >= 10 && actual.length() >= 10
                && expected.substring(0, 10).equals(actual.substring(0, 10));
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Path perPage = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--set") && i + 1 < args.length) {
                dir = WideExtractionBenchmark.resolve(args[++i]).get(0);
            } else if (args[i].equals("--per-page") && i + 1 < args.length) {
                perPage = Path.of(args[++i]);
            } else {
                fail("usage: eval metadata --set DIR [--per-page OUT.tsv]");
            }
        }
        if (dir == null) {
            dir = WideExtractionBenchmark.wideDir().resolve("readability");
        }
        Path file = dir.resolve("metadata.json");
        if (!Files.isRegularFile(file)) {
            fail("no metadata.json in " + dir.toAbsolutePath().normalize());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            fail("malformed " + file + ": not JSON");
            return;
        }
        if (root == null || !root.isObject()) {
            fail("malformed " + file + ": not an object of pages");
        }
        System.out.println("data: " + file.toAbsolutePath().normalize());
        Counts counts;
        try (PrintWriter w = perPage == null ? null
                : new PrintWriter(Files.newBufferedWriter(perPage, StandardCharsets.UTF_8))) {
            counts = score(dir, root, w);
        }
        int[] agree = counts.agree();
        int[] given = counts.given();
        System.out.println("rule: lower-cased, punctuation folded to spaces; headline and byline agree when one contains"
                + " the other; dates on their first 10 characters");
        for (int f = 0; f < 3; f++) {
            System.out.printf("%-9s %3d of %3d  (%.1f%%)%n", NAMES[f], agree[f], given[f],
                    given[f] == 0 ? 0 : 100.0 * agree[f] / given[f]);
        }
        if (perPage != null) {
            System.out.println("per-page: " + perPage);
        }
    }

    /** Per field (headline, byline, date): pages agreeing, and pages where the set gives the field. */
    record Counts(int[] agree, int[] given) {
    }

    static final String[] NAMES = {"headline", "byline", "date"};

    /** Scores every page of {@code root} (the set's metadata.json); a per-page line each when {@code w} is given. */
    static Counts score(Path dir, JsonNode root, PrintWriter w) {
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        int[] agree = new int[3];
        int[] given = new int[3];
        if (w != null) {
            w.println("page\tfield\tagrees\texpected\tours");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) {
                fail("malformed set " + dir + ": page '" + e.getKey() + "' has no html/" + e.getKey() + ".html.gz");
            }
            Article a = null;
            try {
                a = pipeline.clean(WideExtractionBenchmark.read(page), "text/html", null);
            } catch (PrecisException refused) {
                // every field given for this page counts as disagreeing
            }
            String[] expected = {text(e.getValue(), "title"), text(e.getValue(), "byline"),
                text(e.getValue(), "publishedTime")};
            String[] ours = {a == null ? null : a.headline(), a == null ? null : a.byline(),
                a == null ? null : a.published()};
            for (int f = 0; f < 3; f++) {
                if (expected[f] == null || expected[f].isBlank()) {
                    continue;
                }
                given[f]++;
                boolean ok = f == 2 ? dateAgrees(expected[f], ours[f]) : textAgrees(expected[f], ours[f]);
                agree[f] += ok ? 1 : 0;
                if (w != null) {
                    w.printf("%s\t%s\t%s\t%s\t%s%n", e.getKey(), NAMES[f], ok, oneLine(expected[f]), oneLine(ours[f]));
                }
            }
        }
        return new Counts(agree, given);
    }

    private static String text(JsonNode page, String field) {
        JsonNode v = page.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private static void fail(String message) {
        System.err.println("precis: eval metadata: " + message);
        System.exit(2);
    }
}
