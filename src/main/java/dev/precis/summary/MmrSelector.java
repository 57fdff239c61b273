package dev.precis.summary;

import java.util.ArrayList;
import java.util.List;

import static dev.precis.summary.SummaryHeuristics.MAX_SIMILARITY;
import static dev.precis.summary.SummaryHeuristics.MMR_LAMBDA;

/**
 * Maximal marginal relevance: picks the bullets one at a time, each the best trade of its score
 * (as a share of the top score) against its likeness to those already chosen; a near repeat of
 * a chosen one is never picked.
 */
final class MmrSelector {

    private final List<Candidate> candidates;
    /** The top score, which scores are measured against. */
    private final double max;
    private final boolean[] taken;
    /** Each candidate's highest similarity to what is chosen, updated once per pick. */
    private final double[] similarityToChosen;

    private MmrSelector(List<Candidate> candidates) {
        this.candidates = candidates;
        this.max = topScore(candidates);
        this.taken = new boolean[candidates.size()];
        this.similarityToChosen = new double[candidates.size()];
    }

    /** Up to n candidates, in the order they were picked (best first). */
    static List<Candidate> select(List<Candidate> candidates, int n) {
        return new MmrSelector(candidates).pick(n);
    }

    private static double topScore(List<Candidate> candidates) {
        double max = candidates.isEmpty() ? 1 : Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            max = Math.max(max, c.score());
        }
        return max;
    }

    private List<Candidate> pick(int n) {
        List<Candidate> chosen = new ArrayList<>(n);
        while (chosen.size() < n) {
            int best = best();
            if (best < 0) {
                break;
            }
            Candidate picked = candidates.get(best);
            chosen.add(picked);
            taken[best] = true;
            if (chosen.size() < n) {
                noteSimilarityTo(picked);
            }
        }
        return chosen;
    }

    /** The index of the untaken, unrepeated candidate of the highest marginal relevance; -1 when none is left. */
    private int best() {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < candidates.size(); k++) {
            if (taken[k] || similarityToChosen[k] > MAX_SIMILARITY) {
                continue;
            }
            double value = MMR_LAMBDA * (max > 0 ? candidates.get(k).score() / max : 0)
                    - (1 - MMR_LAMBDA) * similarityToChosen[k];
            if (value > bestValue) {
                bestValue = value;
                best = k;
            }
        }
        return best;
    }

    private void noteSimilarityTo(Candidate picked) {
        for (int k = 0; k < candidates.size(); k++) {
            if (!taken[k]) {
                similarityToChosen[k] = Math.max(similarityToChosen[k], candidates.get(k).vector().cosine(picked.vector()));
            }
        }
    }
}
