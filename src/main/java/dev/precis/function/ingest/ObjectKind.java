package dev.precis.function.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * What an uploaded object holds, by the key's extension first (what the uploader meant), then
 * by its Content-Type (S3 stores whatever the uploader sent, often application/octet-stream).
 */
enum ObjectKind {
    HTML, TEXT, URL, REQUEST, UNSUPPORTED;

    private static final Map<String, ObjectKind> BY_EXTENSION = Map.of(
            "html", HTML, "htm", HTML, "xhtml", HTML,
            "txt", TEXT, "text", TEXT, "md", TEXT,
            "url", URL, "webloc", URL,
            "json", REQUEST);

    private static final Map<String, ObjectKind> BY_MEDIA_TYPE = Map.of(
            "text/html", HTML, "application/xhtml+xml", HTML,
            "text/plain", TEXT, "text/markdown", TEXT,
            "text/uri-list", URL,
            "application/json", REQUEST);

    static ObjectKind of(String key, String contentType) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        if (dot > slash + 1) {
            ObjectKind k = BY_EXTENSION.get(key.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (k != null) {
                return k;
            }
        }
        if (contentType != null) {
            int semi = contentType.indexOf(';');
            String base = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
            return BY_MEDIA_TYPE.getOrDefault(base, UNSUPPORTED);
        }
        return UNSUPPORTED;
    }
}
