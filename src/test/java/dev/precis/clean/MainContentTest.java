package dev.precis.clean;

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
}
