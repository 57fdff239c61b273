package dev.precis.function.ingest;

import java.util.Locale;
import java.util.Map;

import dev.precis.clean.DocumentType;

/**
 * What an uploaded object holds, by the key's extension first (what the uploader meant), then
 * by its Content-Type (S3 stores whatever the uploader sent, often application/octet-stream).
 * Documents are named by {@link DocumentType}; the kinds here are the ones only uploads have.
 */
enum ObjectKind {
    HTML(DocumentType.HTML), TEXT(DocumentType.TEXT), MARKDOWN(DocumentType.MARKDOWN),
    URL(null), REQUEST(null), UNSUPPORTED(null);

    private static final Map<String, ObjectKind> BY_EXTENSION = Map.of(
            "url", URL, "webloc", URL, "json", REQUEST);

    private static final Map<String, ObjectKind> BY_MEDIA_TYPE = Map.of(
            "text/uri-list", URL, "application/json", REQUEST);

    private final DocumentType document;

    ObjectKind(DocumentType document) {
        this.document = document;
    }

    /** The document type an HTML, text or Markdown object is cleaned as; null for the others. */
    DocumentType document() {
        return document;
    }

    static ObjectKind of(String key, String contentType) {
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        if (dot > slash + 1) {
            ObjectKind k = BY_EXTENSION.get(key.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (k != null) {
                return k;
            }
            DocumentType d = DocumentType.ofFileName(key.substring(slash + 1));
            if (d != null) {
                return of(d);
            }
        }
        String base = DocumentType.baseMediaType(contentType);
        if (base == null) {
            return UNSUPPORTED;
        }
        DocumentType d = DocumentType.ofContentType(base);
        return d != null ? of(d) : BY_MEDIA_TYPE.getOrDefault(base, UNSUPPORTED);
    }

    private static ObjectKind of(DocumentType d) {
        return switch (d) {
            case HTML -> HTML;
            case TEXT -> TEXT;
            case MARKDOWN -> MARKDOWN;
        };
    }
}
