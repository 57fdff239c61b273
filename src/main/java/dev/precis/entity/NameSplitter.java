package dev.precis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.precis.entity.MentionExtractor.Word;

import static dev.precis.entity.EntityHeuristics.*;
import static dev.precis.entity.MentionExtractor.demonym;
import static dev.precis.entity.MentionExtractor.isOrgWord;
import static dev.precis.entity.MentionExtractor.stripDot;

/**
 * Turns one run of name words into mentions: splits off the places it holds (a leading demonym,
 * "of" and a place, "Norway-led"), the titles before a person's name and the words that are no
 * part of a name, and gives each part its kind. Each step below handles one shape of run; the
 * first that fits wins.
 */
final class NameSplitter {

    /** The length of the shortest German title ending ("chef"). */
    private static final int SHORTEST_TITLE_ENDING =
            GERMAN_TITLE_ENDINGS.stream().mapToInt(String::length).min().orElse(0);
    private final int sentence;
    private final int paragraph;
    private final List<Mention> out;

    /** A splitter adding the mentions of one sentence (-1 for the headline) to {@code out}. */
    NameSplitter(int sentence, int paragraph, List<Mention> out) {
        this.sentence = sentence;
        this.paragraph = paragraph;
        this.out = out;
    }

    /**
     * Adds the mentions in {@code span}, whose first word is word {@code at} of the sentence. A
     * name that nothing else types gets {@code plainKind}: PERSON when a role word vouches for a
     * person ("spokesperson Mao Ning"), else OTHER.
     */
    void emit(List<Word> span, int at, EntityKind plainKind) {
        int connectors = leadingConnectors(span);
        span = span.subList(connectors, span.size());  // what a split left behind: "of America"
        at += connectors;
        if (span.isEmpty()) {
            return;
        }
        span = withoutPostnominals(span);
        String demonymPlace = demonym(span.get(0).lower());
        if (splitPlaceWithTail(span, at, plainKind) || splitPlaceOfOrigin(span, at, plainKind)
                || splitLeadingPlacePair(span, at, plainKind) || emitDemonymHeadedName(span, at, demonymPlace)) {
            return;
        }
        if (demonymPlace != null) {
            // A leading demonym is a place of its own: "Russian Foreign Minister Sergey Lavrov".
            add(demonymPlace, at, EntityKind.PLACE);
            span = span.subList(1, span.size());
            at++;
            if (span.isEmpty()) {
                return;
            }
        }
        if (!emitHyphenatedPlaces(span, at)) {
            emitTitledOrPlain(span, at, plainKind);
        }
    }

    private void add(String name, int at, EntityKind kind) {
        out.add(new Mention(name, sentence, paragraph, at, kind));
    }

    private static int leadingConnectors(List<Word> span) {
        int n = 0;
        while (n < span.size() && CONNECTORS.contains(span.get(n).text())) {
            n++;
        }
        return n;
    }

    /** Without honours after the name: "Jimi Heselden OBE", "Julie Bishop MP". */
    private static List<Word> withoutPostnominals(List<Word> span) {
        while (span.size() > 1 && POSTNOMINALS.contains(stripDot(span.get(span.size() - 1).lower()))) {
            span = span.subList(0, span.size() - 1);
        }
        return span;
    }

    /** "Norway-led", "Dubai-based Emirates Airlines": the place, then whatever the rest names. */
    private boolean splitPlaceWithTail(List<Word> span, int at, EntityKind plainKind) {
        int tail = placeWithTail(span);
        if (tail < 0) {
            return false;
        }
        StringBuilder place = new StringBuilder();
        for (int k = 0; k <= tail; k++) {
            String text = span.get(k).text();
            place.append(k > 0 ? " " : "").append(k < tail ? text : text.substring(0, text.lastIndexOf('-')));
        }
        emit(List.of(new Word(place.toString(), false)), at, EntityKind.OTHER);
        if (tail + 1 < span.size()) {
            emit(span.subList(tail + 1, span.size()), at + tail + 1, plainKind);
        }
        return true;
    }

    /** A name, then where it is from: "Maria Sharapova of Russia", "Henry Waxman of California". */
    private boolean splitPlaceOfOrigin(List<Word> span, int at, EntityKind plainKind) {
        int from = placeOfOrigin(span);
        if (from <= 0) {
            return false;
        }
        emit(span.subList(0, from), at, plainKind);
        emit(span.subList(from + 1, span.size()), at + from + 1, EntityKind.OTHER);
        return true;
    }

    /**
     * A known place of two words stays whole ("Saudi Arabia" is not Saudi + Arabia), and a
     * demonym of two words is its place ("South Korean officials", "Sri Lankan troops").
     */
    private boolean splitLeadingPlacePair(List<Word> span, int at, EntityKind plainKind) {
        if (span.size() < 2) {
            return false;
        }
        String pair = span.get(0).lower() + " " + span.get(1).lower();
        String place = PLACES.contains(pair) ? span.get(0).text() + " " + span.get(1).text() : DEMONYMS.get(pair);
        if (place == null) {
            return false;
        }
        add(place, at, EntityKind.PLACE);
        if (span.size() > 2) {
            emit(span.subList(2, span.size()), at + 2, plainKind);
        }
        return true;
    }

    /** One name, not a place and a word: "European Union", "Indian Ocean", "British Airways". */
    private boolean emitDemonymHeadedName(List<Word> span, int at, String demonymPlace) {
        if (demonymPlace == null || span.size() != 2 || !NAME_HEADS.contains(stripDot(span.get(1).lower()))) {
            return false;
        }
        String head = stripDot(span.get(1).lower());
        EntityKind kind = PLACE_HEADS.contains(head) ? EntityKind.PLACE
                : ORG_WORDS.contains(head) || NAME_HEADS.contains(head) && !EVENT_HEADS.contains(head)
                ? EntityKind.ORGANIZATION
                : EntityKind.OTHER;
        add(join(span), at, kind);
        return true;
    }

    /** "Sino-Russian", "U.S.-China": each part a place of its own, when every part is one. */
    private boolean emitHyphenatedPlaces(List<Word> span, int at) {
        if (span.size() != 1 || span.get(0).text().indexOf('-') <= 0) {
            return false;
        }
        List<String> places = new ArrayList<>();
        for (String part : span.get(0).text().split("-")) {
            String lower = part.toLowerCase(Locale.ROOT);
            String place = DEMONYMS.getOrDefault(lower, PLACE_ALIASES.get(lower));
            if (place == null && PLACES.contains(lower)) {
                place = part;
            }
            if (place == null) {
                return false;
            }
            places.add(place);
        }
        for (String p : places) {
            add(p, at, EntityKind.PLACE);
        }
        return true;
    }

    /**
     * An organisation's name keeps its title-like words ("Foreign Ministry", "Supreme Court"); a
     * title after its last organisation word heads a person: "Senate Majority Leader Bill Frist".
     */
    private void emitTitledOrPlain(List<Word> span, int at, EntityKind plainKind) {
        int lastOrg = lastOrgWord(span);
        int lastTitle = lastTitle(span, lastOrg);
        if (lastOrg >= 0 && lastTitle == span.size() - 1) {
            lastTitle = -1;  // no name follows: "Supreme Court Justice" is the court's
        }
        if (lastTitle >= 0) {
            emitAroundTitle(span, at, lastOrg, lastTitle);
        } else {
            emitName(span, at, lastOrg >= 0 ? EntityKind.ORGANIZATION : plainKind);
        }
    }

    private static int lastOrgWord(List<Word> span) {
        int lastOrg = -1;
        for (int k = 0; k < span.size(); k++) {
            if (isOrgWord(span.get(k).lower())) {
                lastOrg = k;
            }
        }
        return lastOrg;
    }

    /** The last word of the first run of titles after {@code lastOrg}; -1 when there is none. */
    private static int lastTitle(List<Word> span, int lastOrg) {
        int lastTitle = -1;
        for (int k = lastOrg + 1; k < span.size(); k++) {
            String lower = stripDot(span.get(k).lower());
            boolean title = isTitle(lower) && !(PORTFOLIO_ONLY_TITLES.contains(lower) && (k < 2
                    || !span.get(k - 1).lower().equals("of")));
            // "Secretary of State", "Minister for Foreign Affairs": a title's portfolio is part of it.
            if (title || (TITLE_LINKS.contains(lower) && lastTitle == k - 1 && lastTitle >= 0)) {
                lastTitle = k;
            } else if (lastTitle >= 0 && k > lastTitle) {
                break;
            }
        }
        return lastTitle;
    }

    /** What stands before the titles is a name of its own; what follows them is the person (or company). */
    private void emitAroundTitle(List<Word> span, int at, int lastOrg, int lastTitle) {
        int firstTitle = lastTitle;
        while (firstTitle > lastOrg + 1 && (isTitle(stripDot(span.get(firstTitle - 1).lower()))
                || TITLE_LINKS.contains(span.get(firstTitle - 1).lower()))) {
            firstTitle--;
        }
        List<Word> before = span.subList(0, firstTitle);
        List<Word> after = span.subList(lastTitle + 1, span.size());
        if (!before.isEmpty()) {
            emit(before, at, EntityKind.OTHER);
        }
        int afterAt = at + lastTitle + 1;
        boolean portfolio = TITLE_LINKS.contains(span.get(lastTitle).lower());
        if (portfolio || placeOfOrigin(after) > 0) {
            // "CEO of Rockmount Ranch Wear" names the company, not a person; "Senator Joseph Cao of Louisiana".
            emit(after, afterAt, portfolio ? EntityKind.OTHER : EntityKind.PERSON);
        } else if (!after.isEmpty()) {
            add(join(after), afterAt, EntityKind.PERSON);
        }
    }

    /** The whole span as one name of {@code kind}, unless it is a place; a lone word that is no name is dropped. */
    private void emitName(List<Word> span, int at, EntityKind kind) {
        String name = join(span);
        String lower = name.toLowerCase(Locale.ROOT);
        if (span.size() == 1 && (NOT_NAMES.contains(stripDot(lower)) || FUNCTION_WORDS.contains(stripDot(lower)))) {
            return;
        }
        String place = PLACE_ALIASES.get(lower);
        if (place != null) {
            name = place;
            kind = EntityKind.PLACE;
        } else if (PLACES.contains(lower) || (span.size() > 1 && kind != EntityKind.ORGANIZATION
                && PLACE_HEADS.contains(stripDot(span.get(span.size() - 1).lower())))) {
            kind = EntityKind.PLACE;  // "Ohio"; "Kamchatka Peninsula", "Orange County"
        }
        add(name, at, kind);
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
        for (int k = 0; k < Math.min(HYPHENATED_PLACE_MAX_WORDS, span.size()); k++) {
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

    /** A title or role before a name, in English, French, Spanish or German ("Oberbürgermeisterin"). */
    private static boolean isTitle(String lower) {
        if (TITLES.contains(lower)) {
            return true;
        }
        if (lower.length() < SHORTEST_TITLE_ENDING + GERMAN_TITLE_MIN_PREFIX) {
            return false;  // too short to hold a title ending and a prefix: most names, no loop
        }
        for (String ending : GERMAN_TITLE_ENDINGS) {
            if (lower.length() >= ending.length() + GERMAN_TITLE_MIN_PREFIX && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
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
}
