package dev.precis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.precis.entity.Entity;
import dev.precis.text.Sentence;

import static dev.precis.summary.SummaryHeuristics.HEADLINE_CANDIDATES;

/**
 * A headline where the article has no title: a short clause from the best sentences, preferring
 * one that names the top entity; a sentence is cut only where a clause ends (a comma, a dash,
 * "after", "which"). Only when no sentence has such a clause are its opening words cut with "…".
 */
final class HeadlineDeriver {

    private HeadlineDeriver() {
    }

    /** The headline from the chosen bullets and the best-scored candidates; {@code top} may be null. */
    static String derive(List<Candidate> chosen, List<Candidate> candidates, List<Sentence> sentences, Entity top) {
        List<Candidate> order = inOrderTried(chosen, candidates);
        String fallback = null;
        for (Candidate c : order) {
            String clause = HeadlineClause.of(c.text());
            if (clause == null) {
                continue;
            }
            if (top == null || names(clause, top)) {
                return clause;
            }
            if (fallback == null) {
                fallback = clause;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        String source = order.isEmpty() ? (sentences.isEmpty() ? "" : sentences.get(0).text()) : order.get(0).text();
        return HeadlineClause.cut(source);
    }

    /**
     * The chosen bullets by score, then the best of the other candidates by score. The chosen are
     * the very objects in {@code candidates}, so a candidate already tried is found by identity.
     */
    private static List<Candidate> inOrderTried(List<Candidate> chosen, List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(chosen);
        order.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> byScore = new ArrayList<>(candidates);
        byScore.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : byScore.subList(0, Math.min(HEADLINE_CANDIDATES, byScore.size()))) {
            if (!containsSame(order, c)) {
                order.add(c);
            }
        }
        return order;
    }

    /** Whether {@code list} holds {@code c} itself (not an equal record). */
    private static boolean containsSame(List<Candidate> list, Candidate c) {
        for (Candidate o : list) {
            if (o == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String text, Entity e) {
        for (String alias : e.aliases()) {
            if (text.contains(alias)) {
                return true;
            }
        }
        return text.contains(e.name());
    }
}
