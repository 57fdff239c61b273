package dev.precis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

import static dev.precis.entity.EntityHeuristics.*;

/**
 * Finds names without a trained model: runs of capitalised words (with connectors such as
 * "of"), acronyms and dotted abbreviations, titles stripped from the front, possessives
 * dropped, demonyms turned into their places.
 */
public final class MentionExtractor {

    /** A word as it stands in the sentence, with its lower-case form (looked up often) made once. */
    record Word(String text, String lower, boolean possessive) {
        Word(String text, boolean possessive) {
            this(text, text.toLowerCase(Locale.ROOT), possessive);
        }
    }

    /** Where a line of words stands: headlines are often in title case, so their capitals prove less. */
    private enum Line { HEADLINE, BODY }

    /**
     * The words of one sentence. Where each word stands, and whether it is capitalised or all
     * capitals, is noted for every word in one pass; its {@link Word}, with the strings, is made
     * only when a name asks for it, which spares most lower-case words.
     */
    private static final class Words {
        private static final byte CAPITALISED = 1;
        private static final byte ALL_CAPS = 2;

        final String text;
        /** Whether the words are a headline's or a sentence's. */
        final Line line;
        private int size;
        private int[] starts;
        private int[] ends;      // after the trailing punctuation is dropped
        private int[] textEnds;  // also without a possessive ending
        private byte[] flags;
        private Word[] made;
        /** Most words of the sentence in capitals: then capitals do not mark names. */
        final boolean shouting;

        Words(String text, Line line) {
            this.text = text;
            this.line = line;
            int capacity = text.length() / Tokenizer.CHARS_PER_WORD + 1;
            starts = new int[capacity];
            ends = new int[capacity];
            textEnds = new int[capacity];
            flags = new byte[capacity];
            int n = text.length();
            int letters = 0;
            int caps = 0;
            int i = 0;
            while (i < n) {
                char first = text.charAt(i);
                if (first < 0x80 ? !Tokenizer.isAsciiLetterOrDigit(first) : !Character.isLetterOrDigit(first)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                int end = wordEnd(text, start, i);
                int textEnd = possessiveStart(text, start, end);
                if (textEnd == start) {
                    continue;
                }
                boolean capitalised = first < 0x80 ? first >= 'A' && first <= 'Z'
                        : Character.isUpperCase(text.codePointAt(start));
                boolean allCaps = capitalised && isAllCaps(text, start, textEnd);
                if (textEnd - start >= SHOUTING_MIN_LETTERS
                        && (first < 0x80 ? first > '9' : Character.isLetter(first))) {
                    letters++;
                    caps += allCaps ? 1 : 0;
                }
                add(start, end, textEnd, (byte) ((capitalised ? CAPITALISED : 0) | (allCaps ? ALL_CAPS : 0)));
            }
            shouting = letters >= SHOUTING_MIN_WORDS && caps > letters * SHOUTING_CAPS_SHARE;
            made = new Word[size];
        }

        /** Where the word in text[start, end) ends without what trails it: punctuation, hyphens, markup. */
        private static int wordEnd(String text, int start, int end) {
            // Trailing sentence punctuation and hyphens are not part of the word, but "U.S." keeps its dot.
            while (end > start && (text.charAt(end - 1) == '-'
                    || (text.charAt(end - 1) == '.' && !isDottedAcronym(text, start, end)))) {
                end--;
            }
            // Wiki markup's italics close with two apostrophes: "''USA Today''".
            while (end - start > 2 && isApostrophe(text.charAt(end - 1)) && isApostrophe(text.charAt(end - 2))) {
                end -= 2;
            }
            return end;
        }

        /** Where the word in text[start, end) ends without a possessive ending; {@code end} when it has none. */
        private static int possessiveStart(String text, int start, int end) {
            if (end - start >= 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
                return end - 2;  // "Lavrov's"
            } else if (end - start >= 2 && isApostrophe(text.charAt(end - 1)) && text.charAt(end - 2) == 's') {
                return end - 1;  // "the Joneses'"
            }
            return end;
        }

        private void add(int start, int end, int textEnd, byte flag) {
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                textEnds = Arrays.copyOf(textEnds, grown);
                flags = Arrays.copyOf(flags, grown);
            }
            starts[size] = start;
            ends[size] = end;
            textEnds[size] = textEnd;
            flags[size++] = flag;
        }

        int size() {
            return size;
        }

        boolean capitalised(int i) {
            return (flags[i] & CAPITALISED) != 0;
        }

        boolean allCaps(int i) {
            return (flags[i] & ALL_CAPS) != 0;
        }

        boolean opensClause(int i) {
            return MentionExtractor.opensClause(text, starts[i]);
        }

        /** A capital letter and a dot: a middle initial ("Christopher A. Coons"), never the article "A". */
        boolean isInitial(int i) {
            return ends[i] - starts[i] == 1 && ends[i] < text.length() && text.charAt(ends[i]) == '.' && capitalised(i);
        }

        /** Nothing but a space stands between word i and the next: a line break ends a name. */
        boolean adjacentToNext(int i) {
            int gap = starts[i + 1] - ends[i];
            if (gap == 2 && ends[i] - starts[i] == 1 && text.charAt(ends[i]) == '.' && capitalised(i)
                    && isSpace(text.charAt(ends[i] + 1))) {
                return true;  // a middle initial: "George W. Bush"
            }
            return gap == 1 && isSpace(text.charAt(ends[i]));
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\u00A0';
        }

        Word get(int i) {
            Word w = made[i];
            if (w == null) {
                w = new Word(text.substring(starts[i], textEnds[i]), textEnds[i] < ends[i]);
                made[i] = w;
            }
            return w;
        }

        /** A capitalised word that may be part of a name (not a shouted word, not a number). */
        boolean isNameWord(int i) {
            if (!capitalised(i)) {
                return false;
            }
            if (shouting && allCaps(i) && !isAcronym(get(i).text())) {
                return false;
            }
            return !Character.isDigit(text.charAt(starts[i]));
        }
    }

    /** How a language uses capitals, which decides what a capital at a sentence's start says. */
    public enum Capitalisation {
        /** Capitals mark names and sentence starts (English, French): a sentence's first word proves nothing. */
        NAMES,
        /**
         * Capitals mark every noun (German): a capital opening a multi-word name says nothing about
         * position, and articles ("der") never join a name.
         */
        NOUNS
    }

    /**
     * All mentions in the headline (sentence index -1) and the sentences. A sentence's first
     * word counts as a name only if the article also capitalises it where no sentence starts.
     * {@code capitals} says how the article's language uses them.
     */
    public List<Mention> extract(String headline, List<Sentence> sentences, Capitalisation capitals) {
        List<Words> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            words.add(new Words(s.text(), Line.BODY));
        }
        SpanFinder finder = new SpanFinder(capitalisedInside(words), capitals);
        List<Mention> out = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            // Headlines are often in title case: only names the body also capitalises count.
            finder.spans(new Words(headline, Line.HEADLINE), new NameSplitter(-1, -1, out));
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            finder.spans(words.get(i), new NameSplitter(s.index(), s.paragraph(), out));
        }
        return out;
    }

    /** The words, in lower case, the article capitalises where no sentence or clause starts. */
    private static Set<String> capitalisedInside(List<Words> sentences) {
        Set<String> capitalisedInside = new HashSet<>();
        for (Words ws : sentences) {
            for (int i = 1; i < ws.size(); i++) {
                if (ws.capitalised(i) && !ws.opensClause(i)) {
                    capitalisedInside.add(ws.get(i).lower());
                }
            }
        }
        return capitalisedInside;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** True when text[from, to) is capitals each followed by a dot, at least two: "U.S.", "E.U.". */
    private static boolean isDottedAcronym(String text, int from, int to) {
        int letters = 0;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                return false;
            }
            i += Character.charCount(cp);
            if (i >= to || text.charAt(i) != '.') {
                return false;
            }
            i++;
            letters++;
        }
        return letters >= 2;
    }

    /** Letters, digits, combining marks and the joiners a name may hold: "O'Neil", "U.S.", "AT&T". */
    private static boolean isWordChar(char c) {
        if (c < 0x80) { // ASCII, most of the text: no table lookups
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\''
                    || c == '.' || c == '&' || c == '-';
        }
        return Character.isLetterOrDigit(c) || c == '’' || c == '\'' || c == '.' || c == '&' || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** True when a word opens a quotation or follows a colon: capitalised there for grammar, not as a name. */
    private static boolean opensClause(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || "“\"‘'(:—".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * One article's rules for where a name starts and ends: which capitals the article vouches
     * for, and how its language capitalises.
     */
    private static final class SpanFinder {
        private final Set<String> capitalisedInside;
        private final Capitalisation capitalisation;

        SpanFinder(Set<String> capitalisedInside, Capitalisation capitalisation) {
            this.capitalisedInside = capitalisedInside;
            this.capitalisation = capitalisation;
        }

        /** Hands each run of name words in one line to {@code splitter}. */
        void spans(Words ws, NameSplitter splitter) {
            int i = 0;
            while (i < ws.size()) {
                if (!opensName(ws, i)) {
                    i++;  // "The Gambia" is Gambia; "Saturday Iranian" opens with no name
                    continue;
                }
                int end = spanEnd(ws, i);
                emitSpan(ws, i, end, splitter);
                i = end;
            }
        }

        /** A name word; in a headline (often title case) only one the article shows to be a name. */
        private boolean nameWord(Words ws, int i) {
            return ws.isNameWord(i) && (ws.line == Line.BODY || isKnownName(ws.get(i), capitalisedInside));
        }

        private boolean opensName(Words ws, int i) {
            return nameWord(ws, i) && !FUNCTION_WORDS.contains(ws.get(i).lower())
                    && !NOT_NAMES.contains(ws.get(i).lower());
        }

        /** Where the name opening at {@code start} ends: after its name words and the connectors between them. */
        private int spanEnd(Words ws, int start) {
            int end = start + 1;
            while (end < ws.size()) {
                if (ws.get(end - 1).possessive() || !ws.adjacentToNext(end - 1) || endsName(ws, end)) {
                    break;
                }
                if (nameWord(ws, end)) {
                    end++;
                } else if (connectorJoins(ws, end)) {
                    end += 2;
                } else {
                    break;
                }
            }
            return end;
        }

        /** "Wang Yi Tuesday", "Peninsula The Interfax": calendar and function words end a name. */
        private static boolean endsName(Words ws, int i) {
            String lower = ws.get(i).lower();
            return NOT_NAMES.contains(lower)
                    || (FUNCTION_WORDS.contains(lower) && !CONNECTORS.contains(lower) && !ws.isInitial(i));
        }

        /** A connector between two name words joins them: "Bank of England"; a German article only after "von". */
        private boolean connectorJoins(Words ws, int i) {
            String text = ws.get(i).text();
            return CONNECTORS.contains(text) && i + 1 < ws.size() && ws.isNameWord(i + 1) && ws.adjacentToNext(i)
                    && !NOT_NAMES.contains(ws.get(i + 1).lower())
                    && !(capitalisation == Capitalisation.NOUNS && GERMAN_ARTICLES.contains(text)
                    && !ws.get(i - 1).lower().equals(ARTICLE_JOINING_CONNECTOR));
        }

        /** Words [start, end) to the splitter, less an opening word capitalised only for its place. */
        private void emitSpan(Words ws, int start, int end, NameSplitter splitter) {
            List<Word> span = new ArrayList<>(end - start);
            for (int k = start; k < end; k++) {
                span.add(ws.get(k));
            }
            boolean personRole = start > 0 && PERSON_ROLES.contains(ws.get(start - 1).lower());
            if (capitalisedForItsPlace(ws, start, span)) {
                // An honorific opening the sentence still says who follows: "Mr Docherty was charged".
                personRole |= span.size() > 1 && HONORIFICS.contains(stripDot(span.get(0).lower()));
                span.remove(0);
            }
            splitter.emit(span, start + (end - start - span.size()), personRole ? EntityKind.PERSON : EntityKind.OTHER);
        }

        /** The span's first word opens the sentence (or a clause), and nothing shows it to be a name. */
        private boolean capitalisedForItsPlace(Words ws, int start, List<Word> span) {
            boolean sentenceInitial = start == 0 || ws.opensClause(start);
            boolean multiWordName = capitalisation == Capitalisation.NOUNS && span.size() > 1
                    && !GERMAN_ARTICLES.contains(span.get(0).lower());
            // An organisation's last word vouches for the whole name: "Harbourline Energy Ltd agreed",
            // "Labour Party leaders", "General Motors said".
            String last = stripDot(span.get(span.size() - 1).lower());
            boolean companyName = span.size() > 1 && (COMPANY_SUFFIXES.contains(last) || isOrgWord(last));
            // A title opening the sentence is stripped like any other: "President George W. Bush said".
            boolean leadingTitle = span.size() > 1 && PERSON_TITLES.contains(stripDot(span.get(0).lower()));
            // A known place of two words vouches for its first ("United States air carrier Continental"), and
            // so does a middle initial after it ("Jack A. Weil died").
            return sentenceInitial && !multiWordName && !companyName && !leadingTitle
                    && !isKnownName(span.get(0), capitalisedInside)
                    && !(span.size() > 2 && ws.isInitial(start + 1))
                    && !(span.size() > 1 && isPlacePair(span.get(0), span.get(1)));
        }
    }

    /** The place a demonym, or its plural as a noun for the people ("Iranians", "Palestinians"), stands for. */
    static String demonym(String lower) {
        String place = DEMONYMS.get(lower);
        if (place == null && lower.length() >= SHORTEST_PLURAL_DEMONYM && lower.charAt(lower.length() - 1) == 's') {
            place = DEMONYMS.get(lower.substring(0, lower.length() - 1));
        }
        return place;
    }

    /** Two words that make a known place or its alias: "United States", "New Zealand", "South Korean". */
    private static boolean isPlacePair(Word first, Word second) {
        String pair = first.lower() + " " + second.lower();
        return PLACES.contains(pair) || PLACE_ALIASES.containsKey(pair) || DEMONYMS.containsKey(pair);
    }

    /** A word the article itself (or a general list) shows to be a name, wherever it stands. */
    private static boolean isKnownName(Word w, Set<String> capitalisedInside) {
        String lower = w.lower();
        if (FUNCTION_WORDS.contains(lower)) {
            return false;  // one "The Gambia" does not make every "The" a name
        }
        if (capitalisedInside.contains(lower) || isAcronym(w.text())) {
            return true;
        }
        if (lower.indexOf('-') < 0) {
            return demonym(lower) != null || PLACES.contains(lower) || PLACE_ALIASES.containsKey(lower);
        }
        String[] parts = lower.split("-");
        for (int k = 0; k < parts.length; k++) {
            boolean participle = k == parts.length - 1 && k > 0 && w.text().length() > lower.lastIndexOf('-') + 1
                    && Character.isLowerCase(w.text().charAt(lower.lastIndexOf('-') + 1));  // "Norway-led"
            if (!(participle || DEMONYMS.containsKey(parts[k]) || PLACES.contains(parts[k])
                    || PLACE_ALIASES.containsKey(parts[k]))) {
                return false;
            }
        }
        return true;
    }

    /** A word that makes a name an organisation's, dots and all: "Party", "F.C.". */
    static boolean isOrgWord(String lower) {
        return ORG_WORDS.contains(lower.indexOf('.') < 0 ? lower : lower.replace(".", ""));
    }

    static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static boolean isAcronym(String s) {
        if (s.indexOf('.') > 0 && isDottedAcronym(s, 0, s.length())) {
            return true;
        }
        return s.length() >= ACRONYM_MIN_LENGTH && s.length() <= ACRONYM_MAX_LENGTH && isAllCaps(s);
    }

    private static boolean isAllCaps(String s) {
        return isAllCaps(s, 0, s.length());
    }

    /** Letters in text[from, to), all of them capitals. */
    private static boolean isAllCaps(String s, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
