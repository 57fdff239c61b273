package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which containers make up the article, on pages written here. */
class MainContentTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Test
    void aShortSectionAfterASubheadJoinsTheArticle() {
        Article a = CLEANER.fromHtml("<html><body><article><h1>Harbour</h1><div>"
                + "<p>The harbour board approved the repairs on Monday, after a winter of storms had cracked the wall.</p>"
                + "<p>Work will start in April and last about six months, the board said in a statement.</p>"
                + "<p>Fishermen, who had asked for the repairs for years, welcomed the decision.</p></div>"
                + "<h2>Cost</h2><div><p>The repairs will cost about two million pounds, most of it for stone brought "
                + "from the quarry at the head of the valley.</p>"
                + "<p>The council pays half, and a government fund for coastal towns pays the rest.</p></div></article></body></html>", null);
        assertTrue(a.bodyText().contains("government fund"), a.bodyText());
    }

    @Test
    void aNamedArticleBesideARailOfTeasersIsNotWidenedToThePage() {
        StringBuilder rail = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            rail.append("<div class=\"module\"><h4>Elsewhere</h4>");
            for (int j = 0; j < 3; j++) {
                rail.append("<p>Videos, photos, scores, standings, schedules, tickets, and more, all in one place.</p>");
            }
            rail.append("</div>");
        }
        String[] story = {"The Whalers beat the Spirit 4-1 on Tuesday in Plymouth, with Mahalak making 36 saves.",
            "The game was held in the afternoon, as many schools in the area were closed for the election.",
            "Noesen scored a pair of goals for the Whalers, including the first and the last of the game.",
            "Ross answered for Saginaw just sixteen seconds after the opening goal, but that was as close as it got.",
            "Rakell added two assists for Plymouth, which held the Spirit scoreless on six power plays.",
            "The win moved the Whalers into a tie with Sarnia for first place in the West Division.",
            "Paterson, a prospect of the Red Wings, finished with 35 saves for Saginaw in the loss.",
            "The two teams meet again on Friday night, this time in Saginaw, in front of a sold-out crowd."};
        StringBuilder html = new StringBuilder("<html><body><div id=\"page\"><div id=\"wide\"><div class=\"articleText\">");
        for (String p : story) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</div></div>").append(rail).append("</div></body></html>");
        String body = CLEANER.fromHtml(html.toString(), null).bodyText();
        assertTrue(body.contains("Mahalak"), body);
        assertFalse(body.contains("standings"), body);
    }
}
