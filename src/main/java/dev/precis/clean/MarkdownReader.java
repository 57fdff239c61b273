package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown to a headline and prose paragraphs, by the CommonMark grammar: the first heading (or
 * a front-matter {@code title:}) is the headline, emphasis and links become their text, and what
 * is not prose (code blocks, tables, raw HTML, images, rules) is left out.
 */
final class MarkdownReader {

    /** What the reader found: the headline (or null) and the paragraphs in order. */
    record Read(String headline, List<String> paragraphs) {
    }

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    Read read(String markdown) {
        FrontMatter front = FrontMatter.of(markdown);
        Document doc = (Document) parser.parse(front.rest());
        List<String> paragraphs = new ArrayList<>();
        String[] headline = {front.title()};
        collect(doc, paragraphs, headline);
        return new Read(headline[0], paragraphs);
    }

    private static void collect(Node parent, List<String> out, String[] headline) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String text = inlineText(h);
                if (text.isBlank()) {
                    continue;
                }
                // The first heading names the article when nothing above it is prose; a heading
                // that repeats the front matter's title is that title again.
                if (headline[0] == null && out.isEmpty()) {
                    headline[0] = text;
                } else if (!text.equalsIgnoreCase(headline[0])) {
                    out.add(text);
                }
            } else if (n instanceof Paragraph) {
                String text = inlineText(n);
                if (!text.isBlank()) {
                    out.add(text);
                }
            } else if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof ListItem) {
                collect(n, out, headline);
            }
            // Anything else (code blocks, tables, HTML blocks, thematic breaks) is not prose.
        }
    }

    /** The text a reader sees in a block's inline content, on one line. */
    static String inlineText(Node block) {
        StringBuilder sb = new StringBuilder();
        appendInline(block, sb);
        return BoilerplateFilter.normalizeSpace(sb.toString());
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (n instanceof Image || n instanceof HtmlInline) {
                // Alt text is a caption, raw HTML is markup: neither is the article's prose.
                continue;
            } else {
                appendInline(n, sb); // emphasis, strong, links: their text
            }
        }
    }

    /** A leading YAML front-matter block ({@code ---} lines around it), whose {@code title:} names the article. */
    record FrontMatter(String title, String rest) {
        static FrontMatter of(String markdown) {
            String s = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
            if (!s.startsWith("---\n") && !s.startsWith("---\r\n")) {
                return new FrontMatter(null, s);
            }
            int open = s.indexOf('\n') + 1;
            String title = null;
            int at = open;
            while (at < s.length()) {
                int end = s.indexOf('\n', at);
                String line = (end < 0 ? s.substring(at) : s.substring(at, end)).strip();
                if (line.equals("---") || line.equals("...")) {
                    return new FrontMatter(title, end < 0 ? "" : s.substring(end + 1));
                }
                if (line.regionMatches(true, 0, "title:", 0, 6)) {
                    title = unquote(line.substring(6).strip());
                }
                if (end < 0) {
                    break;
                }
                at = end + 1;
            }
            return new FrontMatter(null, s); // no closing line: not front matter after all
        }

        private static String unquote(String v) {
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                v = v.substring(1, v.length() - 1);
            }
            return v.isBlank() ? null : v;
        }
    }
}
