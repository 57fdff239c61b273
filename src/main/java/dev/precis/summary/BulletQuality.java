package dev.precis.summary;

import java.util.List;

import dev.precis.text.Sentence;

import static dev.precis.summary.SummaryHeuristics.*;

/**
 * The bullet-quality penalty: how much of its score a sentence keeps as a bullet. Fragments,
 * questions, long and run-on sentences, captions, back-references, bare quotes, calls to action
 * and photo credits each keep only a share (SummaryHeuristics names them).
 */
final class BulletQuality {

    private BulletQuality() {
    }

    /** Share of a sentence's score it keeps as a bullet: fragments, questions and back-references lose. */
    static double keep(Sentence s, BulletRewriter.Rewritten bullet) {
        String text = s.text();
        int words = s.words().size();
        double keep = 1.0;
        char last = lastLetterOrPunct(text);
        if (words < MIN_WORDS || BULLET_ENDS.indexOf(last) < 0) {
            keep *= KEEP_FRAGMENT;
        }
        if (text.endsWith("?") || text.endsWith("?”") || text.endsWith("?\"") || text.endsWith("？")) {
            keep *= KEEP_QUESTION;
        }
        if (words > LONG_WORDS) {
            keep *= KEEP_LONG;
        }
        if (words > RUN_ON_WORDS) {
            keep *= KEEP_RUN_ON;
        }
        if (mayBeCaption(text) && CAPTION_TEXT.matcher(text).find()) {
            keep *= KEEP_CAPTION;
        }
        if (bullet.pointsBack()) {
            keep *= KEEP_POINTS_BACK;
        }
        if (isBareQuote(text)) {
            keep *= KEEP_BARE_QUOTE;
        }
        if (opensWithAny(text, CALL_TO_ACTION_OPENINGS)) {
            keep *= KEEP_CALL_TO_ACTION;
        } else if (opensWithAny(text, PHOTO_CREDIT_OPENINGS) || endsWithPhotoCredit(text)) {
            keep *= KEEP_PHOTO_CREDIT;  // one penalty for page furniture, never both
        }
        return keep;
    }

    /** A cheap look for what every caption pattern holds, so most sentences skip the regex. */
    private static boolean mayBeCaption(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('(') >= 0 || text.contains("ictured") || text.contains("ICTURED")
                || text.contains("croll down") || text.contains("CROLL DOWN") || text.contains("lick here")
                || text.contains("LICK HERE") || text.contains("etty") || text.contains("ETTY");
    }

    /** True when text opens with one of the lower-case openings, ASCII letters compared without their case. */
    private static boolean opensWithAny(String text, List<String> openings) {
        for (String opening : openings) {
            if (startsWithIgnoringAsciiCase(text, opening)) {
                return true;
            }
        }
        return false;
    }

    /** True when text opens with lowerPrefix, ASCII letters compared without their case. */
    private static boolean startsWithIgnoringAsciiCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A credit such as "(Getty Images)" in the last characters; every credit opens a parenthesis. */
    private static boolean endsWithPhotoCredit(String text) {
        int from = Math.max(0, text.length() - PHOTO_CREDIT_TAIL);
        return text.indexOf('(', from) >= 0 && PHOTO_CREDIT.matcher(text).region(from, text.length()).find();
    }

    /** A sentence that is one quotation, or opens with one: its speaker is elsewhere or after it. */
    private static boolean isBareQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '“' || text.charAt(0) == '"' || text.charAt(0) == '‘');
    }

    private static char lastLetterOrPunct(String text) {
        String t = text.strip();
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }
}
