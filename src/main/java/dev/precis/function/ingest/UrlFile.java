package dev.precis.function.ingest;

import java.nio.charset.StandardCharsets;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * The URL a {@code .url} object names: its first line (text/uri-list comments skipped), or the
 * {@code URL=} line of a Windows Internet Shortcut. The fetcher's guard checks it like any other URL.
 */
final class UrlFile {

    /** A URL file is a line or two; anything longer is not one. */
    static final int MAX_BYTES = 8192;

    private UrlFile() {
    }

    static String parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "a .url object holds one URL, not " + bytes.length + " bytes");
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String s = line.replace("\uFEFF", "").strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("[")) {
                continue; // blank lines, text/uri-list comments, shortcut section headers
            }
            if (s.regionMatches(true, 0, "URL=", 0, 4)) {
                return s.substring(4).strip();
            }
            if (s.indexOf('=') > 0 && !s.contains("://")) {
                continue; // other Internet Shortcut settings
            }
            return s;
        }
        throw new PrecisException(ErrorCode.BAD_REQUEST, "the .url object holds no URL");
    }
}
