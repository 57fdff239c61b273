package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.CHARS_PER_POINT;
import static dev.precis.clean.CleanHeuristics.COMMAS;
import static dev.precis.clean.CleanHeuristics.GRANDPARENT_SHARE;
import static dev.precis.clean.CleanHeuristics.MAX_ANCESTOR_WALK;
import static dev.precis.clean.CleanHeuristics.MAX_CANDIDATES;
import static dev.precis.clean.CleanHeuristics.MAX_LENGTH_POINTS;
import static dev.precis.clean.CleanHeuristics.MIN_RIVALS;
import static dev.precis.clean.CleanHeuristics.MIN_SCORED_CHARS;
import static dev.precis.clean.CleanHeuristics.MIN_SIBLING_SCORE;
import static dev.precis.clean.CleanHeuristics.NAMED_ARTICLE_SHARE;
import static dev.precis.clean.CleanHeuristics.PARAGRAPH_BASE;
import static dev.precis.clean.CleanHeuristics.PER_COMMA;
import static dev.precis.clean.CleanHeuristics.RIVAL_SHARE;
import static dev.precis.clean.CleanHeuristics.SIBLING_PARAGRAPH_CHARS;
import static dev.precis.clean.CleanHeuristics.SIBLING_PARAGRAPH_LINK_DENSITY;
import static dev.precis.clean.CleanHeuristics.SIBLING_SHARE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The second extraction stage (Readability.js's candidate scoring): each prose block votes for
 * its parent and grandparent; the strongest candidates are weighed by link density and class
 * name; the winner is promoted to the ancestor of an article split over several containers, and
 * joined by siblings that score close to it.
 */
final class ContentScorer {

    /** The elements, in document order, whose paragraphs make up the article; {@code blocks} from {@link Pruner}. */
    List<Element> mainContent(Element body, List<Block> blocks) {
        Candidates candidates = candidates(blocks);
        if (candidates.top() == null) {
            return List.of(body);
        }
        Map<Element, Double> scores = candidates.scores();
        Element top = promote(candidates.top(), candidates.best(), scores, body);
        double best = Math.max(candidates.best(), scores.getOrDefault(top, candidates.best()));
        return withSiblings(top, best, scores);
    }

    /** The strongest candidates' scores, and the first of them with the highest score (null if none). */
    private record Candidates(Map<Element, Double> scores, Element top, double best) {
    }

    /**
     * The {@code MAX_CANDIDATES} containers the blocks vote for most, each score weighed by the
     * share of its text outside links and by its class name. Link density costs a walk of the
     * candidate's subtree: only the strongest pay it.
     */
    private static Candidates candidates(List<Block> blocks) {
        // Insertion order (the document order of each container's first vote) breaks ties between
        // equal votes the same way on every run; an identity map's order changes from run to run.
        // jsoup's elements are equal only to themselves, so a linked map keys them by identity too.
        Map<Element, Double> votes = new LinkedHashMap<>();
        for (Block b : blocks) {
            vote(b, votes);
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Map<Element, Double> scores = new IdentityHashMap<>();
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - LinkDensity.of(candidate)) + ClassNames.weight(candidate);
            scores.put(candidate, score);
            if (score > best) {
                best = score;
                top = candidate;
            }
        }
        return new Candidates(scores, top, best);
    }

    /** A block's vote: a base per paragraph, a point per comma, up to three for length; half to the grandparent. */
    private static void vote(Block block, Map<Element, Double> scores) {
        Element paragraph = block.element();
        String text = block.text();
        if (text.length() < MIN_SCORED_CHARS) {
            return;
        }
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (COMMAS.indexOf(c) >= 0) {
                commas++;
            }
        }
        double vote = PARAGRAPH_BASE + commas * PER_COMMA
                + Math.min((double) text.length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
        Element parent = paragraph.parent();
        if (parent == null) {
            return;
        }
        scores.merge(parent, vote, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
            scores.merge(grandparent, vote * GRANDPARENT_SHARE, Double::sum);
        }
    }

    /**
     * An article split over several containers (one per few paragraphs) scores as several
     * near-equal candidates: when enough of them share an ancestor, that ancestor is the article.
     * When the page named the winner its article (a LIKELY_NAMES class), the wrappers around it are
     * no rivals: they score through its own paragraphs (half of each vote goes to the grandparent),
     * and counting them would widen a named story to the page around it (a footer, a rail).
     */
    private static Element promote(Element top, double best, Map<Element, Double> scores, Element body) {
        List<Element> rivals = new ArrayList<>();
        boolean named = ClassNames.weight(top) > 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element r = e.getKey();
            if (r != top && e.getValue() >= best * RIVAL_SHARE && !(named && isAncestor(r, top))) {
                rivals.add(r);
            }
        }
        if (rivals.size() < MIN_RIVALS || isNamedArticle(top, rivals)) {
            return top;
        }
        int level = 0;
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body && level++ < MAX_ANCESTOR_WALK;
                ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                if (isAncestor(ancestor, r)) {
                    inside++;
                }
            }
            if (inside >= MIN_RIVALS) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * The page named the winner as its article (a LIKELY_NAMES class) and it holds more text than
     * its rivals outside it together: the rivals are other columns (a rail of teasers), not more of
     * the article. A named lede shorter than the sections around it is still promoted.
     */
    private static boolean isNamedArticle(Element top, List<Element> rivals) {
        if (ClassNames.weight(top) <= 0) {
            return false;
        }
        long others = 0;
        for (Element r : rivals) {
            if (!isAncestor(r, top) && !isAncestor(top, r)) {
                others += r.text().length();
            }
        }
        return top.text().length() * NAMED_ARTICLE_SHARE > others;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        int level = 0;
        for (Element a = e.parent(); a != null && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The winner and, in document order, its siblings that score close to it or are long
     * paragraphs of prose (a lede set apart from the story's container).
     */
    private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            if (s != null && s >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                if (text.length() > SIBLING_PARAGRAPH_CHARS && LinkDensity.of(sibling) < SIBLING_PARAGRAPH_LINK_DENSITY) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }
}
