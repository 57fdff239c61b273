package dev.precis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.summary.Summary;

/** What a page can put into a rendered summary, and Slack's limits on it. */
class RendererTest {

    private static final String FETCHED = "https://news.example/story";
    private final Renderer renderer = new Renderer(new ObjectMapper());

    private static Summary summary(String headline, List<String> bullets, String canonical, String siteName) {
        return new Summary(headline, bullets, List.of(),
                new Summary.Source(FETCHED, canonical, siteName, null, null, "en"), new Summary.Stats(3, 40, 1), null);
    }

    /** Every text Slack will read in a message: the fallback and each block's mrkdwn. */
    private static List<String> slackTexts(JsonNode message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.get("text").asText());
        for (JsonNode block : message.get("blocks")) {
            if (block.has("text")) {
                texts.add(block.get("text").get("text").asText());
            }
            for (JsonNode element : block.path("elements")) {
                texts.add(element.get("text").asText());
            }
        }
        return texts;
    }

    @Test
    void aSteeringOgUrlCannotMentionTheChannelOrDisguiseALink() {
        String og = "https://news.example/story|x> <!channel> <https://evil.example/login";
        ObjectNode message = renderer.slack(summary("Council approves budget", List.of("The council voted."), og,
                "Local News"));
        for (String text : slackTexts(message)) {
            assertFalse(text.contains("<!") || text.contains("evil.example"), text);
        }
        JsonNode context = message.get("blocks").get(2).get("elements").get(0);
        assertEquals("<" + FETCHED + "|Local News>", context.get("text").asText(), "the fetched URL instead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!channel> breaking", "<!here|here> now", "<@U024BE7LH> said", "see <#C024BE7LH>",
        "<!subteam^S123> alert", "<https://evil.example|bank login>", "@channel look", "@here look", "@everyone"})
    void pageTextCannotMentionOrLink(String hostile) {
        ObjectNode message = renderer.slack(summary(hostile + " & more", List.of("First " + hostile + "."),
                null, hostile));
        for (String text : slackTexts(message)) {
            String withoutOurLink = text.replace("<" + FETCHED + "|", "");
            assertFalse(withoutOurLink.contains("<"), text);
            assertFalse(text.matches("(?is).*@(channel|here|everyone).*"), text);
        }
        assertTrue(message.get("text").asText().contains("&amp; more"), "the fallback text is escaped too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
        "//evil.example/x", "https://user:pw@evil.example/", "https://news.example/a b"})
    void onlyHttpLinksWithAHostAreLinked(String canonical) {
        Summary s = new Summary("Headline", List.of("A bullet."), List.of(),
                new Summary.Source(null, canonical, "Site", null, null, null), new Summary.Stats(1, 2, 1), null);
        assertNull(Renderer.link(s), canonical);
        assertFalse(renderer.markdown(s).contains("Source:"));
        assertFalse(renderer.html(s).contains("<a "));
        assertEquals(2, renderer.slack(s).get("blocks").size(), "no link block");
    }

    @Test
    void markdownCarriesNoLinkImageOrRawHtmlFromThePage() {
        String hostile = "Click [here](javascript:alert(1)) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)>"
                + " &lt; `code`\n# not a heading";
        String md = renderer.markdown(summary(hostile, List.of(hostile), "https://news.example/c", null));
        assertFalse(md.matches("(?s).*(?<!\\\\)[\\[<`].*(?s)Source.*"), md);
        assertTrue(md.contains("\\[here\\]"), md);
        assertTrue(md.contains("\\<img"), md);
        assertEquals(1, md.lines().filter(l -> l.startsWith("# ")).count(), "page line breaks make no headings");
        assertTrue(md.endsWith("Source: <https://news.example/c>\n"), md);
    }

    @Test
    void everySlackBlockStaysWithinSlacksLimits() {
        // A 3,987-character run-on sentence full of characters that grow when escaped.
        String runOn = ("Officials said R&D <spending> rose & fell again " ).repeat(90).substring(0, 3987);
        List<String> bullets = List.of(runOn, runOn, "Short & sweet.", runOn);
        ObjectNode message = renderer.slack(summary(runOn + runOn, bullets, "https://news.example/" + "p".repeat(2500),
                "S".repeat(400)));
        JsonNode blocks = message.get("blocks");
        assertTrue(blocks.size() <= 50);
        for (String text : slackTexts(message)) {
            assertTrue(text.length() <= 3000, "a text of " + text.length() + " characters");
            assertFalse(text.matches("(?s).*&[a-z]{0,3}….*"), "no entity cut in half");
        }
        String all = String.join("\n", slackTexts(message));
        assertEquals(4, all.lines().filter(l -> l.startsWith("• ")).count(), "every bullet is still there");
    }
}
