package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.precis.testing.Samples;

/**
 * The pages written for the suite, each a different kind and era of page: the article's own
 * first paragraph comes first, its last one is kept, and the chrome around it is not.
 */
class FixturePagesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wire-story.html | Harbour authority approves second ferry terminal | The Port Lindqvist harbour authority on Tuesday"
                + " | limit freight deliveries to daytime hours | Most read",
        "blog-post.html | Why I switched my garden to drip irrigation | For six summers I watered my allotment"
                + " | and a rain sensor | Blogroll",
        "broken-markup.html | Orchard growers count frost damage | Apple and pear growers in the eastern valleys"
                + " | as it did after the hailstorms of 2019 | Advertise",
        "table-layout-2005.html | | The old Pentre wool mill, closed since 1978"
                + " | now powers the lights in the shop | Printer friendly version",
        "feature-sections.html | The night shift that keeps the city's trains running | At 1.12 a.m. the power goes off"
                + " | the first train of the day rolls over the new rail | Get Metro Weekly in your inbox"})
    void theArticleAndNothingAroundIt(String page, String headline, String opening, String ending, String chrome) {
        Article a = cleaner.fromBytes(Samples.page(page), "text/html", null, null);
        if (headline != null) {
            assertEquals(headline, a.headline());
        }
        String body = a.bodyText();
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith(opening)), body);
        assertTrue(body.contains(ending), "the article's end is kept: " + body);
        assertFalse(body.contains(chrome), "page chrome kept: " + body);
        assertFalse(body.contains("Share on") || body.contains("Subscribe") || body.contains("Sign up"), body);
    }
}
