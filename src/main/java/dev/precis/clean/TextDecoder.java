package dev.precis.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Bytes to text. The bytes decide first (a BOM, or valid multi-byte UTF-8 whatever the page
 * claims), then the HTTP header, then a meta tag, then windows-1252, the web's usual fallback.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.-]{2,40})");
    /** How far into a document to look for a meta charset. */
    private static final int META_SCAN_BYTES = 4096;
    /** A document with more control bytes than this share of its opening is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int BINARY_SCAN_BYTES = 4096;
    /**
     * Openings of binary formats, as Latin-1 characters. PDF, PostScript and RTF are ASCII up
     * front, and a short PNG or ZIP can stay under the control-character share, so the format's
     * own signature decides: a document that opens with one is never summarized as its syntax.
     */
    private static final List<String> BINARY_SIGNATURES = List.of(
            "%PDF-", "%!PS", "{\\rtf", "\u0089PNG", "GIF87a", "GIF89a", "\u00ff\u00d8\u00ff",
            "PK\u0003\u0004", "\u001f\u008b", "\u007fELF", "OggS", "\u0000\u0000\u0001\u0000");

    /** Text and the charset it was decoded from. */
    public record Decoded(String text, Charset charset) {
    }

    /** Decodes {@code bytes}; {@code declared} is the HTTP header's charset or null. */
    public String decode(byte[] bytes, String declared) {
        return decodeNoting(bytes, declared).text();
    }

    /** As {@link #decode}, also saying which charset the bytes were read in. */
    public Decoded decodeNoting(byte[] bytes, String declared) {
        requireText(bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        // The JDK's decoder replaces every ill-formed sequence with U+FFFD: a result without one
        // came from well-formed UTF-8, in a single pass. Only text holding U+FFFD is checked again.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isStrictUtf8(bytes)) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset charset = charsetOrNull(declared);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            Charset meta = metaCharset(bytes);
            if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
                charset = meta;
            }
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            // Not valid UTF-8 whatever it says; browsers read Latin-1 labels as windows-1252.
            charset = Charset.forName("windows-1252");
        }
        return new Decoded(new String(bytes, charset), charset);
    }

    /** Refuses bytes that are not text at all (an image, an archive). */
    public void requireText(byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "the document is binary, not HTML or text");
        }
    }

    /** True when the bytes open with a UTF-16 byte order mark: markup there is not ASCII bytes. */
    public static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    /**
     * True when, in this charset, every ASCII character is its own single byte and no shift
     * state changes that: then {@code <}, quotes and tag names can be found in the bytes before
     * decoding. UTF-8, the single-byte charsets and the East Asian multi-byte ones qualify (their
     * trailing bytes follow a lead byte above 0x80, never a {@code <}); UTF-16, EBCDIC and the
     * stateful ISO-2022, HZ and UTF-7 do not.
     */
    public static boolean markupIsAscii(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true; // nearly every page: no need to try the charset
        }
        String name = charset.name().toLowerCase(Locale.ROOT);
        if (name.contains("2022") || name.contains("utf-7") || name.contains("hz") || !charset.canEncode()) {
            return false;
        }
        byte[] ascii = new byte[0x80];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) i;
        }
        return Arrays.equals(new String(ascii, StandardCharsets.US_ASCII).getBytes(charset), ascii);
    }

    /** Well-formed UTF-8 by RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF). */
    static boolean isStrictUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min2;
            int max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min2 = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min2 = b == 0xE0 ? 0xA0 : 0x80;
                max2 = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min2 = b == 0xF0 ? 0x90 : 0x80;
                max2 = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + need >= n) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xff;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    private static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SCAN_BYTES);
        if (n == 0) {
            return false;
        }
        for (String signature : BINARY_SIGNATURES) {
            if (opensWith(bytes, signature)) {
                return true;
            }
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 text is full of NUL bytes
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    /** True when decoded text is mostly not text: control characters, replacement characters. */
    public static boolean looksBinary(CharSequence text) {
        for (String signature : BINARY_SIGNATURES) {
            if (text.length() >= signature.length() && text.subSequence(0, signature.length()).toString().equals(signature)) {
                return true;
            }
        }
        int n = Math.min(text.length(), BINARY_SCAN_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7f && c <= 0x9f)
                    || c == '\ufffd') {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE;
    }

    private static boolean opensWith(byte[] bytes, String latin1) {
        if (bytes.length < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((bytes[i] & 0xff) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
