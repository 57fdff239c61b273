package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.PROSE;
import static dev.precis.clean.CleanFixtures.body;
import static dev.precis.clean.CleanFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The refusal test: a list of other articles, not one article. */
class IndexDetectorTest {

    private final IndexDetector detector = new IndexDetector();

    private static String teasers(int n) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href=/s").append(i).append(">Council votes on new plan for city bike lanes number ")
                    .append(i).append("</a></li>");
        }
        return sb.append("</ul>").toString();
    }

    @Test
    void aPageOfStandaloneHeadlineLinksIsAnIndex() {
        assertTrue(detector.isIndex(List.of(body(teasers(12)))));
        assertFalse(detector.isIndex(List.of(body("<article>" + story(5) + "</article>"))));
    }

    @Test
    void fewerThanSixHeadlinesIsNeverAnIndex() {
        assertFalse(detector.isIndex(List.of(body(teasers(5)))));
    }

    @Test
    void aShortStoryBesideARelatedStoriesBoxIsNoIndex() {
        assertFalse(detector.isIndex(List.of(body("<p>" + PROSE + "</p><p>" + PROSE + "</p>" + teasers(8)))));
    }

    @Test
    void aLongRunOfProseIsCountedInWords() {
        Element body = body("<h2>Heading</h2>" + story(4));
        int words = PROSE.split(" ").length + 1;
        assertEquals(4 * words, IndexDetector.longestProseRun(List.of(body)));
    }

    @Test
    void aHeadingEndsARunAndASingleParagraphIsNoRun() {
        int words = PROSE.split(" ").length + 1;
        assertEquals(2 * words, IndexDetector.longestProseRun(List.of(body(story(2) + "<h3>Next</h3>" + story(1)))));
        assertEquals(0, IndexDetector.longestProseRun(List.of(body(story(1)))));
    }

    @Test
    void aRoundupOfLongWrittenOutItemsUnderHeadlineLinksIsNoIndex() {
        String item = (PROSE + " ").repeat(4); // about a hundred words: no teaser's blurb is that long
        StringBuilder diary = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            diary.append("<h3>Festival</h3><p><a href=/e").append(i).append(">London Jazz Festival at various places ")
                    .append(i).append("</a></p><p>").append(item).append("</p>");
        }
        List<Element> roots = List.of(body(diary.toString()));
        assertEquals(6, IndexDetector.longParagraphs(roots));
        assertFalse(detector.isIndex(roots));
        String blurbs = diary.toString().replace(item, "Tickets are on sale now.");
        assertTrue(detector.isIndex(List.of(body(blurbs))), "one-line blurbs are an index's");
    }

    @Test
    void threeShortParagraphsSideBySideBesideAListOfHeadlinesAreNoIndex() {
        String lines = "<p>People from all over the world are coming to London to see the Games.</p>"
                + "<p>Scott and Kathy from the US state of Idaho are among the thousands making the trip.</p>"
                + "<p>They made a home-made movie about their preparations.</p>";
        assertFalse(detector.isIndex(List.of(body(lines + teasers(8)))));
        assertTrue(detector.isIndex(List.of(body(lines.substring(0, lines.lastIndexOf("<p>")) + teasers(8)))),
                "two short lines are a teaser's");
    }
}
