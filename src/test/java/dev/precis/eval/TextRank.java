package dev.precis.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank for sentence extraction as Mihalcea and Tarau define it (EMNLP 2004, section 4):
 * sentences are vertices, an edge's weight is the count of shared words over
 * log|Si| + log|Sj|, ranked by weighted PageRank (d = 0.85) until no score moves by more than
 * 0.0001; the top N are returned in article order. Words are stemmed content words.
 */
final class TextRank {

    static final double DAMPING = 0.85;
    static final double CONVERGENCE = 1e-4;
    static final int MAX_ITERATIONS = 200;

    /** Indices of the n best sentences, in article order. */
    static List<Integer> pick(List<List<String>> sentenceWords, int n) {
        int size = sentenceWords.size();
        List<Set<String>> sets = new ArrayList<>(size);
        for (List<String> w : sentenceWords) {
            sets.add(new HashSet<>(w));
        }
        double[][] weight = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                int li = sentenceWords.get(i).size();
                int lj = sentenceWords.get(j).size();
                double denominator = Math.log(li) + Math.log(lj);
                if (li == 0 || lj == 0 || denominator <= 0) {
                    continue;
                }
                int shared = 0;
                for (String w : sets.get(i)) {
                    shared += sets.get(j).contains(w) ? 1 : 0;
                }
                weight[i][j] = weight[j][i] = shared / denominator;
            }
        }
        return top(Graph.rank(weight, DAMPING, CONVERGENCE, MAX_ITERATIONS), n);
    }

    /** The n highest-scoring indices (earlier first on ties), in article order. */
    static List<Integer> top(double[] scores, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(n, order.size())));
        chosen.sort(Integer::compare);
        return chosen;
    }

    private TextRank() {
    }
}
