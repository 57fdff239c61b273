package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.PARAGRAPH_BREAK_TAGS;
import static dev.precis.clean.CleanHeuristics.SCORED_TAGS;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A block that may hold prose, with its text, measured once by {@link Pruner} for
 * {@link ContentScorer}: paragraph-like elements ({@code SCORED_TAGS}) with all their text, divs
 * and sections with their own inline text.
 */
record Block(Element element, String text) {

    /** A block's text: all of a paragraph-like element's, a div's or section's own inline text. */
    static Block measure(Element e) {
        return new Block(e, SCORED_TAGS.contains(e.normalName()) ? e.text() : inlineText(e));
    }

    /** Text of a container's inline content (text, spans, links), leaving nested blocks out. */
    private static String inlineText(Element container) {
        StringBuilder sb = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element e && !PARAGRAPH_BREAK_TAGS.contains(e.normalName())) {
                sb.append(e.text()).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
