package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Links that are no links: an unclosed one carried over the story, a script's hook around its text. */
class UnclosedLinksTest {

    private static Element repaired(String html) {
        Element body = Jsoup.parse(html).body();
        UnclosedLinks.repair(body);
        return body;
    }

    @Test
    void aLinkHoldingSeveralParagraphsIsUnwrapped() {
        Element body = repaired("<a href=/><p>One.</p><p>Two.</p><p>Three.</p></a>");
        assertEquals(0, body.getElementsByTag("a").size());
        assertEquals(3, body.getElementsByTag("p").size());
    }

    @Test
    void aScriptLinkAroundAParagraphIsUnwrappedButOneInAMenuStays() {
        Element body = repaired("<a href=\"javascript:\"><p>abc</p><p>def</p>ghi</a>"
                + "<ul><li><a href=\"JavaScript:window.print()\">Print</a></li></ul>");
        assertEquals(1, body.getElementsByTag("a").size());
        assertEquals("Print", body.getElementsByTag("a").text());
        assertTrue(body.text().startsWith("abc def ghi"), body.text());
    }

    @Test
    void aLinkToAPageAroundOneParagraphStays() {
        Element body = repaired("<a href=/story><p>A teaser for the story.</p></a>");
        assertEquals(1, body.getElementsByTag("a").size());
        assertFalse(UnclosedLinks.goesNowhere(body.getElementsByTag("a").first()));
    }
}
