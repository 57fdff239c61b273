package dev.precis.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    PageMetadata extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        JsonNode article = ld.stream().filter(MetadataExtractor::isArticleType).findFirst().orElse(null);

        String siteName = first(meta(doc, "og:site_name"), text(article, "publisher", "name"),
                meta(doc, "application-name"));
        String headline = first(meta(doc, "og:title"), text(article, "headline"), meta(doc, "twitter:title"),
                h1(doc), titleWithoutSite(doc.title(), siteName));
        if (headline != null && siteName != null) {
            headline = stripSiteSuffix(headline, siteName);
        }
        String byline = first(notUrl(meta(doc, "author")), authorName(article), notUrl(meta(doc, "article:author")),
                ownText(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")));
        String published = isoDate(first(meta(doc, "article:published_time"), text(article, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "dc.date"), meta(doc, "DC.date.issued")));
        String language = first(attr(doc.selectFirst("html[lang]"), "lang"),
                attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"),
                text(article, "inLanguage"), meta(doc, "og:locale"));
        if (language != null) {
            language = language.replace('_', '-').trim();
        }
        String canonical = first(absAttr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String body = text(article, "articleBody");
        return new PageMetadata(clean(headline), clean(byline), published, clean(siteName), blankToNull(language),
                blankToNull(canonical), body);
    }

    private List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(json.readTree(script.data()), nodes);
            } catch (Exception e) {
                // Malformed JSON-LD is common; the page's other metadata still counts.
            }
        }
        return nodes;
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

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null ? null : blankToNull(h1.text());
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
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return ZonedDateTime.parse(s).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            // "+0530" offsets without a colon
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z", Locale.ROOT))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException ignored) {
            return null;
        }
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
