package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.body;
import static dev.precis.clean.CleanFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pruning stage: chrome removed in place, the prose blocks measured. */
class PrunerTest {

    private final Pruner pruner = new Pruner();

    @Test
    void navigationScriptsAndChromeRolesGoButTheProseStays() {
        Element body = body("<nav><a href=/a>Home</a> <a href=/b>World</a></nav><script>var x = 1;</script>"
                + "<div role=navigation>Menu</div><div aria-hidden=true>Hidden</div>"
                + "<article>" + story(3) + "</article><footer>Copyright 2026</footer>");
        pruner.prune(body);
        assertTrue(body.select("nav, script, [role], [aria-hidden]").isEmpty(), body.html());
        assertEquals(3, body.select("article p").size());
    }

    @Test
    void anUnlikelyNameGoesUnlessItHoldsTheBulkOfTheProse() {
        Element sidebar = body("<div class=sidebar><p>Most read: ten things to do this weekend in town.</p></div>"
                + "<div class=story>" + story(5) + "</div>");
        pruner.prune(sidebar);
        assertTrue(sidebar.select(".sidebar").isEmpty(), sidebar.html());

        Element wrapper = body("<div class=has-sidebar>" + story(5) + "</div><div class=sidebar><p>Short.</p></div>");
        pruner.prune(wrapper);
        assertEquals(5, wrapper.select(".has-sidebar p").size(), wrapper.html());
    }

    @Test
    void aTeaserArticleInsideTheArticleGoes() {
        Element body = body("<article>" + story(4) + "<article><p>Read next: a story about something else.</p>"
                + "</article></article>");
        pruner.prune(body);
        assertEquals(1, body.select("article").size(), body.html());
    }

    @Test
    void aStyleHiddenBlockGoesAndIsNoLongerABlock() {
        Element body = body("<div>" + story(4) + "<div style=\"display: none\"><p>" + CleanFixtures.PROSE
                + " Hidden copy.</p></div></div>");
        List<Block> blocks = pruner.prune(body);
        assertFalse(body.text().contains("Hidden copy"), body.html());
        assertTrue(blocks.stream().noneMatch(b -> b.text().contains("Hidden copy")), blocks.toString());
        assertEquals(4, blocks.stream().filter(b -> b.element().normalName().equals("p")).count());
    }

    @Test
    void aContainerIsRemeasuredOnceAChildIsRemoved() {
        Element body = body("<div id=outer>Lead text of the container. <form class=newsletter>Sign up now</form>"
                + "</div>" + story(4));
        List<Block> blocks = pruner.prune(body);
        Block outer = blocks.stream().filter(b -> b.element().id().equals("outer")).findFirst().orElseThrow();
        assertEquals("Lead text of the container.", outer.text());
    }

    @Test
    void aCellNestedInLayoutCellsIsMeasuredOnceSoItsNameCannotRemoveTheArticle() {
        // Each layout cell's text holds the cells inside it: counted again at every level, the
        // article's cell (named like chrome, as old table layouts did) was a quarter of the prose.
        String article = "<td class=nav-cell>" + story(5).replace("<p>", "").replace("</p>", "<br>") + "</td>";
        String cell = article;
        for (int level = 0; level < 3; level++) {
            cell = "<table><tr><td>" + "<table><tr>" + cell + "</tr></table></td></tr></table>";
        }
        Element body = body(cell);
        pruner.prune(body);
        assertEquals(1, body.select("td.nav-cell").size(), body.html());
    }

    @Test
    void aHiddenExpanderOfAVisibleTeaserStays() {
        String full = "Tucked behind a high wall on the corner of the first lane, the hotel is a hideaway in a busy city."
                + " Its lounges are quiet, its rooms are small, and its staff are kind.";
        String teaser = full.substring(0, 60);
        Element body = body(story(4) + "<div id=teaser>" + teaser + "... <a href=#>more</a></div>"
                + "<div id=full style=\"display: none\"><p>" + full + "</p></div>"
                + "<div id=copy style=\"display: none\">" + story(2) + "<p>" + CleanFixtures.PROSE + " Hidden copy.</p></div>");
        // The copy holds the teaser's text too, but far from its start: a duplicate of the page, no expander.
        pruner.prune(body);
        assertEquals(1, body.select("#full").size(), body.html());
        assertTrue(body.select("#copy").isEmpty(), body.html());
    }
}
