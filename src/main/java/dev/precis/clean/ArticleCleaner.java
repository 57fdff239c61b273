package dev.precis.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.text.Whitespace;

/**
 * The clean stage: HTML, plain text or raw bytes in, an {@link Article} out, holding the
 * article's own text and nothing of the page around it.
 */
public final class ArticleCleaner {

    private static final Pattern HTML_SNIFF =
            Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<meta|<title|<!--|<p[\\s>]|<div[\\s>]|<article)");
    /** A headline line of plain text: short, no sentence-final period. */
    private static final int MAX_TEXT_HEADLINE_CHARS = 200;
    private static final int MAX_TEXT_HEADLINE_WORDS = 30;

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final Pruner pruner = new Pruner();
    private final ContentScorer scorer = new ContentScorer();
    private final IndexDetector index = new IndexDetector();
    private final ParagraphCollector collector = new ParagraphCollector();
    private final BoilerplateFilter filter = new BoilerplateFilter();
    private final TextDecoder decoder = new TextDecoder();
    private final MarkdownReader markdownReader = new MarkdownReader();
    private final FallbackChain chain = new FallbackChain(new Pruner(Pruner.Names.IGNORED), scorer, index, collector,
            filter);

    /** Decodes bytes (charset from BOM, bytes, header, meta) and cleans them as HTML or text. */
    public Article fromBytes(byte[] bytes, String mediaType, String declaredCharset, String url) {
        if (DocumentType.MARKDOWN.mediaType().equals(mediaType)) {
            return fromMarkdown(decoder.decode(bytes, declaredCharset)).withUrl(url);
        }
        if ("text/plain".equals(mediaType)) {
            String decoded = decoder.decode(bytes, declaredCharset);
            return looksLikeHtml(decoded) ? fromHtml(decoded, url) : fromText(decoded).withUrl(url);
        }
        return fromHtml(prescanBytes(bytes, declaredCharset), url);
    }

    /**
     * Markup given as bytes is prescanned before it is decoded, so the scripts and styles it
     * cuts are never decoded at all. The bytes are scanned as Latin-1 (a plain copy, one char
     * per byte), and only the kept bytes go to the decoder; where the charset turns out not to
     * write markup in ASCII bytes (UTF-16, ISO-2022), the whole page is decoded first instead.
     */
    private MarkupPrescan prescanBytes(byte[] bytes, String declaredCharset) {
        decoder.requireText(bytes);
        if (!TextDecoder.hasUtf16Bom(bytes)) {
            MarkupPrescan scanned = MarkupPrescan.of(new String(bytes, StandardCharsets.ISO_8859_1));
            TextDecoder.Decoded kept = decoder.decodeNoting(scanned.keptBytes(bytes), declaredCharset);
            if (TextDecoder.markupIsAscii(kept.charset())) {
                return scanned.decodedAs(kept);
            }
        }
        return MarkupPrescan.of(decoder.decode(bytes, declaredCharset));
    }

    public static boolean looksLikeHtml(String s) {
        return HTML_SNIFF.matcher(s.length() > 2048 ? s.substring(0, 2048) : s).find();
    }

    public Article fromHtml(String html, String url) {
        return fromHtml(MarkupPrescan.of(html), url);
    }

    private Article fromHtml(MarkupPrescan scanned, String url) {
        if (scanned.tags() > CleanHeuristics.MAX_ELEMENTS) {
            throw new PrecisException(ErrorCode.TOO_LARGE,
                    "the page has more than " + CleanHeuristics.MAX_ELEMENTS + " elements");
        }
        Document doc = Parser.htmlParser().parseInput(scanned.reader(), url == null ? "" : url);
        PageMetadata meta = metadata.extract(doc, scanned);
        Element body = doc.body();
        if (body.normalName().equals("frameset")) {
            throw new PrecisException(ErrorCode.NOT_AN_ARTICLE, "the page is a frameset: its text is in the pages it frames ("
                    + String.join(", ", body.select("frame[src]").eachAttr("src")) + "); summarize one of those");
        }
        UnclosedLinks.repair(body);
        List<Element> main = scorer.mainContent(body, pruner.prune(body));
        requireNotIndex(main);
        FallbackChain.Result found = chain.run(body, main, meta, () -> parseBody(scanned, url));
        List<String> paragraphs = found.paragraphs();
        if (found.walled() && FallbackChain.words(paragraphs) < CleanHeuristics.MIN_WALLED_ARTICLE_WORDS) {
            throw new PrecisException(ErrorCode.NOT_AN_ARTICLE,
                    "the page shows only a teaser; the article is behind a login or subscription wall");
        }
        requireBounded(paragraphs);
        return new Article(meta.headline(), paragraphs, meta.byline(), meta.published(), meta.siteName(),
                normalizeLanguage(meta.language()), meta.canonicalUrl(), url);
    }

    /** The page's body parsed again, its unclosed links repaired, for the fallback chain's second try. */
    private static Element parseBody(MarkupPrescan scanned, String url) {
        Element body = Parser.htmlParser().parseInput(scanned.reader(), url == null ? "" : url).body();
        UnclosedLinks.repair(body);
        return body;
    }

    /** Plain text: an opening title line becomes the headline; blank lines separate paragraphs. */
    public Article fromText(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String headline = null;
        int start = 0;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start < lines.length && isHeadlineLine(lines, start)) {
            headline = BoilerplateFilter.normalizeSpace(lines[start]);
            start++;
        }
        List<String> paragraphs = new ArrayList<>();
        Paragraph current = new Paragraph(paragraphs);
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                current.flush();
                continue;
            }
            if (current.endsParagraph()) {
                current.flush();
            }
            current.add(line);
        }
        current.flush();
        return fromParagraphs(headline, paragraphs);
    }

    /** Markdown: read by the CommonMark grammar, then through the same line filters as text. */
    public Article fromMarkdown(String markdown) {
        if (TextDecoder.looksBinary(markdown)) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "the document is binary, not Markdown");
        }
        MarkdownReader.Read read = markdownReader.read(markdown);
        return fromParagraphs(read.headline(), read.paragraphs());
    }

    private Article fromParagraphs(String headline, List<String> paragraphs) {
        requireBounded(paragraphs);
        List<String> kept = filter.filter(paragraphs);
        if (kept.isEmpty()) {
            throw new PrecisException(ErrorCode.NOT_AN_ARTICLE, "the text holds no article sentences");
        }
        return new Article(headline, kept, null, null, null, null, null, null);
    }

    private void requireNotIndex(List<Element> roots) {
        if (index.isIndex(roots)) {
            throw IndexDetector.listsArticles();
        }
    }

    /** Refuses article text too long to summarize within the function's memory. */
    private static void requireBounded(List<String> paragraphs) {
        long chars = 0;
        for (String p : paragraphs) {
            chars += p.length();
        }
        if (chars > CleanHeuristics.MAX_ARTICLE_CHARS) {
            throw new PrecisException(ErrorCode.TOO_LARGE, "the article text has " + chars
                    + " characters; the limit is " + CleanHeuristics.MAX_ARTICLE_CHARS);
        }
    }

    private static boolean isHeadlineLine(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.length() > MAX_TEXT_HEADLINE_CHARS || (i + 1 < lines.length && !lines[i + 1].isBlank())) {
            return false; // too long, or not followed by a break: cheap checks first
        }
        boolean moreText = false;
        for (int j = i + 1; j < lines.length && !moreText; j++) {
            moreText = !lines[j].isBlank();
        }
        int words = Whitespace.count(line);
        char last = line.charAt(line.length() - 1);
        return moreText && words >= 2 && words <= MAX_TEXT_HEADLINE_WORDS && last != '.' && last != ','
                && last != ':';
    }

    /**
     * The lines of one paragraph of plain text, joined by spaces. A paragraph of one line, the
     * usual case, is that line as it is, not a copy.
     */
    private static final class Paragraph {
        private final List<String> out;
        private String first;
        private String last;
        private StringBuilder joined;

        Paragraph(List<String> out) {
            this.out = out;
        }

        void add(String line) {
            if (first == null) {
                first = line;
            } else {
                if (joined == null) {
                    joined = new StringBuilder(first);
                }
                joined.append(' ').append(line);
            }
            last = line;
        }

        /** A line that ends in sentence punctuation closes its paragraph; a wrapped line does not. */
        boolean endsParagraph() {
            if (last == null) {
                return false;
            }
            return CleanHeuristics.TEXT_PARAGRAPH_ENDS.indexOf(last.charAt(last.length() - 1)) >= 0;
        }

        void flush() {
            if (first != null) {
                out.add(joined == null ? first : joined.toString());
            }
            first = null;
            last = null;
            joined = null;
        }
    }

    private static String normalizeLanguage(String lang) {
        if (lang == null) {
            return null;
        }
        String t = lang.trim();
        if (!t.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
            return null;
        }
        String[] parts = t.replace('_', '-').split("-");
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            sb.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return sb.toString();
    }
}
