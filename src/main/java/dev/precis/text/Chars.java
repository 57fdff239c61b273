package dev.precis.text;

/** Character rules the stages share, each defined once. */
public final class Chars {

    /** The marks that end a sentence: Latin, the ellipsis, and the full-width CJK ones. */
    public static final String SENTENCE_ENDS = ".!?…。！？";

    /** Below the CJK radicals block only Thai writes without spaces; the script lookup is skipped. */
    public static final int FIRST_IDEOGRAPHIC_BLOCK = 0x2E80;

    private Chars() {
    }

    /** One of {@link #SENTENCE_ENDS}. */
    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    /**
     * A character of a script written without spaces between words (Han, Hiragana, Katakana,
     * Thai), each of which the tokenizer makes a word of its own.
     */
    public static boolean isIdeograph(int cp) {
        if (cp < FIRST_IDEOGRAPHIC_BLOCK) {
            return cp >= 0x0E00 && cp <= 0x0E7F;  // Thai, the one spaceless script below the CJK blocks
        }
        return isCjk(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI;
    }

    /** A Chinese or Japanese character (Han, Hiragana, Katakana): about half a word each. */
    public static boolean isCjk(int cp) {
        if (cp < FIRST_IDEOGRAPHIC_BLOCK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD, as a UTF-8 writer needs; {@code s} itself when none. */
    public static String withoutLoneSurrogates(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean lone = !paired && Character.isSurrogate(c);
            if (lone && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(lone ? '\uFFFD' : c);
                if (paired) {
                    sb.append(s.charAt(i + 1));
                }
            }
            i += paired ? 1 : 0;
        }
        return sb == null ? s : sb.toString();
    }
}
