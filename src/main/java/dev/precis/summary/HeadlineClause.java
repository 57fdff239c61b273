package dev.precis.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.precis.text.Whitespace;
import dev.precis.text.WordSets;

import static dev.precis.summary.SummaryHeuristics.HEADLINE_MAX_WORDS;
import static dev.precis.summary.SummaryHeuristics.HEADLINE_MIN_WORDS;

/** A headline made from a sentence: the sentence when short, or its first clause, never a phrase cut short. */
final class HeadlineClause {

    /** Words that open a new clause: cutting before one leaves a whole clause in front. */
    private static final Set<String> CLAUSE_OPENERS = WordSets.of("after", "while", "because", "when", "so",
            "following", "despite", "amid", "which", "who", "where", "before", "but", "since", "until", "although",
            "though", "if", "whereas", "saying", "according");
    /** Words a cut headline may not end on: they promise more. */
    private static final Set<String> DANGLING = WordSets.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "by", "with", "and", "or", "but", "from", "as", "that", "his", "her", "their", "its", "is", "was",
            "are", "were", "be", "has", "have", "had", "will", "would", "said", "says", "not", "into", "than",
            "this", "these", "who", "which", "about", "after", "over", "up", "new", "former", "mr", "mrs", "ms",
            "dr", "st", "more", "most", "very", "so", "also", "been", "being", "rather", "including", "such",
            "like", "both", "even", "just", "only", "become", "reading", "come", "make", "get", "give", "take", "its", "it's", "our", "my", "your");
    /**
     * Words that open a fronted phrase ("After deliberating for hours, the jury ..."): the
     * headline is what follows its comma, never the phrase itself.
     */
    private static final Set<String> FRONTED = WordSets.of("after", "on", "in", "with", "just", "even", "when",
            "as", "if", "while", "since", "before", "although", "though", "despite", "following", "during", "for",
            "at", "by", "from", "under", "over", "without", "within", "amid", "once", "until", "because",
            "according", "speaking", "asked", "earlier", "later", "last", "this", "now", "today", "yesterday",
            "meanwhile", "however", "instead", "still", "take", "then", "here", "there", "to", "like", "unlike",
            "among", "throughout", "upon", "into", "against", "beyond", "besides", "apart");
    /** A dateline or agency tag in front of the sentence: "PORT CALDER, March 3 — ", "LONDON (Reuters) - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’-]{2,}(\\([^)]{1,30}\\))?(,[^—–-]{1,25})?\\s*[—–-]{1,2}\\s+");

    private HeadlineClause() {
    }

    /** The headline this sentence makes without cutting a phrase, or null when it makes none. */
    static String of(String sentence) {
        String text = DATELINE.matcher(sentence.strip()).replaceFirst("");
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        List<String> words = Whitespace.split(text, 200);
        if (FRONTED.contains(lastWord(words.get(0)))) {
            // The main clause after the fronted phrase's comma, if the phrase is short.
            for (int i = 1; i < Math.min(words.size() - 1, HEADLINE_MAX_WORDS); i++) {
                if (words.get(i).endsWith(",")) {
                    String rest = String.join(" ", words.subList(i + 1, words.size()));
                    if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))
                            || FRONTED.contains(lastWord(words.get(i + 1)))) {
                        return null;
                    }
                    return of(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
                }
            }
            return null;
        }
        if (words.size() < HEADLINE_MIN_WORDS) {
            return null;
        }
        if (words.size() <= HEADLINE_MAX_WORDS) {
            return balanced(trimEnd(text));
        }
        for (int i = Math.min(HEADLINE_MAX_WORDS, words.size() - 1); i >= HEADLINE_MIN_WORDS; i--) {
            String before = words.get(i - 1);
            String next = words.get(i).toLowerCase(Locale.ROOT);
            boolean boundary = before.endsWith(",") || before.endsWith(";") || before.endsWith(":")
                    || next.equals("—") || next.equals("–") || next.equals("-") || CLAUSE_OPENERS.contains(next);
            if (boundary) {
                String clause = trimEnd(String.join(" ", words.subList(0, i)));
                String last = lastWord(clause);
                if (!DANGLING.contains(last) && balanced(clause) != null) {
                    return clause;
                }
            }
        }
        return null;
    }

    /** The sentence's opening words, cut with "…" after the last word that does not dangle. */
    static String cut(String sentence) {
        String text = DATELINE.matcher(sentence.strip()).replaceFirst("");
        List<String> words = Whitespace.split(text, 200);
        if (words.size() <= HEADLINE_MAX_WORDS) {
            return trimEnd(text);
        }
        int end = HEADLINE_MAX_WORDS;
        while (end > HEADLINE_MIN_WORDS && DANGLING.contains(lastWord(words.get(end - 1)))) {
            end--;
        }
        return trimEnd(String.join(" ", words.subList(0, end))) + "…";
    }

    private static String lastWord(String clause) {
        int space = clause.lastIndexOf(' ');
        String w = clause.substring(space + 1).toLowerCase(Locale.ROOT);
        return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /** Without the final stop, comma or dash a clause ends on. */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (Whitespace.isSpace(s.charAt(end - 1)) || ",;:.-–—".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The clause, or null when it opens a quotation or bracket it does not close. */
    private static String balanced(String clause) {
        int curly = 0;
        int straight = 0;
        int brackets = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            curly += c == '“' ? 1 : c == '”' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
            brackets += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return curly == 0 && straight % 2 == 0 && brackets == 0 ? clause : null;
    }
}
