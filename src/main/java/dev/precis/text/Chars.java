package dev.precis.text;

/** Character rules the stages share, each defined once. */
public final class Chars {

    private Chars() {
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
