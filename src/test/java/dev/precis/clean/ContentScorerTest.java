package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.body;
import static dev.precis.clean.CleanFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Scoring and promotion: which elements hold the article. */
class ContentScorerTest {

    private final Pruner pruner = new Pruner();
    private final ContentScorer scorer = new ContentScorer();

    private List<Element> main(Element body) {
        return scorer.mainContent(body, pruner.prune(body));
    }

    @Test
    void theContainerHoldingTheProseIsTheMainContent() {
        Element body = body("<div class=rail><p>Most read: ten things to do this weekend in town.</p></div>"
                + "<div id=story>" + story(5) + "</div>"
                + "<div class=wrapper><a href=/x>Another story entirely about something</a></div>");
        List<Element> main = main(body);
        assertEquals(1, main.size(), main.toString());
        assertEquals("story", main.get(0).id());
    }

    @Test
    void anArticleSplitOverSeveralContainersIsPromotedToTheirCommonAncestor() {
        Element body = body("<div id=main><div class=part>" + story(3) + "</div><div class=part>" + story(3)
                + "</div><div class=part>" + story(3) + "</div></div>");
        List<Element> main = main(body);
        assertEquals(1, main.size(), main.toString());
        assertEquals("main", main.get(0).id());
    }

    @Test
    void aLongParagraphBesideTheWinnerJoinsIt() {
        Element body = body("<div id=wrap><p id=lede>" + CleanFixtures.PROSE + "</p><div id=story>" + story(6)
                + "</div></div>");
        List<Element> main = main(body);
        assertEquals(List.of("lede", "story"), main.stream().map(Element::id).toList());
    }

    @Test
    void aPageWithNoProseIsItsWholeBody() {
        Element body = body("<div>Short.</div>");
        assertSame(body, main(body).get(0));
    }

    @Test
    void aNamedArticleIsNotWidenedToThePageByTheWrapperThatHoldsIt() {
        Element body = body("<div id=page><div class=article id=col><div class=article-body id=story>" + story(2)
                + "</div></div><div id=legal>" + story(4) + "</div></div>");
        List<Element> main = main(body);
        assertEquals(List.of("story"), main.stream().map(Element::id).toList());
    }

    @Test
    void ofTwoEqualCandidatesTheFirstOnThePageWinsOnEveryRun() {
        for (int run = 0; run < 20; run++) {
            Element body = body("<section><div id=first>" + story(3) + "</div></section><section><div id=second>"
                    + story(3) + "</div></section>");
            List<Element> main = main(body);
            assertEquals(List.of("first"), main.stream().map(Element::id).toList(), "run " + run);
        }
    }

    @Test
    void anArticleWrittenAsBulletsOutvotesTheCommentsUnderIt() {
        StringBuilder bullets = new StringBuilder("<div id=notes><ul>");
        for (int i = 0; i < 8; i++) {
            bullets.append("<li>").append(i).append(". ").append(CleanFixtures.PROSE).append("</li>");
        }
        bullets.append("</ul></div>");
        Element body = body(bullets + "<div id=replies><p>Great post, thanks for sharing this with us all.</p>"
                + "<p>I agree with every word of it, and I hope the council keeps going.</p>"
                + "<p>Will the lanes reach the suburbs as well, or only the downtown core?</p></div>");
        List<Element> main = main(body);
        assertEquals(1, main.size(), main.toString());
        assertTrue(main.get(0).text().contains("7. The city council"), main.toString());
        assertFalse(main.get(0).text().contains("Great post"), main.toString());
    }

    @Test
    void onlyListItemsWrittenAsFinishedSentencesVote() {
        assertTrue(Pruner.isProseItem(Block.measure(body("<ul><li>" + CleanFixtures.PROSE + "</li></ul>").selectFirst("li"))));
        // A teaser's blurb is cut off; a recent-comments entry ends with its author; a menu entry is short.
        for (String item : List.of(CleanFixtures.PROSE.replace("night.", "night ..."),
                CleanFixtures.PROSE.replace("night.", "night. by Joe257"), "Home. About us. Contact.")) {
            assertFalse(Pruner.isProseItem(Block.measure(body("<ul><li>" + item + "</li></ul>").selectFirst("li"))), item);
        }
    }
}
