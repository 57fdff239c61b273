package dev.precis.clean;

import java.util.List;

/**
 * The article's own text and what the page says about it. Optional fields are null when the
 * page does not carry them.
 *
 * @param headline     the article's title (null when neither page nor caller gave one)
 * @param paragraphs   body paragraphs in reading order, boilerplate removed
 * @param byline       author as the page names them
 * @param published    publication time, ISO-8601
 * @param siteName     the publication's name
 * @param language     BCP 47 language tag as declared by the page
 * @param canonicalUrl the page's canonical URL
 * @param url          where the page was fetched from, if it was
 */
public record Article(String headline, List<String> paragraphs, String byline, String published, String siteName,
        String language, String canonicalUrl, String url) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public Article withHeadline(String h) {
        return new Article(h, paragraphs, byline, published, siteName, language, canonicalUrl, url);
    }

    public Article withUrl(String u) {
        return new Article(headline, paragraphs, byline, published, siteName, language, canonicalUrl, u);
    }

    public Article withLanguage(String lang) {
        return new Article(headline, paragraphs, byline, published, siteName, lang, canonicalUrl, url);
    }

    /** The body as the extraction benchmark reads it: paragraphs joined by newlines. */
    public String bodyText() {
        return String.join("\n", paragraphs);
    }
}
