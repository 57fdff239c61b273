package dev.precis.clean;

import org.jsoup.nodes.Element;

/**
 * Repairs what an unclosed {@code <a>} does to a page: the HTML parser's adoption agency carries
 * the open link into every block after it, so a story that follows "{@code <a href=/>Home}"
 * reads as one long link and is taken for navigation. A link that holds several paragraphs of
 * prose was never meant as a link: it is unwrapped, its content kept where it stands. So is a
 * link around a paragraph that goes nowhere ({@code href="javascript:..."}, a script's hook making
 * the text clickable): that text is the page's own, not navigation (Readability.js turns such links
 * into their text). A script link in a menu ("Print", "Email") holds no paragraph and stays.
 */
final class UnclosedLinks {

    private UnclosedLinks() {
    }

    /**
     * Unwraps every link under {@code root} that holds {@link CleanHeuristics#MIN_PARAGRAPHS_IN_BROKEN_LINK}
     * paragraphs or more, or a paragraph and goes nowhere.
     */
    static void repair(Element root) {
        for (Element a : root.getElementsByTag("a")) {
            if (a.parent() == null) {
                continue;
            }
            int paragraphs = a.getElementsByTag("p").size();
            if (paragraphs >= CleanHeuristics.MIN_PARAGRAPHS_IN_BROKEN_LINK || (paragraphs > 0 && goesNowhere(a))) {
                a.unwrap();
            }
        }
    }

    /** A link to a script ({@code href="javascript:..."}), not to another page. */
    static boolean goesNowhere(Element a) {
        String href = a.attr("href");
        return href.strip().regionMatches(true, 0, CleanHeuristics.SCRIPT_LINK_SCHEME, 0,
                CleanHeuristics.SCRIPT_LINK_SCHEME.length());
    }
}
