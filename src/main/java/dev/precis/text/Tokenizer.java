package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into word tokens: runs of letters and digits (inner apostrophes and hyphens kept),
 * lower-cased; each CJK ideograph is a token of its own, since those scripts put no spaces.
 */
public final class Tokenizer {

    /** English function words; they carry no topic and are ignored when sentences are compared. */
    private static final Set<String> STOP_WORDS = WordSets.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the",
            "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "s", "t",
            "may", "might", "must", "shall", "one", "new", "last", "year", "years", "told", "say");

    /** Longer tokens need not be looked up among the stop words. */
    private static final int LONGEST_STOP_WORD = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * For sizing word lists before they are filled: English runs about six characters to a word
     * with its space, so a list sized for one word per five characters rarely has to grow.
     */
    public static final int CHARS_PER_WORD = 5;

    public List<String> words(String text) {
        int n = text.length();
        List<String> out = new ArrayList<>(n / CHARS_PER_WORD + 1);
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            if (first < 0x80) { // ASCII, most of the text: no code points, no script lookup
                if (!isAsciiLetterOrDigit(first)) {
                    i++;
                    continue;
                }
            } else {
                int cp = codePointAt(text, i);
                if (Chars.isIdeograph(cp)) {
                    out.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                    continue;
                }
                if (!isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            int start = i;
            boolean plain = true; // no capital, nothing beyond ASCII: the substring is the token
            while (i < n) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (isAsciiLetterOrDigit(c)) {
                        plain &= c < 'A' || c > 'Z';
                        i++;
                    } else if ((c == '\'' || c == '-') && joins(text, start, i)) {
                        i++;
                    } else {
                        break;
                    }
                    continue;
                }
                int cp = codePointAt(text, i);
                if (isLetterOrDigit(cp) && !Chars.isIdeograph(cp)) {
                    plain = false;
                    i += Character.charCount(cp);
                } else if (c == '’' && joins(text, start, i)) {
                    plain = false;
                    i++;
                } else {
                    break;
                }
            }
            String token = text.substring(start, i);
            out.add(plain ? token : token.toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** An apostrophe or hyphen at i stays inside the word when letters stand on both sides. */
    private static boolean joins(String text, int start, int i) {
        return i > start && i + 1 < text.length() && isLetterOrDigit(text.charAt(i + 1));
    }

    /** a–z, A–Z, 0–9: the test most characters of most text need, without a table lookup. */
    public static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The code point at {@code i}, without the surrogate check for the common case of a plain char. */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) ? text.codePointAt(i) : c;
    }

    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp);
    }

    public static boolean isStopWord(String lowerWord) {
        return STOP_WORDS.contains(lowerWord);
    }

    /** Content words only: stop words and one-letter tokens removed. */
    public List<String> contentWords(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (isContentWord(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** A token that carries topic: not a stop word, and not one letter (a lone ideograph is a word). */
    public static boolean isContentWord(String token) {
        int n = token.length();
        return n > LONGEST_STOP_WORD || (n > 1 || Chars.isIdeograph(token.codePointAt(0))) && !STOP_WORDS.contains(token);
    }
}
