package dev.precis.clean;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.precis.clean.CleanHeuristics.PRESCAN_CUT;
import static dev.precis.clean.CleanHeuristics.PRESCAN_HOLLOW;
import static dev.precis.clean.CleanHeuristics.PRESCAN_METADATA_MARKS;
import static dev.precis.clean.CleanHeuristics.PRESCAN_NESTABLE;
import static dev.precis.clean.CleanHeuristics.PRESCAN_OPAQUE;

/**
 * One pass over a page's markup before it is parsed. It counts the tags (the bound on page
 * size), cuts out what no reader sees and the clean stage would remove anyway (comments,
 * scripts, styles, inline SVG, templates; see {@link CleanHeuristics#PRESCAN_CUT}), empties
 * page chrome such as menus and footers ({@link CleanHeuristics#PRESCAN_HOLLOW}), so the parser
 * never builds nodes for any of it, and keeps the text of JSON-LD scripts for the metadata.
 *
 * <p>On a typical news page these are about 40% of the characters. The scan follows the HTML
 * tokenizer where it matters: tags end at a {@code >} outside quoted attribute values, the
 * text of {@code title} and other raw-text elements is passed over, not searched, and a
 * script ends where the tokenizer's script states end it. Where the tokenizer would do
 * something the scan does not model (an element or comment that never ends, {@code plaintext})
 * it stops and leaves the rest of the page to the parser, as {@link #complete()} says.
 *
 * @param page     the markup as it came
 * @param kept     the ranges of {@code page} that remain, as start and end offsets in pairs
 * @param tags     start tags the parser will read, plus the cut elements themselves; after an early
 *                 stop every {@code <} and letter counts, an upper bound
 * @param jsonLd   the text of each {@code application/ld+json} script, in order
 * @param complete false when the scan stopped early: the rest of {@code html} is the page's own,
 *                 and may still hold JSON-LD scripts
 */
record MarkupPrescan(String page, int[] kept, int tags, List<String> jsonLd, boolean complete) {

    static MarkupPrescan of(String page) {
        return new Scanner(page).scan();
    }

    /** The markup with the cut elements removed, read in place: no copy of the page is made. */
    Reader reader() {
        return new Reader() {
            private int range;
            private int at = kept.length > 0 ? kept[0] : 0;

            @Override
            public int read(char[] buffer, int offset, int length) {
                while (range < kept.length && at >= kept[range + 1]) {
                    range += 2;
                    if (range < kept.length) {
                        at = kept[range];
                    }
                }
                if (range >= kept.length) {
                    return -1;
                }
                int count = Math.min(length, kept[range + 1] - at);
                page.getChars(at, at + count, buffer, offset);
                at += count;
                return count;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /**
     * The kept bytes, when this scan read {@code source} as Latin-1 (one char per byte, so its
     * offsets are byte offsets): the markup to decode, without the cut elements.
     */
    byte[] keptBytes(byte[] source) {
        int length = 0;
        for (int i = 0; i < kept.length; i += 2) {
            length += kept[i + 1] - kept[i];
        }
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < kept.length; i += 2) {
            System.arraycopy(source, kept[i], out, at, kept[i + 1] - kept[i]);
            at += kept[i + 1] - kept[i];
        }
        return out;
    }

    /** This scan of a Latin-1 view of bytes, now over {@code decoded} (its kept bytes, decoded). */
    MarkupPrescan decodedAs(TextDecoder.Decoded decoded) {
        List<String> ld = new ArrayList<>(jsonLd.size());
        for (String latin1 : jsonLd) {
            ld.add(new String(latin1.getBytes(StandardCharsets.ISO_8859_1), decoded.charset()));
        }
        String text = decoded.text();
        return new MarkupPrescan(text, new int[] {0, text.length()}, tags, List.copyOf(ld), complete);
    }

    /** The markup with the cut elements removed, as a string. */
    String html() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kept.length; i += 2) {
            sb.append(page, kept[i], kept[i + 1]);
        }
        return sb.toString();
    }

    private static final class Scanner {
        private final String s;
        private final int n;
        private final List<String> jsonLd = new ArrayList<>(2);
        private int[] kept = new int[16];
        /** For each metadata mark: where it next occurs at or after searchedFrom (n: nowhere). */
        private final int[] nextMark = new int[PRESCAN_METADATA_MARKS.size()];
        private final int[] searchedFrom = new int[PRESCAN_METADATA_MARKS.size()];
        private int ranges;
        private int copied;
        private int tags;

        Scanner(String s) {
            this.s = s;
            this.n = s.length();
            Arrays.fill(nextMark, -1); // not searched yet
        }

        MarkupPrescan scan() {
            int i = s.indexOf('<');
            while (i >= 0 && i + 1 < n) {
                char c = s.charAt(i + 1);
                int next;
                if (c == '!' && s.startsWith("--", i + 2)) {
                    next = comment(i);
                } else if (isAsciiLetter(c)) {
                    tags++;
                    next = element(i);
                } else {
                    next = i + 1;
                }
                if (next < 0) {
                    return finish(i, false);
                }
                i = s.indexOf('<', next);
            }
            return finish(n, true);
        }

        /** After a comment, which is cut; -1 when it never ends (the parser makes the rest a comment). */
        private int comment(int start) {
            int body = start + 4;
            // "<!-->" and "<!--->" are complete (if malformed) comments to the HTML tokenizer.
            if (s.startsWith(">", body)) {
                return cut(start, body + 1);
            }
            if (s.startsWith("->", body)) {
                return cut(start, body + 2);
            }
            int end = s.indexOf("-->", body);
            return end < 0 ? -1 : cut(start, end + 3);
        }

        /** After the element starting at {@code start}: its start tag, or all of it when it is cut or opaque. */
        private int element(int start) {
            int nameEnd = start + 1;
            while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
                nameEnd++;
            }
            int tagEnd = endOfTag(nameEnd);
            if (tagEnd < 0) {
                return -1;
            }
            String name = tagName(start + 1, nameEnd);
            if (name == null) {
                return tagEnd;
            }
            if (name.equals("plaintext")) {
                return -1; // everything after it is text
            }
            boolean selfClosed = s.charAt(tagEnd - 2) == '/';
            if (name.equals("svg") && selfClosed) {
                return cut(start, tagEnd); // foreign elements honour "/>"
            }
            int close = name.equals("script") ? scriptEnd(tagEnd) : closingTag(name, tagEnd);
            if (name.equals("title") && (close < 0 || isUnclosedTitle(tagEnd, close))) {
                // An unclosed title would swallow the page as its text: the tag and its line go instead.
                int lt = s.indexOf('<', tagEnd);
                return cut(start, lt < 0 ? n : lt);
            }
            if (close < 0) {
                return -1;
            }
            int closeEnd = s.indexOf('>', close);
            if (closeEnd < 0) {
                return -1;
            }
            if (PRESCAN_OPAQUE.contains(name)) {
                return closeEnd + 1; // kept whole, its text never searched for tags
            }
            if (name.equals("script") && isJsonLd(start, tagEnd)) {
                jsonLd.add(s.substring(tagEnd, close));
            }
            if (PRESCAN_HOLLOW.contains(name)) {
                if (!holdsMetadata(tagEnd, close)) {
                    cut(tagEnd, close); // start and end tag kept: the tree is built as with the content
                }
                return closeEnd + 1;
            }
            return cut(start, closeEnd + 1);
        }

        /**
         * True when {@code [from, to)} holds a mark of what the metadata reads from the markup
         * when meta tags lack it ({@link CleanHeuristics#PRESCAN_METADATA_MARKS}): such chrome
         * stays whole. The questions come in page order, so each mark's next occurrence is
         * remembered and the page is searched for it at most once, from the first chrome on.
         */
        private boolean holdsMetadata(int from, int to) {
            for (int k = 0; k < nextMark.length; k++) {
                if (from < searchedFrom[k] || nextMark[k] < from) {
                    int at = s.indexOf(PRESCAN_METADATA_MARKS.get(k), from);
                    nextMark[k] = at < 0 ? n : at;
                    searchedFrom[k] = from;
                }
                if (nextMark[k] < to) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the title's text runs past where a head ends: a body or paragraph tag, or more
         * than {@link CleanHeuristics#MAX_TITLE_CHARS} characters holding markup. A title holds text, and
         * an end tag found that far on closes some other title.
         */
        private boolean isUnclosedTitle(int from, int close) {
            if (close - from <= CleanHeuristics.MAX_TITLE_CHARS) {
                return false;
            }
            String text = s.substring(from, close);
            return indexOfIgnoreCase(text, "<body") >= 0 || indexOfIgnoreCase(text, "</head") >= 0
                    || indexOfIgnoreCase(text, "<p") >= 0 || indexOfIgnoreCase(text, "<div") >= 0
                    || indexOfIgnoreCase(text, "<table") >= 0;
        }

        /** The index after the tag's {@code >}, quoted attribute values passed over; -1 if none. */
        private int endOfTag(int from) {
            int i = from;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '>') {
                    return i + 1;
                }
                if (c == '=') {
                    int v = i + 1;
                    while (v < n && isSpace(s.charAt(v))) {
                        v++;
                    }
                    if (v < n && (s.charAt(v) == '"' || s.charAt(v) == '\'')) {
                        int q = s.indexOf(s.charAt(v), v + 1);
                        if (q < 0) {
                            return -1;
                        }
                        i = q + 1;
                        continue;
                    }
                    i = v;
                    continue;
                }
                i++;
            }
            return -1;
        }

        /** The {@code <} of the end tag that closes {@code name}, nested ones counted where they nest; -1 if none. */
        private int closingTag(String name, int from) {
            boolean nests = PRESCAN_NESTABLE.contains(name);
            if (!nests) {
                for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
                    if (namedAt(name, i + 2)) {
                        return i;
                    }
                }
                return -1;
            }
            int depth = 0;
            int i = from;
            while ((i = s.indexOf('<', i)) >= 0 && i + 1 < n) {
                if (s.charAt(i + 1) == '/' && namedAt(name, i + 2)) {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                } else if (namedAt(name, i + 1)) {
                    depth++;
                }
                i++;
            }
            return -1;
        }

        /**
         * The {@code <} of the end tag that closes a script, found as the HTML tokenizer finds it:
         * after {@code <!--} a script is "escaped", a {@code <script} there makes it "double
         * escaped", where {@code </script>} only returns to escaped, and {@code -->} ends both.
         * -1 if the script never ends.
         */
        private int scriptEnd(int from) {
            boolean escaped = false;
            boolean doubleEscaped = false;
            int i = from;
            while (true) {
                int lt = s.indexOf('<', i);
                if (escaped || doubleEscaped) {
                    int dashes = s.indexOf("-->", i);
                    if (dashes >= 0 && (lt < 0 || dashes < lt)) {
                        escaped = false;
                        doubleEscaped = false;
                        i = dashes + 3;
                        continue;
                    }
                }
                if (lt < 0 || lt + 1 >= n) {
                    return -1;
                }
                if (!escaped && !doubleEscaped && s.startsWith("<!--", lt)) {
                    escaped = true;
                    i = lt + 2; // "<!-->" opens and closes at once
                } else if (s.charAt(lt + 1) == '/' && namedAt("script", lt + 2)) {
                    if (!doubleEscaped) {
                        return lt;
                    }
                    doubleEscaped = false;
                    escaped = true;
                    i = lt + 2;
                } else if (escaped && namedAt("script", lt + 1)) {
                    escaped = false;
                    doubleEscaped = true;
                    i = lt + 1;
                } else {
                    i = lt + 1;
                }
            }
        }

        /** True when {@code name} (any case) starts at {@code at} and ends there as a tag name does. */
        private boolean namedAt(String name, int at) {
            int end = at + name.length();
            if (end >= n || !s.regionMatches(true, at, name, 0, name.length())) {
                return false;
            }
            char c = s.charAt(end);
            return c == '>' || c == '/' || isSpace(c);
        }

        /** The cut or opaque element name starting at {@code from}, lower-cased; null for every other tag. */
        private String tagName(int from, int to) {
            int length = to - from;
            // No cut or opaque name is 1, 2 or 4 letters long (p, a, li, div, span...) or starts
            // otherwise: most tags end here.
            if (length < 3 || length == 4 || length > 9 || "sSnNtTiIxXpPfFaAbBdDvV".indexOf(s.charAt(from)) < 0) {
                return null;
            }
            for (String name : PRESCAN_CUT) {
                if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                    return name;
                }
            }
            for (String name : PRESCAN_HOLLOW) {
                if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                    return name;
                }
            }
            for (String name : PRESCAN_OPAQUE) {
                if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                    return name;
                }
            }
            return length == 9 && s.regionMatches(true, from, "plaintext", 0, 9) ? "plaintext" : null;
        }

        private boolean isJsonLd(int start, int tagEnd) {
            return indexOfIgnoreCase(s.substring(start, tagEnd), "application/ld+json") >= 0;
        }

        private int cut(int from, int to) {
            keep(copied, from);
            copied = to;
            return to;
        }

        private void keep(int from, int to) {
            if (to <= from) {
                return;
            }
            if (ranges + 2 > kept.length) {
                kept = Arrays.copyOf(kept, kept.length * 2);
            }
            kept[ranges++] = from;
            kept[ranges++] = to;
        }

        private MarkupPrescan finish(int stoppedAt, boolean complete) {
            if (!complete) {
                tags += countTags(stoppedAt + 1);
            }
            keep(copied, n);
            return new MarkupPrescan(s, Arrays.copyOf(kept, ranges), tags, List.copyOf(jsonLd), complete);
        }

        private int countTags(int from) {
            int count = 0;
            for (int i = s.indexOf('<', from); i >= 0 && i + 1 < n; i = s.indexOf('<', i + 1)) {
                if (isAsciiLetter(s.charAt(i + 1))) {
                    count++;
                }
            }
            return count;
        }
    }

    private static int indexOfIgnoreCase(String haystack, String needle) {
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
