package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/**
 * Pages written here that are not one article (section fronts, tag pages, search results,
 * login walls, empty shells) are refused as NOT_AN_ARTICLE; articles that merely carry links,
 * related lists or a subscription box are not.
 */
class NonArticlePagesTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final List<String> HEADLINES = List.of(
            "Council approves new budget for schools after long debate",
            "Storm damages harbour wall as residents leave their homes",
            "Local team wins regional championship in the final minute",
            "Hospital opens new wing for children and their families",
            "Rail strike disrupts the morning commute across the region",
            "Museum returns ancient artefacts to their country of origin",
            "Farmers warn of a poor harvest after a long dry summer",
            "City unveils plan to plant ten thousand trees by 2030",
            "Police arrest two men after a jewellery store robbery",
            "University researchers develop a cheaper solar panel");
    private static final List<String> BLURBS = List.of(
            "The vote came after months of talks with parents and teachers about class sizes.",
            "Waves broke over the sea defences on Sunday night, flooding several streets.",
            "A late header settled a tense match in front of a record crowd.",
            "The new building adds forty beds and a play area run by volunteers.",
            "Commuters faced long queues at bus stops as trains stayed in their depots.",
            "The objects had been held in storage for more than a century.",
            "Yields of wheat and barley are expected to fall by a fifth this year.",
            "Each district will choose its own species with help from the parks department.",
            "Officers recovered most of the stolen watches within hours of the raid.",
            "The panels use a coating that costs a tenth of the usual material.");

    private static String chrome(String main) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>The Valley Courier</title></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                + "</header>" + main + "<footer>© The Valley Courier</footer></body></html>";
    }

    private static PrecisException refused(String html) {
        PrecisException e = assertThrows(PrecisException.class, () -> CLEANER.fromHtml(html, null));
        assertEquals(ErrorCode.NOT_AN_ARTICLE, e.code(), e.getMessage());
        return e;
    }

    @Test
    void aSectionFrontOfTeasersIsNotAnArticle() {
        StringBuilder main = new StringBuilder("<main><h1>Local news</h1>");
        for (int i = 0; i < HEADLINES.size(); i++) {
            main.append("<div class=\"card\"><h2><a href=\"/news/").append(i).append("\">").append(HEADLINES.get(i))
                    .append("</a></h2><p>").append(BLURBS.get(i)).append("</p><span>2 hours ago</span></div>");
        }
        PrecisException e = refused(chrome(main.append("</main>").toString()));
        assertTrue(e.getMessage().contains("lists other articles"), e.getMessage());
    }

    @Test
    void aTagPageListingHeadlinesIsNotAnArticle() {
        StringBuilder main = new StringBuilder("<div id=\"content\"><h1>Stories tagged: transport</h1><ul>");
        for (int i = 0; i < HEADLINES.size(); i++) {
            main.append("<li><a href=\"/s/").append(i).append("\">").append(HEADLINES.get(i))
                    .append("</a> <time>12 May</time></li>");
        }
        refused(chrome(main.append("</ul></div>").toString()));
    }

    @Test
    void searchResultsAreNotAnArticle() {
        StringBuilder main = new StringBuilder("<section class=\"results\"><h1>Results for “harbour”</h1>");
        for (int i = 0; i < 8; i++) {
            main.append("<article><h3><a href=\"/r/").append(i).append("\">").append(HEADLINES.get(i))
                    .append("</a></h3><p>… ").append(BLURBS.get(i)).append(" …</p></article>");
        }
        refused(chrome(main.append("</section>").toString()));
    }

    @Test
    void aLoginWallShowingOnlyTheTeaserIsNotAnArticle() {
        PrecisException e = refused(chrome("<article><h1>Mayor resigns amid inquiry</h1>"
                + "<p>The mayor of Valley Town resigned on Tuesday evening, hours before the council was due to "
                + "publish the findings of an independent inquiry into the sale of the old harbour offices.</p>"
                + "<p>Council members met in private on Wednesday morning to discuss who would lead the town.</p>"
                + "<div class=\"wall\"><h2>Subscribe to continue reading</h2><p>You have read all of your free "
                + "articles this month.</p><p>Already a subscriber? Sign in</p></div></article>"));
        assertTrue(e.getMessage().contains("wall"), e.getMessage());
    }

    @Test
    void anEmptyApplicationShellIsNotAnArticle() {
        refused("<!DOCTYPE html><html><head><title>News</title><script src=\"/app.js\"></script></head>"
                + "<body><div id=\"root\"></div><noscript>You need to enable JavaScript to run this app.</noscript>"
                + "</body></html>");
    }

    @Test
    void anArticleWithInlineLinksARelatedListAndASubscriptionBoxIsStillAnArticle() {
        StringBuilder body = new StringBuilder("<article><h1>Harbour wall repairs approved</h1>");
        for (int i = 0; i < 8; i++) {
            body.append("<p>").append(BLURBS.get(i)).append(" Engineers said the <a href=\"/x").append(i)
                    .append("\">report published by the harbour board last spring</a> had warned of the risk.</p>");
        }
        body.append("<h3>More stories</h3><ul>");
        for (int i = 0; i < 4; i++) {
            body.append("<li><a href=\"/m/").append(i).append("\">").append(HEADLINES.get(i)).append("</a></li>");
        }
        body.append("</ul><div class=\"box\"><p>Subscribe to keep reading the Courier's local reporting.</p></div>")
                .append("</article>");
        Article article = CLEANER.fromHtml(chrome(body.toString()), null);
        assertTrue(article.paragraphs().size() >= 8, article.paragraphs().toString());
        assertTrue(article.paragraphs().get(0).startsWith("The vote came after months"), article.paragraphs().get(0));
        assertFalse(article.paragraphs().stream().anyMatch(p -> p.startsWith("Subscribe")), article.paragraphs().toString());
    }

    @Test
    void aFramesetIsRefusedNamingTheFramesThatHoldItsText() {
        PrecisException e = assertThrows(PrecisException.class, () -> CLEANER.fromHtml("<html><head><title>Archive"
                + "</title></head><frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"story.html\">"
                + "<noframes><body><p>Your browser does not show frames.</p></body></noframes></frameset></html>", null));
        assertEquals(ErrorCode.NOT_AN_ARTICLE, e.code());
        assertTrue(e.getMessage().contains("frameset") && e.getMessage().contains("menu.html, story.html"), e.getMessage());
    }
}
