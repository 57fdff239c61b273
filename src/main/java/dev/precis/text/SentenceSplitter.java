package dev.precis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences with rules, not a model: no split after abbreviations
 * (Mr., Gen., Jan.), initials (J. K.), decimals (3.5), or inside a quotation that closes
 * later in the paragraph; dotted acronyms (U.S.) end a sentence only before a typical opener.
 */
public final class SentenceSplitter {

    /** Abbreviations after which a period never ends the sentence (titles, months, "No. 5"). */
    private static final Set<String> NEVER_FINAL = WordSets.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt",
            "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "det", "insp", "st", "ste", "mt", "ft", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "fig",
            "figs", "vol", "pp", "ca", "approx", "dept", "univ", "gens", "reps", "sens", "messrs", "cf", "e.g",
            "i.e", "al", "op", "art", "sec", "ch", "pt");
    /** Abbreviations that may end a sentence: a split needs a typical sentence opener after them. */
    private static final Set<String> MAYBE_FINAL = WordSets.of("inc", "corp", "ltd", "co", "jr", "sr", "etc", "llc",
            "plc", "bros", "am", "pm", "a.m", "p.m", "ave", "blvd", "rd");
    /** Words that open sentences; after "U.S." or "Inc." they signal a real boundary. */
    private static final Set<String> OPENERS = WordSets.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "but", "and", "or", "so", "yet", "this", "that", "these", "those", "there", "his", "her", "their", "its",
            "our", "in", "on", "at", "for", "as", "after", "before", "when", "while", "if", "however", "meanwhile",
            "although", "though", "since", "now", "then", "still", "also", "many", "some", "most", "one", "two",
            "officials", "police", "according", "last", "earlier", "later", "today", "yesterday", "what", "who",
            "why", "how", "where", "no", "not", "both", "each", "all", "other", "more", "under", "with", "without");
    /** A quotation this long that has not closed is treated as unbalanced, so splitting resumes. */
    private static final int MAX_QUOTE_CHARS = 1200;
    private static final int[] NO_QUOTATIONS = new int[0];

    private final Tokenizer tokenizer;

    public SentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public List<Sentence> split(List<String> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String s : splitParagraph(paragraphs.get(p))) {
                out.add(new Sentence(out.size(), p, s, tokenizer.words(s)));
            }
        }
        return out;
    }

    public List<String> splitParagraph(String text) {
        List<String> out = new ArrayList<>();
        int[] quotations = quotations(text);
        int q = 0; // the first quotation not closed before the position looked at (these only grow)
        int n = text.length();
        Terminals terminals = new Terminals(text);
        int start = 0;
        int i = 0;
        while (i < n) {
            i = terminals.next(i);
            if (i < 0) {
                break;
            }
            char c = text.charAt(i);
            int end = i + 1;
            while (end < n && (Chars.isSentenceEnd(text.charAt(end)) || isCloser(text.charAt(end)))) {
                end++;
            }
            boolean cjk = c == '。' || c == '！' || c == '？';
            if (end >= n) {
                break;
            }
            if (!cjk && !Character.isWhitespace(text.charAt(end))) {
                i = end;
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            while (q < quotations.length && quotations[q + 1] <= end - 1) {
                q += 2;
            }
            boolean quoted = q < quotations.length && quotations[q] < end - 1;
            if (quoted || (!cjk && !isBoundary(text, start, i, c, next))) {
                i = end;
                continue;
            }
            add(out, text.substring(start, end));
            start = next;
            i = next;
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private boolean isBoundary(String text, int start, int at, char terminal, int next) {
        if (!startsSentence(text, next)) {
            return false;
        }
        if (terminal != '.') {
            return true;
        }
        String before = wordBefore(text, start, at);
        if (before.isEmpty()) {
            return true;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(lower)) {
            return false;
        }
        boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
        if (initial) {
            return false;
        }
        boolean dotted = before.indexOf('.') > 0;  // U.S, U.K, a.m
        if (dotted || MAYBE_FINAL.contains(lower)) {
            return OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The word right before position {@code at}, dots inside it kept ("U.S", "Mr"). */
    private static String wordBefore(String text, int start, int at) {
        int b = at;
        while (b > start && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String w = text.substring(b, at);
        while (w.startsWith(".")) {
            w = w.substring(1);
        }
        return w;
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static boolean startsSentence(String text, int next) {
        int i = next;
        while (i < text.length() && isOpener(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
                || !Character.isLowerCase(cp) && Character.isLetter(cp);
    }

    /**
     * Finds the sentence-ending marks of a paragraph with the JDK's character search, each
     * mark's next position remembered, rather than testing every character: the paragraph is
     * asked for them in order.
     */
    static final class Terminals {
        private static final char[] MARKS = Chars.SENTENCE_ENDS.toCharArray();
        private final String text;
        /** Each mark's next position at or after the last question; -1 when there is none. */
        private final int[] next = new int[MARKS.length];

        Terminals(String text) {
            this.text = text;
            Arrays.fill(next, Integer.MIN_VALUE); // not searched yet
        }

        /** The position of the first mark at or after {@code from}, or -1. */
        int next(int from) {
            int first = -1;
            for (int k = 0; k < MARKS.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = text.indexOf(MARKS[k], from);
                }
                if (next[k] >= 0 && (first < 0 || next[k] < first)) {
                    first = next[k];
                }
            }
            return first;
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '」'
                || c == '』';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '„'
                || c == '「' || c == '『' || c == '¿' || c == '¡';
    }

    /**
     * The quotations that open and close within this paragraph, as the positions of their
     * marks in order: open, close, open, close... A character is quoted when it stands
     * strictly between the two marks of a pair.
     */
    static int[] quotations(String text) {
        int n = text.length();
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('„') < 0 && text.indexOf('«') < 0
                && text.indexOf('「') < 0) {
            return NO_QUOTATIONS; // no opening quotation mark (most paragraphs)
        }
        int[] marks = new int[8];
        int count = 0;
        boolean germanStyle = text.indexOf('„') >= 0;
        int open = -1;
        char expect = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                char closer = closerFor(c, germanStyle, text, i);
                if (closer != 0) {
                    open = i;
                    expect = closer;
                }
            } else if (c == expect && (c != '"' || isClosingStraightQuote(text, i))) {
                if (i - open <= MAX_QUOTE_CHARS) {
                    if (count == marks.length) {
                        marks = Arrays.copyOf(marks, count * 2);
                    }
                    marks[count++] = open;
                    marks[count++] = i;
                }
                open = -1;
            } else if (i - open > MAX_QUOTE_CHARS) {
                open = -1;
            }
        }
        return Arrays.copyOf(marks, count);
    }

    private static char closerFor(char c, boolean germanStyle, String text, int i) {
        switch (c) {
            case '“':
                return germanStyle ? 0 : '”';
            case '„':
                return '“';
            case '«':
                return '»';
            case '「':
                return '」';
            case '"':
                boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                        || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
                return afterSpace ? '"' : 0;
            default:
                return 0;
        }
    }

    private static boolean isClosingStraightQuote(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
