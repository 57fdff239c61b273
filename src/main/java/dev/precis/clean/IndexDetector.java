package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.HEADING_TAGS;
import static dev.precis.clean.CleanHeuristics.HEADLINE_LINK_BLOCK_SHARE;
import static dev.precis.clean.CleanHeuristics.HEADLINE_LINK_WORDS;
import static dev.precis.clean.CleanHeuristics.INDEX_ESCAPE_LONG_PARAGRAPHS;
import static dev.precis.clean.CleanHeuristics.INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS;
import static dev.precis.clean.CleanHeuristics.INDEX_ESCAPE_PROSE_RUN_WORDS;
import static dev.precis.clean.CleanHeuristics.INDEX_ESCAPE_SIDE_BY_SIDE_PARAGRAPHS;
import static dev.precis.clean.CleanHeuristics.INDEX_ESCAPE_SIDE_BY_SIDE_WORDS;
import static dev.precis.clean.CleanHeuristics.INDEX_LONG_PARAGRAPH_WORDS;
import static dev.precis.clean.CleanHeuristics.MAX_PROSE_LINE_LINK_SHARE;
import static dev.precis.clean.CleanHeuristics.MIN_INDEX_HEADLINES;
import static dev.precis.clean.CleanHeuristics.MIN_INDEX_HEADLINE_SHARE;
import static dev.precis.clean.CleanHeuristics.PARAGRAPH_BREAK_TAGS;
import static dev.precis.clean.CleanHeuristics.hasSentenceEnd;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.text.Whitespace;

/**
 * The refusal test: whether the main content is a list of other articles (a section front, a
 * tag page, search results) rather than one article.
 */
final class IndexDetector {

    /** The refusal of a page that lists other articles. */
    static PrecisException listsArticles() {
        return new PrecisException(ErrorCode.NOT_AN_ARTICLE,
                "the page lists other articles (an index or section page), it is not one article");
    }

    /**
     * True when the content lists other articles: at least {@code MIN_INDEX_HEADLINES} links
     * with headline-length text that stand alone in their block, holding
     * {@code MIN_INDEX_HEADLINE_SHARE} of its text. An article's links sit inside its prose.
     */
    boolean isIndex(List<Element> roots) {
        int headlines = 0;
        int headlineChars = 0;
        for (Element root : roots) {
            for (Element a : root.getElementsByTag("a")) {
                String text = a.text();
                if (Whitespace.count(text) >= HEADLINE_LINK_WORDS && standsAlone(a, text.length())) {
                    headlines++;
                    headlineChars += text.length();
                }
            }
        }
        if (headlines < MIN_INDEX_HEADLINES) {
            return false; // the common case, decided without measuring all the text
        }
        int totalChars = 0;
        for (Element root : roots) {
            totalChars += root.text().length();
        }
        return totalChars > 0 && (double) headlineChars / totalChars >= MIN_INDEX_HEADLINE_SHARE
                && !holdsArticleProse(walk(roots));
    }

    /**
     * An index alternates headlines with one- or two-line blurbs. Prose it would not hold: a run of
     * paragraphs side by side long enough to be a story, or several paragraphs each longer than any blurb.
     */
    private static boolean holdsArticleProse(ProseRuns runs) {
        return runs.best >= INDEX_ESCAPE_PROSE_RUN_WORDS || runs.bestOfThree >= INDEX_ESCAPE_SIDE_BY_SIDE_WORDS
                || runs.longParagraphs >= INDEX_ESCAPE_LONG_PARAGRAPHS;
    }

    /** A link that is (nearly) all the text of its block, as a teaser's headline is; a link inside prose is not. */
    private static boolean standsAlone(Element link, int linkChars) {
        Element block = link.parent();
        while (block != null && !PARAGRAPH_BREAK_TAGS.contains(block.normalName())) {
            block = block.parent();
        }
        return block == null || linkChars >= HEADLINE_LINK_BLOCK_SHARE * block.text().length();
    }

    /**
     * The most words of prose in consecutive lines with no heading or headline link among them, counted
     * for runs of at least {@code INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS} lines (a long notice alone is no article).
     * Lines that are neither (a date, a byline) neither add to a run nor end it.
     */
    static int longestProseRun(List<Element> roots) {
        return walk(roots).best;
    }

    /** Paragraphs of prose at least {@code INDEX_LONG_PARAGRAPH_WORDS} long, wherever they stand. */
    static int longParagraphs(List<Element> roots) {
        return walk(roots).longParagraphs;
    }

    private static ProseRuns walk(List<Element> roots) {
        ProseRuns runs = new ProseRuns();
        for (Element root : roots) {
            NodeTraversor.traverse(runs, root);
            runs.flush();
        }
        return runs;
    }

    /**
     * The walk behind {@link #longestProseRun}: text in document order, split into lines at block
     * boundaries and line breaks (a container's own text beside its nested blocks is a line of its
     * own, where it stands; a story set in one cell with breaks is several), each line a heading, a
     * headline link, prose, or neither.
     */
    private static final class ProseRuns implements NodeVisitor {
        int best;
        int longParagraphs;
        int bestOfThree;
        private int run;
        private int paragraphs;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int longestHeadlineLink;
        private int headingDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a")) {
                    String linkText = e.text();
                    linkChars += linkText.length();
                    if (Whitespace.count(linkText) >= HEADLINE_LINK_WORDS) {
                        longestHeadlineLink = Math.max(longestHeadlineLink, linkText.length());
                    }
                } else if (PARAGRAPH_BREAK_TAGS.contains(name)) {
                    flush();
                    if (HEADING_TAGS.contains(name)) {
                        headingDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && PARAGRAPH_BREAK_TAGS.contains(e.normalName())) {
                flush();
                if (HEADING_TAGS.contains(e.normalName())) {
                    headingDepth--;
                }
            }
        }

        void flush() {
            String line = BoilerplateFilter.normalizeSpace(text.toString());
            int links = Math.min(linkChars, line.length());
            boolean heading = headingDepth > 0;
            int headlineLink = longestHeadlineLink;
            text.setLength(0);
            linkChars = 0;
            longestHeadlineLink = 0;
            if (line.isEmpty()) {
                return; // an empty wrapper
            }
            if (heading || headlineLink >= HEADLINE_LINK_BLOCK_SHARE * line.length()
                    || links >= HEADLINE_LINK_BLOCK_SHARE * line.length()) {
                run = 0; // a teaser's headline, linked or not, starts the next teaser
                paragraphs = 0;
            } else if (hasSentenceEnd(line) && links < MAX_PROSE_LINE_LINK_SHARE * line.length()) {
                int words = Whitespace.count(line);
                run += words;
                paragraphs++;
                if (words >= INDEX_LONG_PARAGRAPH_WORDS) {
                    longParagraphs++;
                }
                if (paragraphs >= INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS) {
                    best = Math.max(best, run);
                }
                if (paragraphs >= INDEX_ESCAPE_SIDE_BY_SIDE_PARAGRAPHS) {
                    bestOfThree = Math.max(bestOfThree, run);
                }
            }
        }
    }
}
