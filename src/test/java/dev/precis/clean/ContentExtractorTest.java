package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The extraction steps one at a time: pruning, scoring and promotion, index detection, paragraphs. */
class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private static final String PROSE = "The city council voted on Monday to approve a network of protected bike"
            + " lanes across the downtown core, after a debate that lasted well into the night.";

    private static String story(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>").append(i).append(". ").append(PROSE).append("</p>");
        }
        return sb.toString();
    }

    private static Element body(String html) {
        return Jsoup.parse(html).body();
    }

    private List<String> article(String html) {
        Element body = body(html);
        return extractor.paragraphs(extractor.mainContent(body, extractor.prune(body)));
    }

    @Test
    void pruningRemovesNavigationAndScriptsButKeepsTheProse() {
        Element body = body("<nav><a href=/a>Home</a> <a href=/b>World</a></nav><script>var x = 1;</script>"
                + "<article>" + story(3) + "</article><footer>Copyright 2026</footer>");
        extractor.prune(body);
        assertTrue(body.select("nav, script").isEmpty(), body.html());
        assertEquals(3, body.select("article p").size());
    }

    @Test
    void theContainerHoldingTheProseIsTheMainContent() {
        List<String> p = article("<div class=sidebar><p>Most read: ten things to do this weekend in town.</p></div>"
                + "<div class=story>" + story(5) + "</div>"
                + "<div class=related><a href=/x>Another story entirely about something</a></div>");
        assertEquals(5, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("0. The city council"), p.toString());
    }

    @Test
    void anArticleSplitOverSeveralContainersIsPromotedToTheirCommonAncestor() {
        List<String> p = article("<div id=main><div class=part>" + story(3) + "</div><div class=part>" + story(3)
                + "</div><div class=part>" + story(3) + "</div></div>");
        assertEquals(9, p.size(), p.toString());
    }

    @Test
    void linkDensityIsTheShareOfTextInLinks() {
        assertEquals(0.0, ContentExtractor.linkDensity(body("<p>no links here at all</p>")), 1e-9);
        assertEquals(1.0, ContentExtractor.linkDensity(body("<p><a href=/x>all of it</a></p>")), 1e-9);
        double half = ContentExtractor.linkDensity(body("<p>abcd <a href=/x>efgh</a></p>"));
        assertTrue(half > 0.3 && half < 0.7, "density " + half);
    }

    @Test
    void unlikelyNamesMarkChromeButNotTheArticle() {
        assertTrue(ContentExtractor.isUnlikely(body("<div class=comment-list></div>").child(0)));
        assertFalse(ContentExtractor.isUnlikely(body("<div class=article-body></div>").child(0)));
    }

    @Test
    void aPageOfStandaloneHeadlineLinksIsAnIndex() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            teasers.append("<li><a href=/s").append(i).append(">Council votes on new plan for city bike lanes number ")
                    .append(i).append("</a></li>");
        }
        Element body = body("<ul>" + teasers + "</ul>");
        assertTrue(extractor.isIndex(List.of(body)));
        assertFalse(extractor.isIndex(List.of(body("<article>" + story(5) + "</article>"))));
    }

    @Test
    void aLongRunOfProseIsCountedInWords() {
        Element body = body("<h2>Heading</h2>" + story(4));
        int words = PROSE.split(" ").length + 1;
        assertEquals(4 * words, ContentExtractor.longestProseRun(List.of(body)));
    }

    @Test
    void paragraphsSplitAtBlocksAndJoinInlineText() {
        Element body = body("<div><p>One <b>bold</b> <a href=/x>link</a>.</p><p>Two<br>lines.</p><ul><li>Item</li></ul></div>");
        assertEquals(List.of("One bold link.", "Two", "lines.", "Item"), extractor.paragraphs(List.of(body)));
    }
}
