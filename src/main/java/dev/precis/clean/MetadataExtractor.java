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
import java.util.regex.Pattern;

import dev.precis.text.Whitespace;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads headline, byline, date, site name, language and canonical URL from the page's own
 * evidence, in this order of trust:
 * <ol>
 * <li>JSON-LD: the first Article-type node's headline (or its name, when that covers more of the
 * title), authors and datePublished; the page's editors wrote it to describe the article;</li>
 * <li>Dublin Core meta ({@code dc:title}, {@code dc:creator}): bibliographic statements too;</li>
 * <li>Open Graph and Twitter meta, and {@code author}: share titles, often reworded for feeds
 * ("If You Can Picture A Tarot Card, ..."), and an author tag that is at times the publisher;</li>
 * <li>the {@code <title>} with the site name split off, and the visible heading it repeats;</li>
 * <li>visible markup: a heading nearest the article, a byline outside sidebars and forms.</li>
 * </ol>
 * A value that does not read as one (a date that does not parse, a URL for an author) gives way to
 * the next source.
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
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The head's {@code <meta>} tags (where og:, twitter: and named tags belong) by key, in document
     * order: one pass instead of a document search per key. A key is a {@code property} or {@code name}
     * lower-cased with its dots read as colons ({@code DC.Creator} is {@code dc:creator}); an attribute
     * may list several keys separated by spaces ({@code property="og:title twitter:title"}), and each
     * of them gets the tag's content.
     */
    private record Metas(Map<String, List<String>> content) {
        static Metas of(Document doc) {
            Map<String, List<String>> byKey = new HashMap<>();
            read(doc.head(), byKey);
            // Pages that print their article's meta tags inside the body (templates do): read those
            // too, but only when the head lacks what they would give.
            if (!byKey.containsKey("og:title") || !byKey.containsKey("article:published_time")
                    || !byKey.containsKey("author") && !byKey.containsKey("article:author")) {
                read(doc.body(), byKey);
            }
            return new Metas(byKey);
        }

        private static void read(Element root, Map<String, List<String>> byKey) {
            for (Element m : root.getElementsByTag("meta")) {
                String value = m.attr("content").trim();
                if (value.isEmpty()) {
                    continue;
                }
                for (String attribute : new String[] {"property", "name"}) {
                    for (String key : Whitespace.split(m.attr(attribute))) {
                        List<String> values = byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT).replace('.', ':'),
                                k -> new ArrayList<>(1));
                        if (!values.contains(value)) {
                            values.add(value);
                        }
                    }
                }
            }
        }

        /** The first tag's content for the key. */
        String get(String key) {
            List<String> values = content.get(key);
            return values == null ? null : values.get(0);
        }

        /**
         * Every distinct content for the key that can be a byline ({@link #asByline}), joined: Dublin
         * Core repeats {@code dc:creator} once per author, and so do pages with several {@code author}
         * tags (one of them at times a profile URL, which is left out).
         */
        String names(String key) {
            List<String> values = content.get(key);
            if (values == null) {
                return null;
            }
            List<String> names = new ArrayList<>(values.size());
            for (String v : values) {
                if (asByline(v) != null) {
                    names.add(v.trim());
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
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
        String siteName = siteName(metas, article);
        String canonical = first(absAttr(doc.head().selectFirst(CANONICAL), "href"), metas.get("og:url"));
        return new PageMetadata(clean(headline(doc, metas, article, siteName)), clean(byline(doc, metas, article, ld)),
                published(doc, metas, article), clean(siteName), blankToNull(language(doc, metas, article)),
                blankToNull(canonical), text(article, "articleBody"));
    }

    /**
     * The site's name: Open Graph's {@code og:site_name} before JSON-LD's publisher, against the order
     * of trust, because it is the name the {@code <title>} carries and the headline is split from
     * (a publisher is often the company: "The New York Times Company").
     */
    private static String siteName(Metas metas, JsonNode article) {
        return first(metas.get("og:site_name"), text(article, "publisher", "name"), metas.get("application-name"));
    }

    /** JSON-LD (completed when cut short), Dublin Core, Open Graph and Twitter, then the page's own title and heading. */
    private static String headline(Document doc, Metas metas, JsonNode article, String siteName) {
        String ldHeadline = ldHeadline(article, doc.title());
        if (ldHeadline != null) {
            ldHeadline = uncut(ldHeadline, titleWithoutSite(doc.title(), siteName), metas.get("og:title"),
                    metas.get("twitter:title"));
        }
        String headline = first(ldHeadline, metas.get("dc:title"), metas.get("dcterms:title"),
                metas.get("og:title"), metas.get("twitter:title"));
        if (headline == null) {
            headline = headlineFromPage(doc, siteName);
        }
        return headline != null && siteName != null ? stripSiteSuffix(headline, siteName) : headline;
    }

    /** JSON-LD authors, Dublin Core creators, the author meta, then a marked-up author, then a visible byline. */
    private static String byline(Document doc, Metas metas, JsonNode article, List<JsonNode> ld) {
        String byline = first(authorName(article, ld), metas.names("dc:creator"), metas.names("dcterms:creator"),
                metas.names("author"), asByline(metas.get("article:author")));
        if (byline == null) {
            byline = ownText(doc.selectFirst(AUTHOR)); // a document search: only when nothing better exists
        }
        return byline != null ? byline : visibleByline(doc.select(BYLINE));
    }

    /**
     * The first date that parses, in the order of trust: JSON-LD's datePublished (its "November 19,
     * 2019" gives way to a meta tag's ISO date), Dublin Core's issued date, Open Graph's published
     * time, the older {@code date} and {@code pubdate} names, then a visible {@code <time>} (a document
     * search, only when no meta tag has a date).
     */
    private static String published(Document doc, Metas metas, JsonNode article) {
        String published = firstDate(text(article, "datePublished"), metas.get("dc:date:issued"),
                metas.get("dcterms:issued"), metas.get("dc:date"), metas.get("article:published_time"),
                metas.get("date"), metas.get("pubdate"));
        return published != null ? published : firstDate(attr(doc.selectFirst(TIME), "datetime"));
    }

    /** The {@code <html lang>}, then the Content-Language meta, JSON-LD's inLanguage, Open Graph's locale. */
    private static String language(Document doc, Metas metas, JsonNode article) {
        String language = attr(doc.firstElementChild(), "lang"); // the <html> element: no document search
        if (language == null) {
            language = first(attr(doc.head().selectFirst(CONTENT_LANGUAGE), "content"), text(article, "inLanguage"),
                    metas.get("og:locale"));
        }
        return language == null ? null : language.replace('_', '-').trim();
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
            collect(json.readTree(withoutCdata(text)), nodes);
        } catch (Exception e) {
            // Malformed JSON-LD is common; the page's other metadata still counts.
        }
    }

    /**
     * The JSON inside a CDATA section, as XHTML-minded templates wrap script text, often behind
     * line or block comment marks ({@code //<![CDATA[ ... //]]>}): from the first bracket after the
     * section opens to the last before it closes. Jackson reads none of that wrapping, so without
     * this the page's JSON-LD would be lost. Other text is returned as is.
     */
    static String withoutCdata(String text) {
        int open = text.indexOf("<![CDATA[");
        if (open < 0) {
            return text;
        }
        int close = text.lastIndexOf("]]>");
        String inner = text.substring(open + "<![CDATA[".length(), close > open ? close : text.length());
        int from = 0;
        while (from < inner.length() && inner.charAt(from) != '{' && inner.charAt(from) != '[') {
            from++;
        }
        int to = Math.max(inner.lastIndexOf('}'), inner.lastIndexOf(']'));
        return to > from ? inner.substring(from, to + 1) : inner;
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
            n = n.size() > 0 ? n.get(0) : null;
        }
        return n != null && n.isValueNode() ? unescaped(n.asText()) : null;
    }

    /**
     * JSON-LD's text as a reader sees it: CMSs write it HTML-escaped ("&amp;#8220;", "&amp;nbsp;"), and
     * JSON has no entities of its own.
     */
    private static String unescaped(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    /**
     * The article node's headline; when it also has a different name, the one that covers more of
     * the {@code <title>}'s words (Wikipedia's headline is a description of the subject and its name
     * the title: "constitutional monarchy in Oceania" beside "New Zealand"; elsewhere the name is the
     * site's, and the headline covers more).
     */
    private static String ldHeadline(JsonNode article, String title) {
        String headline = blankToNull(text(article, "headline"));
        String name = blankToNull(text(article, "name"));
        if (headline == null || name == null || title == null || name.equalsIgnoreCase(headline)) {
            return headline;
        }
        List<String> titleWords = words(title);
        return covered(titleWords, words(name)) > covered(titleWords, words(headline)) ? name : headline;
    }

    /** Lower-cased runs of letters and digits. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** How many of the title's words the candidate has. */
    private static int covered(List<String> titleWords, List<String> candidate) {
        int n = 0;
        for (String w : titleWords) {
            n += candidate.contains(w) ? 1 : 0;
        }
        return n;
    }

    /**
     * The article's authors' names, joined. An author may be a reference ({@code {"@id": ...}}) to a
     * Person elsewhere in the page's JSON-LD, as in the {@code @graph} that WordPress's SEO plugins
     * write: it is looked up among the page's nodes.
     */
    private static String authorName(JsonNode article, List<JsonNode> ld) {
        if (article == null || article.get("author") == null) {
            return null;
        }
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            if (name == null && a.hasNonNull("@id")) {
                name = byId(ld, a.get("@id").asText()).path("name").asText(null);
            }
            if (asByline(name) != null && !name.isBlank()) {
                names.add(unescaped(name.trim()));
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static JsonNode byId(List<JsonNode> ld, String id) {
        for (JsonNode node : ld) {
            if (id.equals(node.path("@id").asText(null))) {
                return node;
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * The headline, or a longer source's text when it only cut it short: search engines ask for a
     * JSON-LD headline of at most 110 characters, and publishers cut theirs there ("... making him
     * third Beijing local to contract") while the title and share tags keep the whole of it. The
     * longer text counts up to its first title separator, so a title's " | Site" is no continuation.
     */
    private static String uncut(String headline, String... fuller) {
        String h = headline.strip();
        for (String f : fuller) {
            if (f == null || f.length() <= h.length() || !f.regionMatches(true, 0, h, 0, h.length())
                    || !Whitespace.isSpace(f.charAt(h.length()))) {
                continue;
            }
            String rest = f.substring(h.length());
            int end = rest.length();
            for (String sep : TITLE_SEPARATORS) {
                int at = rest.indexOf(sep);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            if (!rest.substring(0, end).isBlank()) {
                return h + rest.substring(0, end).stripTrailing();
            }
        }
        return headline;
    }

    private static String firstDate(String... raws) {
        for (String raw : raws) {
            String date = isoDate(raw);
            if (date != null) {
                return date;
            }
        }
        return null;
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

    /**
     * The first byline-classed element outside page chrome whose text, "By" dropped, is short enough
     * to be a name: a sidebar's "follow our writers" block is chrome, and a long author bio is
     * passed over for the name inside or after it.
     */
    private static String visibleByline(Elements candidates) {
        for (Element e : candidates) {
            if (inChrome(e)) {
                continue;
            }
            String t = e.text().trim().replaceFirst("(?i)^by\\s+", "");
            if (!t.isEmpty() && t.length() <= CleanHeuristics.MAX_BYLINE_CHARS && !t.contains("://")) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether the element sits in a sidebar, menu or form (a comment form's "Name (required)" is
     * classed as its author): an aside, a nav, a form, or an element with a chrome role.
     */
    private static boolean inChrome(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (CleanHeuristics.BYLINE_CHROME_TAGS.contains(p.normalName())
                    || CleanHeuristics.ALWAYS_REMOVE_ROLES.contains(p.attr("role").trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} when it can be a byline: not a URL, not a CMS account's login name. */
    private static String asByline(String s) {
        return s == null || s.startsWith("http") || CleanHeuristics.ACCOUNT_NAME.matcher(s.trim()).matches() ? null : s;
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
