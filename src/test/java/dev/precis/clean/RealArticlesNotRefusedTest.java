package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Real articles that used to be refused or swallowed, on pages written here: a two-sentence
 * item, a short wire story beside a related-stories box, short posts beside a list of headlines,
 * a post whose topic label reads like clutter, and pages whose markup is broken the way old pages
 * break it.
 */
class RealArticlesNotRefusedTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final String WIRE = "<p>LONDON (Reuters) - The Bank of England held interest rates at 5.25 percent on "
            + "Thursday, saying inflation was falling faster than it had expected in the autumn.</p>"
            + "<p>Governor Andrew Bailey said the committee would watch wage growth closely before it made any cut, "
            + "and that markets should not read too much into the vote.</p>";

    @Test
    void aTwoSentenceArticleIsSummarizedNotRefused() {
        Article a = CLEANER.fromHtml("<html><body><article><h1>Rain</h1><p>Heavy rain hit the coast on Tuesday, "
                + "forecasters said. More is expected on Friday.</p></article></body></html>", null);
        assertEquals(List.of("Heavy rain hit the coast on Tuesday, forecasters said. More is expected on Friday."),
                a.paragraphs());
    }

    @Test
    void aShortWireStoryBesideARelatedStoriesBoxIsAnArticle() {
        StringBuilder related = new StringBuilder("<div class=\"related\"><h3>Related</h3><ul>");
        for (String h : List.of("Pound rises after the Bank of England decision", "Mortgage rates fall for a third week",
                "Retail sales beat forecasts in the run-up to Christmas", "Factory output shrinks for the sixth month",
                "House prices edge up in the north of England", "Unemployment holds steady at four percent")) {
            related.append("<li><a href=\"/r\">").append(h).append("</a></li>");
        }
        Article a = CLEANER.fromHtml("<html><head><title>BoE holds rates</title></head><body><div id=\"main\">"
                + "<h1>Bank of England holds rates</h1>" + WIRE + related + "</ul></div></div></body></html>", null);
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).contains("held interest rates"), a.paragraphs().get(0));
    }

    @Test
    void anUnclosedTitleDoesNotSwallowThePage() {
        Article a = CLEANER.fromHtml("<html><head><title>Bank of England holds rates - The Daily Wire\n"
                + "<meta name=\"description\" content=\"x\"></head><body><div class=\"story\">" + WIRE
                + "</div></body></html>", null);
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertFalse(a.bodyText().contains("<"), a.bodyText());
    }

    @Test
    void aTitleClosedOnlyFarDownThePageIsCutAtItsLine() {
        String filler = "<p>" + "word ".repeat(300) + "</p>";
        MarkupPrescan scan = MarkupPrescan.of("<html><head><title>Headline\n</head><body>" + filler
                + "</body></html><title>x</title>");
        assertTrue(scan.html().startsWith("<html><head></head><body><p>word"), scan.html().substring(0, 60));
        MarkupPrescan fine = MarkupPrescan.of("<html><head><title>A <b> title</title></head><body></body></html>");
        assertTrue(fine.html().contains("<title>A <b> title</title>"), fine.html());
    }

    @Test
    void aShortPostSetInOneParagraphWithLineBreaksIsAnArticle() {
        Article a = CLEANER.fromHtml("<html><body><div id=\"page\"><h3><a href=\"/p\">Rates report</a></h3>"
                + "<p>The Bank of England held interest rates at 5.25 percent on Thursday, saying inflation was "
                + "falling faster than it had expected in the autumn.<br><br>That sounds like common sense to me, and "
                + "to most of the economists we asked.<br><br>Markets barely moved, and the pound closed a little "
                + "higher against the dollar and the euro.</p>"
                + CleanFixtures.latestStories() + "</div></body></html>", null);
        assertTrue(a.bodyText().contains("That sounds like common sense"), a.bodyText());
    }

    @Test
    void aStoryWrittenBesideItsAuthorBlockIsProseForTheIndexTest() {
        Element page = Jsoup.parse("<div class=\"post-body\"><div class=\"author\"><a href=\"/a\">Jo Smith</a>"
                + "<ul><li><a href=\"/t\">Follow Jo Smith on Twitter</a></li></ul></div>"
                + "The Bank of England held interest rates at 5.25 percent on Thursday, saying inflation was falling "
                + "faster than it had expected in the autumn.<p>Governor Andrew Bailey said the committee would "
                + "watch wage growth closely before it made any cut, and that markets should not read too much "
                + "into the vote.</p></div>").body();
        assertEquals(51, IndexDetector.longestProseRun(List.of(page)));
    }

    @Test
    void aPostLabelledWithAClutterTopicKeepsItsText() {
        StringBuilder comments = new StringBuilder("<div class=\"comments\">");
        for (int i = 0; i < 12; i++) {
            comments.append("<p>Great post, thanks for writing this, I shared it with my whole team at work today.</p>");
        }
        Article a = CLEANER.fromHtml("<html><body><div class=\"entry-category-social_media entry-type-post entry\">"
                + "<h3>Record crowds online</h3><div class=\"entry-body\">" + WIRE + "</div></div>"
                + comments + "</div></body></html>", null);
        assertTrue(a.bodyText().contains("held interest rates"), a.bodyText());
        assertFalse(ClassNames.hasUnlikelyPart("category-social_media"));
        assertTrue(ClassNames.hasUnlikelyPart("social-links"));
        assertTrue(ClassNames.hasUnlikelyPart("post-tags"));
    }
}
