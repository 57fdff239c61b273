package dev.precis.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.precis.text.Whitespace;

/**
 * Line-level clean-up shared by HTML and plain text: drops inserts, prompts, disclaimers,
 * captions, dash-framed subheads and standalone datelines, strips a dateline that opens
 * the first paragraph, and ends the article where a reader-comment thread begins.
 */
public final class BoilerplateFilter {

    /** An agency tag glued to the dateline: "Boston (CNN)Guilty ..." or "(CNN) -- Police ...". */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.,' -]{0,40}?\\s*)?\\((CNN|AP|AFP|Reuters|UPI|dpa|IANS|PTI|ANI|Xinhua|EFE|ANSA)[^)]{0,20}\\)"
            + "\\s*(?:--|[-–—:])?\\s*");

    /** The line patterns that begin with "^" (after any flags): lookingAt() is find() for them. */
    static final Set<Pattern> ANCHORED = anchored();

    private static Set<Pattern> anchored() {
        Set<Pattern> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Pattern> list : List.of(CleanHeuristics.BOILERPLATE_LINES, CleanHeuristics.WALL_LINES)) {
            for (Pattern p : list) {
                if (p.pattern().replaceFirst("^\\(\\?[a-z]+\\)", "").startsWith("^")) {
                    out.add(p);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Paragraphs kept, and whether a login or subscription prompt was among those removed. */
    public record Filtered(List<String> kept, boolean wall) {
    }

    /** Whitespace-normalised paragraphs with boilerplate removed and the opening dateline stripped. */
    public List<String> filter(List<String> paragraphs) {
        return filterNotingWalls(paragraphs).kept();
    }

    /** As {@link #filter}, also noting a wall prompt (one pass over the paragraphs). */
    public Filtered filterNotingWalls(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        boolean wall = false;
        int words = 0;
        for (String p : paragraphs) {
            String t = normalizeSpace(p);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() <= CleanHeuristics.MAX_COMMENTS_HEADER_CHARS && words >= CleanHeuristics.MIN_WORDS_BEFORE_COMMENTS
                    && CleanHeuristics.COMMENTS_START.matcher(t).matches()) {
                break; // the reader comments begin: the article has ended
            }
            if (t.length() <= CleanHeuristics.MAX_BOILERPLATE_CHARS) {
                if (matchesAny(CleanHeuristics.WALL_LINES, t)) {
                    wall = true;
                    continue;
                }
                if (matchesAny(CleanHeuristics.BOILERPLATE_LINES, t)) {
                    continue;
                }
            }
            t = withoutTrailingCredit(t);
            if (kept.isEmpty()) {
                t = stripDateline(t);
                if (t.isEmpty()) {
                    continue;
                }
            }
            kept.add(t);
            words += Whitespace.count(t);
        }
        return new Filtered(kept, wall);
    }

    private static boolean matchesAny(List<Pattern> patterns, String t) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(t);
            // A pattern anchored at the start is tried there only; find() would try every position.
            if (ANCHORED.contains(p) ? m.lookingAt() : m.find()) {
                return true;
            }
        }
        return false;
    }

    /** Drops a photo credit glued after a paragraph's last sentence ({@code TRAILING_CREDIT}). */
    static String withoutTrailingCredit(String paragraph) {
        int colon = paragraph.lastIndexOf(':');
        if (colon < 0 || paragraph.length() - colon > CleanHeuristics.MAX_TRAILING_CREDIT_CHARS) {
            return paragraph; // the common case, decided without a regex
        }
        Matcher m = CleanHeuristics.TRAILING_CREDIT.matcher(paragraph);
        m.useTransparentBounds(true).region(Math.max(0, colon - CleanHeuristics.MAX_TRAILING_CREDIT_LABEL_CHARS), paragraph.length());
        return m.find() ? paragraph.substring(0, m.start()) : paragraph;
    }

    /** Removes a leading dateline ("BEIJING (Reuters) - ", "(CNN)") from an opening paragraph. */
    public String stripDateline(String paragraph) {
        Matcher agency = AGENCY_DATELINE.matcher(paragraph);
        if (agency.lookingAt() && agency.end() < paragraph.length()) {
            return paragraph.substring(agency.end()).trim();
        }
        Matcher m = CleanHeuristics.LEADING_DATELINE.matcher(paragraph);
        if (m.lookingAt()) {
            String head = m.group(1);
            // Mixed-case datelines only with a colon ("Beijing: "), to spare openings like "Update - ".
            boolean upper = head.equals(head.toUpperCase(java.util.Locale.ROOT)) && head.length() >= 3;
            boolean colon = paragraph.substring(m.start(), m.end()).contains(":");
            if (upper || colon) {
                return paragraph.substring(m.end()).trim();
            }
        }
        return paragraph;
    }

    /**
     * Single spaces between words, none at the ends, no control or odd space characters. Text
     * already in that form, the common case, is returned as it is; otherwise it is copied from
     * the first character out of place.
     */
    static String normalizeSpace(String s) {
        int n = s.length();
        int at = firstOutOfPlace(s);
        if (at == n) {
            return s;
        }
        if (at > 0 && s.charAt(at - 1) == ' ') {
            at--; // the copy resumes at the space, so a run of spaces still becomes one
        }
        char[] out = new char[n];
        s.getChars(0, at, out, 0);
        int length = at;
        boolean space = false;
        for (int i = at; i < n; i++) {
            char c = s.charAt(i);
            if (isAnySpace(c)) {
                space = length > 0;
            } else if (!Character.isISOControl(c)) { // control characters carry no text
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Spaces of every kind, zero-width ones included; all become one plain space or none. */
    private static boolean isAnySpace(char c) {
        return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
                : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /**
     * Where normalizing would first change the text (its length if nowhere): a space opening
     * it, any control or odd space character, a second space in a row, or a space ending it.
     * Up to there the text is copied as it stands.
     */
    private static int firstOutOfPlace(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(0) == ' ') {
            return 0;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || (c == ' ' && previous == ' ')) {
                return i;
            }
            if (c > '~' && (isAnySpace(c) || Character.isISOControl(c))) {
                return i;
            }
            previous = c;
        }
        return n > 0 && s.charAt(n - 1) == ' ' ? n - 1 : n;
    }
}
