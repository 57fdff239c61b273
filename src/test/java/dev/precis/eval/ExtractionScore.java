package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as its SOURCE.md describes it: case-sensitive
 * {@code \w+} tokens (Python's Unicode sense), 4-token shingles as a multiset, per-document
 * precision and recall, macro averages, F1 of the averages, exact-token accuracy.
 */
public final class ExtractionScore {

    /** Python's {@code \w}: letters, all numerics, underscore; not combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    static final int SHINGLE = 4;

    /** Precision is null when the prediction yields no shingle (then it is left out of P). */
    public record DocScore(Double precision, double recall, boolean exact) {
    }

    public record Corpus(double precision, double recall, double f1, double accuracy) {
    }

    private ExtractionScore() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int n = tokens.size();
        for (int i = 0; i < Math.max(1, n - SHINGLE + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(i + SHINGLE, n));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    public static DocScore score(String truth, String prediction) {
        List<String> gt = tokens(truth);
        List<String> pr = tokens(prediction);
        Map<List<String>, Integer> g = shingles(gt);
        Map<List<String>, Integer> p = shingles(pr);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        Set<List<String>> all = new HashSet<>(g.keySet());
        all.addAll(p.keySet());
        for (List<String> s : all) {
            int a = g.getOrDefault(s, 0);
            int b = p.getOrDefault(s, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        boolean exact = gt.equals(pr);
        if (fp == 0 && fn == 0) {
            return new DocScore(1.0, 1.0, exact);
        }
        Double precision = tp + fp > 0 ? (double) tp / (tp + fp) : null;
        double recall = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
        return new DocScore(precision, recall, exact);
    }

    public static Corpus corpus(List<DocScore> docs) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int exact = 0;
        for (DocScore d : docs) {
            if (d.precision() != null) {
                p += d.precision();
                pn++;
            }
            r += d.recall();
            exact += d.exact() ? 1 : 0;
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = docs.isEmpty() ? 0 : r / docs.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Corpus(precision, recall, f1, docs.isEmpty() ? 0 : (double) exact / docs.size());
    }

    /** Sample standard deviation of each figure over bootstrap resamples (seeded, so repeatable). */
    public static Corpus bootstrapSigma(List<DocScore> docs, int resamples, long seed) {
        Random random = new Random(seed);
        double[][] v = new double[4][resamples];
        for (int i = 0; i < resamples; i++) {
            List<DocScore> sample = new ArrayList<>(docs.size());
            for (int k = 0; k < docs.size(); k++) {
                sample.add(docs.get(random.nextInt(docs.size())));
            }
            Corpus c = corpus(sample);
            v[0][i] = c.precision();
            v[1][i] = c.recall();
            v[2][i] = c.f1();
            v[3][i] = c.accuracy();
        }
        return new Corpus(sd(v[0]), sd(v[1]), sd(v[2]), sd(v[3]));
    }

    private static double sd(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (xs.length - 1));
    }
}
