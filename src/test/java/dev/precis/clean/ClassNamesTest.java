package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What class and id names say: unlikely parts, likely names, topic labels, the scoring weight. */
class ClassNamesTest {

    private static Element first(String html) {
        return body(html).child(0);
    }

    @Test
    void unlikelyNamesMarkChromeButNotTheArticle() {
        assertTrue(ClassNames.isUnlikely(first("<div class=comment-list></div>")));
        assertFalse(ClassNames.isUnlikely(first("<div class=article-body></div>")));
        assertFalse(ClassNames.isUnlikely(first("<div></div>")));
    }

    @Test
    void aLikelyNameWinsOverAnUnlikelyOneOnTheSameElement() {
        assertFalse(ClassNames.isUnlikely(first("<div class=\"article share-tools\"></div>")));
        assertTrue(ClassNames.isUnlikely(first("<div id=share-tools></div>")));
    }

    @Test
    void aTopicLabelIsNotChrome() {
        assertFalse(ClassNames.hasUnlikelyPart("category-social_media"));
        assertTrue(ClassNames.hasUnlikelyPart("social-links"));
        assertTrue(ClassNames.hasUnlikelyPart("post-tags"));
        assertFalse(ClassNames.hasUnlikelyPart("socialist"));
    }

    @Test
    void theWeightRewardsLikelyNamesAndPenalisesUnlikelyOnes() {
        assertEquals(CleanHeuristics.CLASS_WEIGHT, ClassNames.weight(first("<div class=article-body></div>")));
        assertEquals(-CleanHeuristics.CLASS_WEIGHT, ClassNames.weight(first("<div class=sidebar></div>")));
        assertEquals(0.0, ClassNames.weight(first("<div class=wrapper></div>")));
    }

    @Test
    void theCachedVerdictIsTheSameAsTheFreshOne() {
        ClassNames names = new ClassNames();
        Element chrome = first("<div class=comment-list></div>");
        Element article = first("<div class=article-body></div>");
        for (String html : java.util.List.of("<div class=comment-list></div>", "<div class=article-body></div>",
                "<div id=share-tools></div>", "<div class=\"article share-tools\"></div>", "<div class=wrapper></div>")) {
            Element e = first(html);
            assertEquals(ClassNames.isUnlikely(e), names.unlikely(e), html + " first time");
            assertEquals(ClassNames.isUnlikely(e), names.unlikely(e), html + " from the cache");
        }
        assertTrue(names.unlikely(chrome));
        assertFalse(names.unlikely(article));
    }
}
