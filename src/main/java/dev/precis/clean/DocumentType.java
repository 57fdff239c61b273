package dev.precis.clean;

import java.util.Locale;
import java.util.Map;

/**
 * The kinds of document the clean stage reads, with the one table of file extensions and media
 * types that name them (the command line, batch jobs and uploads all ask here).
 */
public enum DocumentType {
    HTML("text/html"), TEXT("text/plain"), MARKDOWN("text/markdown");

    private static final Map<String, DocumentType> BY_EXTENSION = Map.of(
            "html", HTML, "htm", HTML, "xhtml", HTML,
            "txt", TEXT, "text", TEXT,
            "md", MARKDOWN, "markdown", MARKDOWN);

    private static final Map<String, DocumentType> BY_MEDIA_TYPE = Map.of(
            "text/html", HTML, "application/xhtml+xml", HTML,
            "text/plain", TEXT,
            "text/markdown", MARKDOWN, "text/x-markdown", MARKDOWN);

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type the clean stage reads this kind as. */
    public String mediaType() {
        return mediaType;
    }

    /** By a file name's extension (after a ".gz"), or null when the name does not say. */
    public static DocumentType ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int slash = lower.lastIndexOf('/');
        int dot = lower.lastIndexOf('.');
        return dot > slash + 1 ? BY_EXTENSION.get(lower.substring(dot + 1)) : null;
    }

    /** By a Content-Type header's media type (parameters ignored), or null when unknown. */
    public static DocumentType ofContentType(String contentType) {
        String base = baseMediaType(contentType);
        return base == null ? null : BY_MEDIA_TYPE.get(base);
    }

    /** The lower-cased media type of a Content-Type header without its parameters, or null. */
    public static String baseMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String base = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return base.isEmpty() ? null : base;
    }
}
