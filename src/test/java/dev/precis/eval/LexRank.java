package dev.precis.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LexRank as Erkan and Radev define it (JAIR 2004, section 3.3, "LexRank with threshold"):
 * idf-modified cosine between sentences, an edge wherever it reaches 0.1, each row divided by
 * its degree, then PageRank with jump probability 0.15 by the power method. The idf is taken
 * over the article's own sentences (as sumy does with one document). Top N in article order.
 */
final class LexRank {

    static final double THRESHOLD = 0.1;
    static final double DAMPING = 0.85;
    static final double CONVERGENCE = 1e-4;
    static final int MAX_ITERATIONS = 200;

    static List<Integer> pick(List<List<String>> sentenceWords, int n) {
        int size = sentenceWords.size();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<String> words : sentenceWords) {
            for (String w : new HashSet<>(words)) {
                documentFrequency.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
            idf.put(e.getKey(), Math.log((double) size / e.getValue()));
        }
        List<Map<String, Integer>> tf = sentenceWords.stream().map(LexRank::counts).toList();
        double[][] edges = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                // Every sentence is similar to itself (cosine 1), as in the paper's matrices.
                double sim = i == j ? 1 : idfCosine(tf.get(i), tf.get(j), idf);
                edges[i][j] = sim >= THRESHOLD ? 1 : 0;
            }
        }
        return TextRank.top(Graph.rank(edges, DAMPING, CONVERGENCE, MAX_ITERATIONS), n);
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) {
            m.merge(w, 1, Integer::sum);
        }
        return m;
    }

    /** Equation 4 of the paper. */
    static double idfCosine(Map<String, Integer> x, Map<String, Integer> y, Map<String, Double> idf) {
        double numerator = 0;
        Set<String> shared = new HashSet<>(x.keySet());
        shared.retainAll(y.keySet());
        for (String w : shared) {
            double v = idf.getOrDefault(w, 0.0);
            numerator += x.get(w) * y.get(w) * v * v;
        }
        double nx = norm(x, idf);
        double ny = norm(y, idf);
        return nx == 0 || ny == 0 ? 0 : numerator / (nx * ny);
    }

    private static double norm(Map<String, Integer> x, Map<String, Double> idf) {
        double s = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            double v = e.getValue() * idf.getOrDefault(e.getKey(), 0.0);
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private LexRank() {
    }
}
