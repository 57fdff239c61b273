package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting on ASCII whitespace (what the regex {@code \s} matches) without a regex: these run
 * for every paragraph, sentence and element, where String.split would compile a pattern each time.
 */
public final class Whitespace {

    private Whitespace() {
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** The non-empty runs of non-whitespace, in order. */
    public static List<String> split(String s) {
        return split(s, Integer.MAX_VALUE);
    }

    /** The first {@code limit} runs of non-whitespace, in order; the rest is not looked at. */
    public static List<String> split(String s, int limit) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n && out.size() < limit) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** How many words {@link #split} would return, without building them. */
    public static int count(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
