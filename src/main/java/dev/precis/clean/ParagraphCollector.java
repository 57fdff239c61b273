package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.LINK_DENSE_OWN_CHARS;
import static dev.precis.clean.CleanHeuristics.LINK_DENSE_PROSE_CHARS;
import static dev.precis.clean.CleanHeuristics.MAX_LINK_DENSITY;
import static dev.precis.clean.CleanHeuristics.PARAGRAPH_BREAK_TAGS;
import static dev.precis.clean.CleanHeuristics.TABLE_CELLS;
import static dev.precis.clean.CleanHeuristics.hasSentenceEnd;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The last extraction stage: the chosen elements' text as paragraphs, split at block boundaries,
 * table rows read as lines, link-dense navigation and a line repeated at once (a heading echoed by its link) left out.
 */
final class ParagraphCollector {

    /** The text blocks inside {@code roots}, in order, link-dense navigation left out. */
    List<String> paragraphs(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        return collector.paragraphs;
    }

    /** Walks the DOM gathering inline text into paragraphs, split at block boundaries. */
    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.trim().length();
                }
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (TABLE_CELLS.contains(name)) {
                    text.append(' '); // a table row reads as one line, its cells apart
                } else if (PARAGRAPH_BREAK_TAGS.contains(name)) {
                    flush();
                } else if (name.equals("a")) {
                    linkDepth++;
                } else if (name.equals("img")) {
                    text.append(' '); // an image between two words parts them
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (TABLE_CELLS.contains(name)) {
                    text.append(' ');
                } else if (PARAGRAPH_BREAK_TAGS.contains(name)) {
                    flush();
                } else if (name.equals("a")) {
                    linkDepth--;
                }
            }
        }

        void flush() {
            String p = BoilerplateFilter.normalizeSpace(text.toString());
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            if (p.isEmpty()) {
                return;
            }
            boolean prose = (p.length() >= LINK_DENSE_PROSE_CHARS || p.length() - links >= LINK_DENSE_OWN_CHARS)
                    && hasSentenceEnd(p);
            if ((double) links / p.length() > MAX_LINK_DENSITY && !prose) {
                return;
            }
            if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(p)) {
                return;
            }
            paragraphs.add(p);
        }
    }
}
