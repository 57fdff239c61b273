package dev.precis.clean;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.precis.text.Whitespace;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads headline, byline, date, site name, language and canonical URL from a page's meta tags,
 * JSON-LD and markup, in that order of trust.
 */
final class MetadataExtractor {

    /** Separators between a title and the site name in {@code <title>}: "Story - Site". */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ");
    private final ObjectMapper json = new ObjectMapper();

    // Selectors parsed once, not on every page.
    private static final Evaluator AUTHOR = QueryParser.parse(
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    /** A visible byline by its class, as Readability.js finds one: the last resort for a byline (a substring test, not a regex, for speed). */
    private static final Evaluator BYLINE = QueryParser.parse("[class*=byline], [class*=author]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv=content-language]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator H1 = QueryParser.parse("article h1, main h1, h1");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2");

    /**
     * The head's {@code <meta>} tags (where og:, twitter: and named tags belong) by lower-cased
     * {@code property} or {@code name}, first in
     * document order winning: one pass instead of a document search per key.
     */
    private record Metas(Map<String, String> content) {
        static Metas of(Document doc) {
            Map<String, String> byKey = new HashMap<>();
            read(doc.head(), byKey);
            // Pages that print their article's meta tags inside the body (templates do): read those
            // too, but only when the head lacks what they would give.
            if (!byKey.containsKey("og:title") || !byKey.containsKey("article:published_time")
                    || !byKey.containsKey("author") && !byKey.containsKey("article:author")) {
                read(doc.body(), byKey);
            }
            return new Metas(byKey);
        }

        private static void read(Element root, Map<String, String> byKey) {
            for (Element m : root.getElementsByTag("meta")) {
                String value = m.attr("content");
                for (String attribute : new String[] {"property", "name"}) {
                    String key = m.attr(attribute).trim();
                    if (!key.isEmpty()) {
                        byKey.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
                    }
                }
            }
        }

        String get(String key) {
            return blankToNull(content.get(key.toLowerCase(Locale.ROOT)));
        }
    }

    /** The page's metadata; the prescan holds the JSON-LD it cut out of the markup. */
    PageMetadata extract(Document doc, MarkupPrescan scanned) {
        Metas metas = Metas.of(doc);
        List<JsonNode> ld = jsonLd(doc, scanned);
        JsonNode article = null;
        for (JsonNode node : ld) {
            if (isArticleType(node)) {
                article = node;
                break;
            }
        }

        String siteName = first(metas.get("og:site_name"), text(article, "publisher", "name"),
                metas.get("application-name"));
        String headline = first(metas.get("og:title"), text(article, "headline"), metas.get("twitter:title"));
        if (headline == null) {
            headline = headlineFromPage(doc, siteName);
        }
        if (headline != null && siteName != null) {
            headline = stripSiteSuffix(headline, siteName);
        }
        String byline = first(notUrl(metas.get("author")), authorName(article), notUrl(metas.get("article:author")),
                metas.get("dc.creator"));
        if (byline == null) {
            byline = ownText(doc.selectFirst(AUTHOR)); // a document search: only when nothing better exists
        }
        if (byline == null) {
            byline = visibleByline(doc.selectFirst(BYLINE));
        }
        String published = first(metas.get("article:published_time"), text(article, "datePublished"));
        if (published == null) {
            published = first(attr(doc.selectFirst(TIME), "datetime"), metas.get("date"), metas.get("pubdate"),
                    metas.get("dc.date"), metas.get("DC.date.issued"));
        }
        published = isoDate(published);
        String language = attr(doc.firstElementChild(), "lang"); // the <html> element: no document search
        if (language == null) {
            language = first(attr(doc.head().selectFirst(CONTENT_LANGUAGE), "content"), text(article, "inLanguage"),
                    metas.get("og:locale"));
        }
        if (language != null) {
            language = language.replace('_', '-').trim();
        }
        String canonical = first(absAttr(doc.head().selectFirst(CANONICAL), "href"), metas.get("og:url"));
        String body = text(article, "articleBody");
        return new PageMetadata(clean(headline), clean(byline), published, clean(siteName), blankToNull(language),
                blankToNull(canonical), body);
    }

    private List<JsonNode> jsonLd(Document doc, MarkupPrescan scanned) {
        List<JsonNode> nodes = new ArrayList<>();
        scanned.jsonLd().forEach(text -> readJsonLd(text, nodes));
        if (!scanned.complete()) {
            // The prescan stopped early: scripts after that point are still in the document.
            doc.select(JSON_LD).forEach(script -> readJsonLd(script.data(), nodes));
        }
        return nodes;
    }

    private void readJsonLd(String text, List<JsonNode> nodes) {
        try {
            collect(json.readTree(text), nodes);
        } catch (Exception e) {
            // Malformed JSON-LD is common; the page's other metadata still counts.
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static boolean isArticleType(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        String t = type.isArray() ? type.toString() : type.asText();
        return t.contains("Article") || t.contains("BlogPosting") || t.contains("Report");
    }

    private static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null) {
                return null;
            }
            if (n.isArray() && n.size() > 0) {
                n = n.get(0);
            }
            n = n.get(p);
        }
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() > 0 && n.get(0).isValueNode() ? n.get(0).asText() : null;
        }
        return n.isValueNode() ? n.asText() : null;
    }

    private static String authorName(JsonNode article) {
        if (article == null || article.get("author") == null) {
            return null;
        }
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.trim());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst(H1);
        return h1 == null ? null : blankToNull(h1.text());
    }

    /**
     * Without structured metadata, in this order of trust: a visible heading that the
     * {@code <title>} repeats (the title confirms it, the heading has no site name); the title with
     * the site name split off, when it reads as a headline (a few words, or no fewer than the h1's; not
     * the site name alone);
     * the first {@code h1} that is not a greeting. A section label in an {@code h1} ("Allergies
     * Health Center") is not in the title, so a headline-length title wins over it.
     */
    private static String headlineFromPage(Document doc, String siteName) {
        String title = blankToNull(doc.title());
        if (title != null) {
            String folded = title.toLowerCase(Locale.ROOT);
            // The title often repeats the site's own heading too ("Story - Site" beside a site
            // banner in an h2): of the headings it repeats, the longest is the story's.
            String repeated = null;
            for (Element h : doc.select(HEADINGS)) {
                String text = h.text().trim();
                if (Whitespace.count(text) >= CleanHeuristics.MIN_TITLED_HEADING_WORDS
                        && folded.contains(text.toLowerCase(Locale.ROOT)) && !isGreeting(text)
                        && !text.equalsIgnoreCase(siteName) && (repeated == null || text.length() > repeated.length())) {
                    repeated = text;
                }
            }
            if (repeated != null) {
                return repeated;
            }
        }
        String fromTitle = titleWithoutSite(title, siteName);
        String h1 = h1(doc);
        if (h1 != null && isGreeting(h1)) {
            h1 = null;
        }
        boolean titleUsable = fromTitle != null && !fromTitle.isEmpty() && !fromTitle.equalsIgnoreCase(siteName);
        if (titleUsable && (h1 == null || Whitespace.count(fromTitle) >= CleanHeuristics.MIN_TITLE_HEADLINE_WORDS
                || Whitespace.count(fromTitle) >= Whitespace.count(h1))) {
            return fromTitle;
        }
        return h1 != null ? h1 : fromTitle;
    }

    private static boolean isGreeting(String heading) {
        return CleanHeuristics.GREETING.matcher(heading).lookingAt();
    }

    private static String titleWithoutSite(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        if (siteName != null) {
            return stripSiteSuffix(title, siteName);
        }
        for (String sep : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && title.length() - at - sep.length() < at) {
                return title.substring(0, at).trim();
            }
        }
        return title.trim();
    }

    private static String stripSiteSuffix(String title, String siteName) {
        String t = title.trim();
        for (String sep : TITLE_SEPARATORS) {
            if (t.endsWith(sep + siteName)) {
                return t.substring(0, t.length() - sep.length() - siteName.length()).trim();
            }
            if (t.startsWith(siteName + sep)) {
                return t.substring(siteName.length() + sep.length()).trim();
            }
        }
        return t;
    }

    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        // Each shape is tried only if the text has it: a failed parse costs an exception.
        try {
            if (fits(DateTimeFormatter.ISO_OFFSET_DATE_TIME, s)) {
                return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            if (fits(DateTimeFormatter.ISO_ZONED_DATE_TIME, s)) {
                return ZonedDateTime.parse(s).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            if (fits(OFFSET_WITHOUT_COLON, s)) {
                return OffsetDateTime.parse(s, OFFSET_WITHOUT_COLON).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            if (fits(DateTimeFormatter.ISO_LOCAL_DATE_TIME, s)) {
                return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** "+0530" offsets without a colon. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z", Locale.ROOT);

    /** Whether the whole of s has the formatter's shape: parse() would not fail on its form. */
    private static boolean fits(DateTimeFormatter formatter, String s) {
        ParsePosition position = new ParsePosition(0);
        return formatter.parseUnresolved(s, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == s.length();
    }

    /** A byline element's text, "By" dropped, when it is short enough to be a name and not a date line. */
    private static String visibleByline(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().trim().replaceFirst("(?i)^by\\s+", "");
        return t.isEmpty() || t.length() > CleanHeuristics.MAX_BYLINE_CHARS || t.contains("://") ? null : t;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String ownText(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String absAttr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(name);
        return blankToNull(abs.isEmpty() ? e.attr(name) : abs);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : blankToNull(BoilerplateFilter.normalizeSpace(s));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
