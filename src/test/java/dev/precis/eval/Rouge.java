package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE as Google's rouge-score computes it (SOURCE.md of the summarization set): lower-case,
 * non-alphanumerics to spaces, Porter stems for tokens longer than 3 characters; ROUGE-N by
 * clipped n-gram overlap, ROUGE-L by LCS, ROUGE-Lsum by the union LCS per reference sentence.
 */
public final class Rouge {

    /** Precision, recall and F-measure, each in [0,1]. */
    public record Score(double precision, double recall, double f) {
        static Score of(double p, double r) {
            return new Score(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    private final PorterStemmer stemmer;

    public Rouge(PorterStemmer stemmer) {
        this.stemmer = stemmer;
    }

    public List<String> tokenize(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        List<String> out = new ArrayList<>();
        if (cleaned.isEmpty()) {
            return out;
        }
        for (String t : cleaned.split("\\s+")) {
            out.add(stemmer != null && t.length() > 3 ? stemmer.stem(t) : t);
        }
        return out;
    }

    public Score rougeN(String reference, String prediction, int n) {
        Map<List<String>, Integer> ref = ngrams(tokenize(reference), n);
        Map<List<String>, Integer> pred = ngrams(tokenize(prediction), n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
            overlap += Math.min(e.getValue(), pred.getOrDefault(e.getKey(), 0));
        }
        int refCount = ref.values().stream().mapToInt(Integer::intValue).sum();
        int predCount = pred.values().stream().mapToInt(Integer::intValue).sum();
        return Score.of((double) overlap / Math.max(predCount, 1), (double) overlap / Math.max(refCount, 1));
    }

    public Score rougeL(String reference, String prediction) {
        List<String> ref = tokenize(reference);
        List<String> pred = tokenize(prediction);
        if (ref.isEmpty() || pred.isEmpty()) {
            return Score.of(0, 0);
        }
        int lcs = lcsTable(ref, pred)[ref.size()][pred.size()];
        return Score.of((double) lcs / pred.size(), (double) lcs / ref.size());
    }

    /** Summary-level LCS over newline-separated sentences. */
    public Score rougeLsum(String reference, String prediction) {
        List<List<String>> refs = sentences(reference);
        List<List<String>> preds = sentences(prediction);
        int m = refs.stream().mapToInt(List::size).sum();
        int n = preds.stream().mapToInt(List::size).sum();
        if (refs.isEmpty() || preds.isEmpty() || m == 0 || n == 0) {
            return Score.of(0, 0);
        }
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> predCounts = new HashMap<>();
        refs.forEach(s -> s.forEach(t -> refCounts.merge(t, 1, Integer::sum)));
        preds.forEach(s -> s.forEach(t -> predCounts.merge(t, 1, Integer::sum)));
        int hits = 0;
        for (List<String> r : refs) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> c : preds) {
                union.addAll(lcsIndices(r, c));
            }
            for (int i : union) {
                String t = r.get(i);
                if (predCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    predCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return Score.of((double) hits / n, (double) hits / m);
    }

    private List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String s : text.split("\n")) {
            if (!s.isEmpty()) {
                out.add(tokenize(s));
            }
        }
        return out;
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static int[][] lcsTable(List<String> ref, List<String> can) {
        int[][] t = new int[ref.size() + 1][can.size() + 1];
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= can.size(); j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1)) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t;
    }

    /** Indices into {@code ref} of one LCS, backtracked the way rouge-score does it. */
    static List<Integer> lcsIndices(List<String> ref, List<String> can) {
        int[][] t = lcsTable(ref, can);
        List<Integer> out = new ArrayList<>();
        int i = ref.size();
        int j = can.size();
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                out.add(0, i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return out;
    }
}
