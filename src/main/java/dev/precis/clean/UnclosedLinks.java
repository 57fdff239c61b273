package dev.precis.clean;

import org.jsoup.nodes.Element;

/**
 * Repairs what an unclosed {@code <a>} does to a page: the HTML parser's adoption agency carries
 * the open link into every block after it, so a story that follows "{@code <a href=/>Home}"
 * reads as one long link and is taken for navigation. A link that holds several paragraphs of
 * prose was never meant as a link: it is unwrapped, its content kept where it stands.
 */
final class UnclosedLinks {

    private UnclosedLinks() {
    }

    /** Unwraps every link under {@code root} that holds {@link CleanHeuristics#MIN_PARAGRAPHS_IN_BROKEN_LINK} paragraphs or more. */
    static void repair(Element root) {
        for (Element a : root.getElementsByTag("a")) {
            if (a.parent() != null && a.getElementsByTag("p").size() >= CleanHeuristics.MIN_PARAGRAPHS_IN_BROKEN_LINK) {
                a.unwrap();
            }
        }
    }
}
