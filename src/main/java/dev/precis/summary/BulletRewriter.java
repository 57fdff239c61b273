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

import static dev.precis.summary.SummaryHeuristics.REFERENT_WINDOW;
import static dev.precis.summary.SummaryHeuristics.UNNAMED_PEOPLE;

/**
 * Makes a sentence stand alone as a bullet where that is safe: a leading "And"/"But" is
 * dropped, and a leading "He"/"She"/"His"/"Her" becomes a person's name only when no one else
 * could be meant (a wrong name is worse than a pronoun). Quotations and the rest of the
 * sentence are never touched.
 */
final class BulletRewriter {

    /** Connectives that can be dropped without changing what the sentence says. */
    private static final Set<String> DROPPABLE = WordSets.of("and", "but", "however", "also", "yet", "so",
            "meanwhile", "still", "now");
    private static final Set<String> SUBJECT_PRONOUNS = WordSets.of("he", "she");
    private static final Set<String> POSSESSIVE_PRONOUNS = WordSets.of("his", "her");
    private static final Set<String> MASCULINE = WordSets.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = WordSets.of("she", "her", "hers", "herself");

    /** The sentence as a bullet, and whether it still opens pointing back. */
    record Rewritten(String text, boolean pointsBack) {
    }

    Rewritten rewrite(Sentence s, EntityAnalysis analysis, List<Sentence> sentences) {
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
            Entity person = certainReferent(s, analysis, sentences, lower.equals("she") || lower.equals("her"));
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

    /**
     * The person a sentence-opening pronoun must mean, or null unless that is certain: the whole
     * article before the sentence names exactly one person, nothing close by or recurring that
     * might be one,
     * and names them in the last {@link SummaryHeuristics#REFERENT_WINDOW} sentences, and neither
     * holds an unnamed person ("his wife", "the judge") nor a pronoun of the other gender.
     */
    private static Entity certainReferent(Sentence s, EntityAnalysis analysis, List<Sentence> sentences,
            boolean feminine) {
        if (s.index() == 0) {
            return null;
        }
        Entity found = null;
        int foundIndex = -1;
        List<Entity> entities = analysis.entities();
        int[] seenBefore = new int[entities.size()];
        for (int i = 0; i < s.index(); i++) {
            for (int e : analysis.bySentence().get(i)) {
                Entity entity = entities.get(e);
                if (entity.kind() == EntityKind.PLACE || entity.kind() == EntityKind.ORGANIZATION) {
                    continue;
                }
                if (entity.kind() != EntityKind.PERSON) {
                    if (i >= s.index() - REFERENT_WINDOW || ++seenBefore[e] > 1) {
                        return null;  // a name close by, or a recurring one, that may be a person's
                    }
                    continue;
                }
                if (found != null && found != entity) {
                    return null;  // a second person
                }
                found = entity;
                foundIndex = e;
            }
        }
        if (found == null) {
            return null;
        }
        boolean recent = false;
        for (int i = Math.max(0, s.index() - REFERENT_WINDOW); i < s.index(); i++) {
            recent |= analysis.bySentence().get(i).contains(foundIndex);
        }
        if (!recent) {
            return null;
        }
        Set<String> otherGender = feminine ? MASCULINE : FEMININE;
        for (int i = 0; i < s.index(); i++) {
            for (String word : sentences.get(i).words()) {
                String w = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
                if (otherGender.contains(w) || (i >= s.index() - REFERENT_WINDOW && UNNAMED_PEOPLE.contains(w))) {
                    return null;
                }
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
