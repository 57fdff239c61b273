package dev.precis.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import dev.precis.text.Whitespace;

/** Share of an element's text inside links: one walk counting characters, no text built. */
final class LinkDensity implements NodeVisitor {

    private int total;
    private int links;
    private int linkDepth;
    private boolean space = true;

    private LinkDensity() {
    }

    /** Link characters over all characters of {@code e}'s text, each run of whitespace counted as one; 0 if empty. */
    static double of(Element e) {
        LinkDensity count = new LinkDensity();
        NodeTraversor.traverse(count, e);
        return count.total == 0 ? 0 : Math.min(1.0, (double) count.links / count.total);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            int counted = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean white = Whitespace.isSpace(c) || c == '\u00a0'; // jsoup's text() folds no-break spaces too
                if (!white) {
                    counted++;
                    space = false;
                } else if (!space) {
                    counted++;
                    space = true;
                }
            }
            total += counted;
            if (linkDepth > 0) {
                links += counted;
            }
        } else if (node instanceof Element el && el.normalName().equals("a")) {
            linkDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && el.normalName().equals("a")) {
            linkDepth--;
        }
    }
}
