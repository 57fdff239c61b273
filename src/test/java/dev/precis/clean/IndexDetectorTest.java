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
}
