package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.CLASS_WEIGHT;
import static dev.precis.clean.CleanHeuristics.LABEL_PARTS;
import static dev.precis.clean.CleanHeuristics.LIKELY_NAMES;
import static dev.precis.clean.CleanHeuristics.UNLIKELY_PARTS;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import dev.precis.text.Whitespace;

/**
 * What an element's class and id say about it, as Readability.js reads them: a LIKELY_NAMES
 * token marks the article, an UNLIKELY_PARTS part marks chrome. An instance remembers its
 * verdict on each distinct class or id string (pages repeat them on many elements) in a plain
 * map: it is not thread-safe, so use one per page and never share it (the static checks keep no cache).
 */
final class ClassNames {

    private static final int LIKELY = 1;
    private static final int UNLIKELY = 2;

    private final Map<String, Integer> verdicts = new HashMap<>();

    /** True when a class or id token has an unlikely part and none is a likely name; cached per string. */
    boolean unlikely(Element e) {
        return isUnlikely(e, verdicts);
    }

    /** {@link #unlikely} without a cache, for one-off checks. */
    static boolean isUnlikely(Element e) {
        return isUnlikely(e, null);
    }

    private static boolean isUnlikely(Element e, Map<String, Integer> verdicts) {
        Attributes attributes = e.attributes();
        String cls = attributes.get("class");
        String id = attributes.get("id");
        if (id.isEmpty() && cls.isEmpty()) {
            return false;
        }
        int names = judged(cls, verdicts) | judged(id, verdicts);
        return (names & LIKELY) == 0 && (names & UNLIKELY) != 0;
    }

    /**
     * The score a candidate's names add: {@code CLASS_WEIGHT} for a likely name, minus it for an
     * unlikely one, nothing otherwise.
     */
    static double weight(Element e) {
        String names = (e.className() + " " + e.id()).trim();
        if (names.isEmpty()) {
            return 0;
        }
        for (String token : Whitespace.split(names.toLowerCase(Locale.ROOT))) {
            if (LIKELY_NAMES.contains(token)) {
                return CLASS_WEIGHT;
            }
        }
        return isUnlikely(e) ? -CLASS_WEIGHT : 0;
    }

    private static int judged(String names, Map<String, Integer> verdicts) {
        if (names.isEmpty()) {
            return 0;
        }
        return verdicts == null ? judge(names) : verdicts.computeIfAbsent(names, ClassNames::judge);
    }

    /** LIKELY if a token is a LIKELY_NAMES name, plus UNLIKELY if a token has an UNLIKELY_PARTS part. */
    private static int judge(String names) {
        int verdict = 0;
        for (String token : Whitespace.split(names.toLowerCase(Locale.ROOT))) {
            if (LIKELY_NAMES.contains(token)) {
                verdict |= LIKELY;
            } else if (hasUnlikelyPart(token)) {
                verdict |= UNLIKELY;
            }
        }
        return verdict;
    }

    /**
     * True when a part of {@code token} between '-' and '_' separators is an UNLIKELY_PARTS word,
     * before any LABEL_PARTS part that other parts follow: "category-social_media" is a topic label.
     */
    static boolean hasUnlikelyPart(String token) {
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_') {
                if (i > start) {
                    String part = token.substring(start, i);
                    if (i < token.length() && LABEL_PARTS.contains(part)) {
                        return false; // what follows is a label's value
                    }
                    if (UNLIKELY_PARTS.contains(part)) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }
}
