package dev.precis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.render.Format;

/**
 * One summarize request: exactly one of {@code url}, {@code html}, {@code text}; optional
 * {@code title}, {@code bullets} (1..10, default 4) and {@code format} (default json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryRequest(String url, String html, String text, String title, Integer bullets, String format,
        Boolean explain) {

    public static final int DEFAULT_BULLETS = 4;
    public static final int MAX_BULLETS = 10;

    public static SummaryRequest ofUrl(String url) {
        return new SummaryRequest(url, null, null, null, null, null, null);
    }

    public static SummaryRequest ofHtml(String html) {
        return new SummaryRequest(null, html, null, null, null, null, null);
    }

    public static SummaryRequest ofText(String text) {
        return new SummaryRequest(null, null, text, null, null, null, null);
    }

    public SummaryRequest withBullets(int n) {
        return new SummaryRequest(url, html, text, title, n, format, explain);
    }

    public SummaryRequest withTitle(String t) {
        return new SummaryRequest(url, html, text, t, bullets, format, explain);
    }

    /** Checks the request's shape; throws {@code BAD_REQUEST} naming what is wrong. */
    public SummaryRequest validated() {
        int given = (url != null ? 1 : 0) + (html != null ? 1 : 0) + (text != null ? 1 : 0);
        if (given == 0) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "give exactly one of 'url', 'html' or 'text'");
        }
        if (given > 1) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "give only one of 'url', 'html' or 'text', not several");
        }
        if (bullets != null && (bullets < 1 || bullets > MAX_BULLETS)) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'bullets' must be between 1 and " + MAX_BULLETS);
        }
        Format.parse(format);
        String body = url != null ? url : html != null ? html : text;
        if (body.isBlank()) {
            String field = url != null ? "url" : html != null ? "html" : "text";
            throw new PrecisException(ErrorCode.BAD_REQUEST, "'" + field + "' is empty");
        }
        return this;
    }

    public int bulletCount() {
        return bullets == null ? DEFAULT_BULLETS : bullets;
    }

    public Format outputFormat() {
        return Format.parse(format);
    }

    public boolean wantsExplain() {
        return Boolean.TRUE.equals(explain);
    }
}
