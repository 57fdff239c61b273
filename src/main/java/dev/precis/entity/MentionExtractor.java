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

    /** German articles: never part of a name, however they are capitalised. */
    private static final Set<String> GERMAN_ARTICLES = dev.precis.text.WordSets.of("der", "die", "das", "den",
            "dem", "des", "ein", "eine", "einen", "einem", "einer", "im", "am", "zum", "zur", "vom", "beim");
    /** The length of the shortest German title ending ("chef"). */
    private static final int SHORTEST_TITLE_ENDING =
            GERMAN_TITLE_ENDINGS.stream().mapToInt(String::length).min().orElse(0);
    /** A word as it stands in the sentence, with its lower-case form (looked up often) made once. */
    private record Word(String text, String lower, boolean possessive) {
        Word(String text, boolean possessive) {
            this(text, text.toLowerCase(Locale.ROOT), possessive);
        }
    }

    /**
     * The words of one sentence. Where each word stands, and whether it is capitalised or all
     * capitals, is noted for every word in one pass; its {@link Word}, with the strings, is made
     * only when a name asks for it, which spares most lower-case words.
     */
    private static final class Words {
        private static final byte CAPITALISED = 1;
        private static final byte ALL_CAPS = 2;

        final String text;
        private int size;
        private int[] starts;
        private int[] ends;      // after the trailing punctuation is dropped
        private int[] textEnds;  // also without a possessive ending
        private byte[] flags;
        private Word[] made;
        /** Most words of the sentence in capitals: then capitals do not mark names. */
        final boolean shouting;

        Words(String text) {
            this.text = text;
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
                int end = i;
                // Trailing sentence punctuation and hyphens are not part of the word, but "U.S." keeps its dot.
                while (end > start && (text.charAt(end - 1) == '-'
                        || (text.charAt(end - 1) == '.' && !isDottedAcronym(text, start, end)))) {
                    end--;
                }
                // Wiki markup's italics close with two apostrophes: "''USA Today''".
                while (end - start > 2 && isApostrophe(text.charAt(end - 1)) && isApostrophe(text.charAt(end - 2))) {
                    end -= 2;
                }
                int textEnd = end;
                if (end - start >= 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
                    textEnd = end - 2;  // "Lavrov's"
                } else if (end - start >= 2 && isApostrophe(text.charAt(end - 1)) && text.charAt(end - 2) == 's') {
                    textEnd = end - 1;  // "the Joneses'"
                }
                if (textEnd == start) {
                    continue;
                }
                boolean capitalised = first < 0x80 ? first >= 'A' && first <= 'Z'
                        : Character.isUpperCase(text.codePointAt(start));
                boolean allCaps = capitalised && isAllCaps(text, start, textEnd);
                if (textEnd - start > 1 && (first < 0x80 ? first > '9' : Character.isLetter(first))) {
                    letters++;
                    caps += allCaps ? 1 : 0;
                }
                add(start, end, textEnd, (byte) ((capitalised ? CAPITALISED : 0) | (allCaps ? ALL_CAPS : 0)));
            }
            shouting = letters >= 3 && caps * 2 > letters;
            made = new Word[size];
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

    /**
     * All mentions in the headline (sentence index -1) and the sentences. A sentence's first
     * word counts as a name only if the article also capitalises it where no sentence starts.
     * {@code nounCapitalising} is for languages such as German, where a capital opening a
     * multi-word name says nothing about position, and articles ("der") never join a name.
     */
    public List<Mention> extract(String headline, List<Sentence> sentences, boolean nounCapitalising) {
        Set<String> capitalisedInside = new HashSet<>();
        List<Words> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Words ws = new Words(s.text());
            words.add(ws);
            for (int i = 1; i < ws.size(); i++) {
                if (ws.capitalised(i) && !ws.opensClause(i)) {
                    capitalisedInside.add(ws.get(i).lower());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            // Headlines are often in title case: only names the body also capitalises count.
            Words hw = new Words(headline);
            spans(hw, -1, -1, capitalisedInside, true, nounCapitalising, out);
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            spans(words.get(i), s.index(), s.paragraph(), capitalisedInside, false, nounCapitalising, out);
        }
        return out;
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

    /** Adds to {@code out} the mentions in one sentence's words. */
    private void spans(Words ws, int sentence, int paragraph, Set<String> capitalisedInside,
            boolean headline, boolean nounCapitalising, List<Mention> out) {
        int i = 0;
        while (i < ws.size()) {
            if (!ws.isNameWord(i) || (headline && !isKnownName(ws.get(i), capitalisedInside))
                    || FUNCTION_WORDS.contains(ws.get(i).lower()) || NOT_NAMES.contains(ws.get(i).lower())) {
                i++;  // "The Gambia" is Gambia; "Saturday Iranian" opens with no name
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < ws.size()) {
                Word prev = ws.get(end - 1);
                if (prev.possessive() || !ws.adjacentToNext(end - 1)) {
                    break;
                }
                Word w = ws.get(end);
                if (NOT_NAMES.contains(w.lower()) || (FUNCTION_WORDS.contains(w.lower())
                        && !CONNECTORS.contains(w.lower()) && !ws.isInitial(end))) {
                    break;  // "Wang Yi Tuesday", "Peninsula The Interfax": calendar and function words end a name
                }
                if (ws.isNameWord(end) && (!headline || isKnownName(w, capitalisedInside))) {
                    end++;
                } else if (CONNECTORS.contains(w.text()) && end + 1 < ws.size() && ws.isNameWord(end + 1)
                        && ws.adjacentToNext(end)
                        && !NOT_NAMES.contains(ws.get(end + 1).lower())
                        && !(nounCapitalising && GERMAN_ARTICLES.contains(w.text()) && !prev.lower().equals("von"))) {
                    end += 2;
                } else {
                    break;
                }
            }
            boolean sentenceInitial = start == 0 || ws.opensClause(start);
            List<Word> span = new ArrayList<>(end - start);
            for (int k = start; k < end; k++) {
                span.add(ws.get(k));
            }
            boolean multiWordName = nounCapitalising && span.size() > 1
                    && !GERMAN_ARTICLES.contains(span.get(0).lower());
            boolean personRole = start > 0 && PERSON_ROLES.contains(ws.get(start - 1).lower());
            // An organisation's last word vouches for the whole name: "Harbourline Energy Ltd agreed",
            // "Labour Party leaders", "General Motors said".
            String last = stripDot(span.get(span.size() - 1).lower());
            boolean companyName = span.size() > 1 && (COMPANY_SUFFIXES.contains(last) || isOrgWord(last));
            String opening = stripDot(span.get(0).lower());
            // A title opening the sentence is stripped below like any other: "President George W. Bush said".
            boolean leadingTitle = span.size() > 1 && PERSON_TITLES.contains(opening);
            // A known place of two words vouches for its first ("United States air carrier Continental"), and
            // so does a middle initial after it ("Jack A. Weil died").
            if (sentenceInitial && !multiWordName && !companyName && !leadingTitle
                    && !isKnownName(span.get(0), capitalisedInside)
                    && !(span.size() > 2 && ws.isInitial(start + 1))
                    && !(span.size() > 1 && isPlacePair(span.get(0), span.get(1)))) {
                // An honorific opening the sentence still says who follows: "Mr Docherty was charged".
                personRole |= span.size() > 1 && HONORIFICS.contains(opening);
                span.remove(0);
            }
            emit(span, start + (end - start - span.size()), sentence, paragraph, personRole, out);
            i = end;
        }
    }

    private void emit(List<Word> span, int wordIndex, int sentence, int paragraph, boolean personRole,
            List<Mention> out) {
        while (!span.isEmpty() && CONNECTORS.contains(span.get(0).text())) {
            span = span.subList(1, span.size());  // what a split left behind: "of America"
            wordIndex++;
        }
        if (span.isEmpty()) {
            return;
        }
        while (span.size() > 1 && POSTNOMINALS.contains(stripDot(span.get(span.size() - 1).lower()))) {
            span = span.subList(0, span.size() - 1);  // "Jimi Heselden OBE", "Julie Bishop MP"
        }
        int tail = placeWithTail(span);
        if (tail >= 0) {
            // "Norway-led", "Dubai-based Emirates Airlines": the place, then whatever the rest names.
            StringBuilder place = new StringBuilder();
            for (int k = 0; k <= tail; k++) {
                String text = span.get(k).text();
                place.append(k > 0 ? " " : "").append(k < tail ? text : text.substring(0, text.lastIndexOf('-')));
            }
            emit(new ArrayList<>(List.of(new Word(place.toString(), false))), wordIndex, sentence, paragraph, false,
                    out);
            if (tail + 1 < span.size()) {
                emit(new ArrayList<>(span.subList(tail + 1, span.size())), wordIndex + tail + 1, sentence, paragraph,
                        personRole, out);
            }
            return;
        }
        int from = placeOfOrigin(span);
        if (from > 0) {
            // A name, then where it is from: "Maria Sharapova of Russia", "Henry Waxman of California".
            emit(new ArrayList<>(span.subList(0, from)), wordIndex, sentence, paragraph, personRole, out);
            emit(new ArrayList<>(span.subList(from + 1, span.size())), wordIndex + from + 1, sentence, paragraph,
                    false, out);
            return;
        }
        // A known place of two words stays whole: "Saudi Arabia" is not Saudi + Arabia.
        if (span.size() >= 2 && PLACES.contains(span.get(0).lower() + " " + span.get(1).lower())) {
            out.add(new Mention(span.get(0).text() + " " + span.get(1).text(), sentence, paragraph, wordIndex,
                    EntityKind.PLACE));
            if (span.size() > 2) {
                emit(new ArrayList<>(span.subList(2, span.size())), wordIndex + 2, sentence, paragraph, personRole, out);
            }
            return;
        }
        // A leading demonym is a place of its own: "Russian Foreign Minister Sergey Lavrov".
        if (span.size() >= 2) {
            String twoWords = DEMONYMS.get(span.get(0).lower() + " " + span.get(1).lower());
            if (twoWords != null) {  // "South Korean officials", "Sri Lankan troops"
                out.add(new Mention(twoWords, sentence, paragraph, wordIndex, EntityKind.PLACE));
                if (span.size() > 2) {
                    emit(new ArrayList<>(span.subList(2, span.size())), wordIndex + 2, sentence, paragraph, personRole,
                            out);
                }
                return;
            }
        }
        String demonymPlace = demonym(span.get(0).lower());
        if (demonymPlace != null && span.size() == 2 && NAME_HEADS.contains(stripDot(span.get(1).lower()))) {
            // One name, not a place and a word: "European Union", "Indian Ocean", "British Airways".
            String head = stripDot(span.get(1).lower());
            EntityKind kind = PLACE_HEADS.contains(head) ? EntityKind.PLACE
                    : ORG_WORDS.contains(head) || NAME_HEADS.contains(head) && !head.equals("open")
                    && !head.startsWith("championship") && !head.equals("cup") ? EntityKind.ORGANIZATION
                    : EntityKind.OTHER;
            out.add(new Mention(join(span), sentence, paragraph, wordIndex, kind));
            return;
        }
        if (demonymPlace != null) {
            out.add(new Mention(demonymPlace, sentence, paragraph, wordIndex, EntityKind.PLACE));
            span = span.subList(1, span.size());
            wordIndex++;
            if (span.isEmpty()) {
                return;
            }
        }
        if (span.size() == 1 && span.get(0).text().indexOf('-') > 0) {
            // "Sino-Russian", "U.S.-China": each part a place of its own.
            boolean allPlaces = true;
            List<String> places = new ArrayList<>();
            for (String part : span.get(0).text().split("-")) {
                String lower = part.toLowerCase(Locale.ROOT);
                String place = DEMONYMS.getOrDefault(lower, PLACE_ALIASES.get(lower));
                if (place == null && PLACES.contains(lower)) {
                    place = part;
                }
                allPlaces &= place != null;
                places.add(place);
            }
            if (allPlaces) {
                for (String p : places) {
                    out.add(new Mention(p, sentence, paragraph, wordIndex, EntityKind.PLACE));
                }
                return;
            }
        }
        // An organisation's name keeps its title-like words ("Foreign Ministry", "Supreme Court"); a
        // title after its last organisation word heads a person: "Senate Majority Leader Bill Frist".
        int lastOrg = -1;
        for (int k = 0; k < span.size(); k++) {
            if (isOrgWord(span.get(k).lower())) {
                lastOrg = k;
            }
        }
        boolean organisation = lastOrg >= 0;
        int lastTitle = -1;
        for (int k = lastOrg + 1; k < span.size(); k++) {
            String lower = stripDot(span.get(k).lower());
            boolean title = isTitle(lower) && !(lower.equals("state") && (k < 2
                    || !span.get(k - 1).lower().equals("of")));
            // "Secretary of State", "Minister for Foreign Affairs": a title's portfolio is part of it.
            if (title || (TITLE_LINKS.contains(lower) && lastTitle == k - 1 && lastTitle >= 0)) {
                lastTitle = k;
            } else if (lastTitle >= 0 && k > lastTitle) {
                break;
            }
        }
        if (organisation && lastTitle == span.size() - 1) {
            lastTitle = -1;  // no name follows: "Supreme Court Justice" is the court's
        }
        if (lastTitle >= 0) {
            int firstTitle = lastTitle;
            while (firstTitle > lastOrg + 1 && (isTitle(stripDot(span.get(firstTitle - 1).lower()))
                    || TITLE_LINKS.contains(span.get(firstTitle - 1).lower()))) {
                firstTitle--;
            }
            List<Word> before = span.subList(0, firstTitle);
            List<Word> after = span.subList(lastTitle + 1, span.size());
            if (!before.isEmpty()) {
                emit(new ArrayList<>(before), wordIndex, sentence, paragraph, false, out);
            }
            int at = wordIndex + lastTitle + 1;
            boolean portfolio = TITLE_LINKS.contains(span.get(lastTitle).lower());
            if (portfolio || placeOfOrigin(after) > 0) {
                // "CEO of Rockmount Ranch Wear" names the company, not a person; "Senator Joseph Cao of Louisiana".
                emit(new ArrayList<>(after), at, sentence, paragraph, !portfolio, out);
            } else if (!after.isEmpty()) {
                out.add(new Mention(join(after), sentence, paragraph, at, EntityKind.PERSON));
            }
            return;
        }
        String name = join(span);
        String lower = name.toLowerCase(Locale.ROOT);
        if (span.size() == 1 && (NOT_NAMES.contains(stripDot(lower)) || FUNCTION_WORDS.contains(stripDot(lower)))) {
            return;
        }
        EntityKind kind = organisation ? EntityKind.ORGANIZATION : personRole ? EntityKind.PERSON : EntityKind.OTHER;
        String place = PLACE_ALIASES.get(lower);
        if (place != null) {
            name = place;
            kind = EntityKind.PLACE;
        } else if (PLACES.contains(lower) || (span.size() > 1 && !organisation
                && PLACE_HEADS.contains(stripDot(span.get(span.size() - 1).lower())))) {
            kind = EntityKind.PLACE;  // "Ohio"; "Kamchatka Peninsula", "Orange County"
        }
        out.add(new Mention(name, sentence, paragraph, wordIndex, kind));
    }

    /**
     * Where a name of two or more plain words is followed by "of" and a known place, the index of
     * that "of"; else -1. A name with an organisation, head or title word keeps its "of":
     * "Bank of England", "Supreme Court of Canada", "Gulf of Mexico", "Secretary of State".
     */
    private static int placeOfOrigin(List<Word> span) {
        int of = -1;
        for (int k = 2; k < span.size() - 1 && of < 0; k++) {
            if (span.get(k).text().equals("of")) {
                of = k;
            }
        }
        if (of < 0) {
            return -1;
        }
        StringBuilder after = new StringBuilder();
        for (int k = of + 1; k < span.size(); k++) {
            after.append(k > of + 1 ? " " : "").append(span.get(k).lower());
        }
        if (!PLACES.contains(after.toString()) && !PLACE_ALIASES.containsKey(after.toString())) {
            return -1;
        }
        for (int k = 0; k < of; k++) {
            String w = stripDot(span.get(k).lower());
            if (ORG_WORDS.contains(w) || NAME_HEADS.contains(w) || PLACE_HEADS.contains(w) || isTitle(w)
                    || COMPANY_SUFFIXES.contains(w) || CONNECTORS.contains(w) || DEMONYMS.containsKey(w)) {
                return -1;
            }
        }
        return of;
    }

    /**
     * Where the span opens with a place joined to a lower-case participle ("Norway-led", "Abu
     * Dhabi-based"), the index of the word holding the hyphen; else -1.
     */
    private static int placeWithTail(List<Word> span) {
        for (int k = 0; k < Math.min(2, span.size()); k++) {
            String text = span.get(k).text();
            int hyphen = text.lastIndexOf('-');
            if (hyphen <= 0 || hyphen == text.length() - 1 || !Character.isLowerCase(text.charAt(hyphen + 1))) {
                continue;
            }
            StringBuilder head = new StringBuilder();
            for (int j = 0; j < k; j++) {
                head.append(span.get(j).lower()).append(' ');
            }
            head.append(span.get(k).lower(), 0, hyphen);
            String place = head.toString();
            // A place, not a demonym: "French-speaking" is about a language.
            return PLACES.contains(place) || PLACE_ALIASES.containsKey(place) ? k : -1;
        }
        return -1;
    }

    /** The place a demonym, or its plural as a noun for the people ("Iranians", "Palestinians"), stands for. */
    private static String demonym(String lower) {
        String place = DEMONYMS.get(lower);
        if (place == null && lower.length() > 4 && lower.charAt(lower.length() - 1) == 's') {
            place = DEMONYMS.get(lower.substring(0, lower.length() - 1));
        }
        return place;
    }

    /** Two words that make a known place or its alias: "United States", "New Zealand", "South Korean". */
    private static boolean isPlacePair(Word first, Word second) {
        String pair = first.lower() + " " + second.lower();
        return PLACES.contains(pair) || PLACE_ALIASES.containsKey(pair) || DEMONYMS.containsKey(pair);
    }

    /** A title or role before a name, in English, French, Spanish or German ("Oberbürgermeisterin"). */
    private static boolean isTitle(String lower) {
        if (TITLES.contains(lower)) {
            return true;
        }
        if (lower.length() <= SHORTEST_TITLE_ENDING + 2) {
            return false;  // too short to hold a title ending and a prefix: most names, no loop
        }
        for (String ending : GERMAN_TITLE_ENDINGS) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
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

    private static String join(List<Word> span) {
        StringBuilder sb = new StringBuilder();
        for (Word w : span) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** A word that makes a name an organisation's, dots and all: "Party", "F.C.". */
    static boolean isOrgWord(String lower) {
        return ORG_WORDS.contains(lower.indexOf('.') < 0 ? lower : lower.replace(".", ""));
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static boolean isAcronym(String s) {
        if (s.indexOf('.') > 0 && isDottedAcronym(s, 0, s.length())) {
            return true;
        }
        return s.length() >= 2 && s.length() <= 6 && isAllCaps(s);
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
