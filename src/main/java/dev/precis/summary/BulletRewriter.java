package dev.precis.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.precis.entity.Entity;
import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityKind;
import dev.precis.text.Sentence;
import dev.precis.text.Whitespace;
import dev.precis.text.WordSets;

/**
 * Makes a sentence stand alone as a bullet where that is safe: a leading "And"/"But" is
 * dropped, and a leading "He"/"She"/"His"/"Her" becomes the person the previous sentence
 * names, when it names exactly one. Quotations and the rest of the sentence are never touched.
 */
final class BulletRewriter {

    /** Connectives that can be dropped without changing what the sentence says. */
    private static final Set<String> DROPPABLE = WordSets.of("and", "but", "however", "also", "yet", "so",
            "meanwhile", "still", "now");
    private static final Set<String> SUBJECT_PRONOUNS = WordSets.of("he", "she");
    private static final Set<String> POSSESSIVE_PRONOUNS = WordSets.of("his", "her");

    /** The sentence as a bullet, and whether it still opens pointing back. */
    record Rewritten(String text, boolean pointsBack) {
    }

    Rewritten rewrite(Sentence s, EntityAnalysis analysis) {
        String text = s.text();
        String first = firstWord(text);
        String lower = first.toLowerCase(Locale.ROOT);
        if (DROPPABLE.contains(lower) && text.length() > first.length() + 1) {
            String rest = stripLeading(text.substring(first.length()));
            if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                text = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                first = firstWord(text);
                lower = first.toLowerCase(Locale.ROOT);
            }
        }
        if (SUBJECT_PRONOUNS.contains(lower) || POSSESSIVE_PRONOUNS.contains(lower)) {
            Entity person = onlyPersonBefore(s, analysis);
            if (person != null) {
                // At the start of a sentence "Her" is possessive ("Her lawyer said ..."), like "His".
                String name = person.name();
                String replacement = POSSESSIVE_PRONOUNS.contains(lower)
                        ? name + (name.endsWith("s") ? "’" : "’s") : name;
                text = replacement + text.substring(first.length());
                lower = "";
            }
        }
        return new Rewritten(text, SummaryHeuristics.POINTS_BACK.contains(lower) || opensWithQuotedBackReference(text));
    }

    private static boolean opensWithQuotedBackReference(String text) {
        if (text.isEmpty() || "“\"‘'".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        String inner = firstWord(text.substring(1)).toLowerCase(Locale.ROOT);
        return SummaryHeuristics.POINTS_BACK.contains(inner);
    }

    /** The one person the previous sentence names, or null when it names none or several. */
    private static Entity onlyPersonBefore(Sentence s, EntityAnalysis analysis) {
        if (s.index() == 0) {
            return null;
        }
        List<Integer> previous = analysis.bySentence().get(s.index() - 1);
        Entity found = null;
        for (int e : previous) {
            Entity entity = analysis.entities().get(e);
            if (entity.kind() == EntityKind.PERSON) {
                if (found != null) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i > 0) {
            return "";
        }
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\'')) {
            j++;
        }
        return text.substring(i, j);
    }

    /** Drops the commas and spaces left at the front once a leading word is removed. */
    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ',' || Whitespace.isSpace(s.charAt(i)))) {
            i++;
        }
        return s.substring(i);
    }
}
