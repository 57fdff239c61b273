package dev.precis.clean;

/** What a page's markup says about its article, before the body is extracted. */
record PageMetadata(String headline, String byline, String published, String siteName, String language,
        String canonicalUrl, String structuredBody) {
}
