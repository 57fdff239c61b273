package dev.precis.render;

import java.util.Locale;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/** The output formats a summary can be rendered in. */
public enum Format {
    JSON("application/json"),
    MARKDOWN("text/markdown; charset=utf-8"),
    TEXT("text/plain; charset=utf-8"),
    SLACK("application/json"),
    HTML("text/html; charset=utf-8");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** Parses a format name; null means JSON. Unknown names are a {@code BAD_REQUEST}. */
    public static Format parse(String name) {
        if (name == null || name.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PrecisException(ErrorCode.BAD_REQUEST,
                    "unknown format '" + name + "': use json, markdown, text, slack or html");
        }
    }
}
