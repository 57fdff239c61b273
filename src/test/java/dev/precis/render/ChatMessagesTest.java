package dev.precis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.summary.Summary;

/** Page text can mention or link nobody on any platform, and every message stays within its limits. */
class ChatMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatMessages messages = new ChatMessages(JSON);

    private static final String HOSTILE = "Ping @everyone and @here, <@80351110224678912>, <@!1>, <@&2>, <#3>,"
            + " @all @channel ~town-square, <at>Ann</at>, [click](https://evil.example/) and **bold**.";

    private static Summary summary(String headline, List<String> bullets, String site) {
        return new Summary(headline, bullets, List.of(),
                new Summary.Source("https://example.com/a", null, site, null, null, "en"),
                new Summary.Stats(10, 200, 5), null);
    }

    /**
     * A live mention or link as the platforms parse them: '@' directly followed by a name, an
     * unescaped '<@', '<#' or '<at>', an unescaped Markdown link; with {@code tilde}, a '~' channel
     * link (Mattermost's).
     */
    private static final Pattern LIVE = Pattern.compile("@(everyone|here|all|channel|\\d)|(?<!\\\\)(<@|<#|<at>|\\]\\()");
    private static final Pattern LIVE_CHANNEL = Pattern.compile("(?<!\\\\)~town");

    private static void assertNoLiveMention(String text) {
        assertNoLiveMention(text, true);
    }

    private static void assertNoLiveMention(String text, boolean tilde) {
        assertFalse(LIVE.matcher(text).find(), text);
        if (tilde) {
            assertFalse(LIVE_CHANNEL.matcher(text).find(), text);
        }
    }

    @Test
    void discordNeutralisesMentionsAndAllowsNone() {
        JsonNode m = messages.discord(summary(HOSTILE, List.of(HOSTILE, HOSTILE), HOSTILE), "https://example.com/a");
        JsonNode embed = m.get("embeds").get(0);
        assertNoLiveMention(embed.get("title").asText());
        assertNoLiveMention(embed.get("description").asText());
        assertNoLiveMention(embed.get("footer").get("text").asText());
        assertEquals(0, m.get("allowed_mentions").get("parse").size());
        assertTrue(m.get("allowed_mentions").get("parse").isArray());
        assertNoLiveMention(messages.discordNotice(HOSTILE).get("content").asText());
        // The words are still there to read.
        assertTrue(embed.get("description").asText().contains("everyone"));
    }

    @Test
    void discordRespectsEmbedLimits() {
        List<String> bullets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bullets.add("x".repeat(900) + " @here");
        }
        JsonNode m = messages.discord(summary("T".repeat(400), bullets, "S".repeat(3000)), "javascript:alert(1)");
        JsonNode embed = m.get("embeds").get(0);
        int title = embed.get("title").asText().length();
        int description = embed.get("description").asText().length();
        int footer = embed.get("footer").get("text").asText().length();
        assertTrue(title <= ChatMessages.DISCORD_TITLE, "title " + title);
        assertTrue(description <= ChatMessages.DISCORD_DESCRIPTION, "description " + description);
        assertTrue(footer <= ChatMessages.DISCORD_FOOTER, "footer " + footer);
        assertTrue(title + description + footer <= ChatMessages.DISCORD_EMBED_TOTAL);
        assertFalse(embed.has("url"), "only http(s) links");
        assertTrue(messages.discordNotice("y".repeat(5000)).get("content").asText().length() <= ChatMessages.DISCORD_CONTENT);
    }

    @Test
    void mattermostNeutralisesMentionsAndStaysUnderThePostLimit() {
        String text = messages.mattermost(summary(HOSTILE, List.of(HOSTILE), HOSTILE)).get("text").asText();
        assertNoLiveMention(text);
        assertTrue(text.startsWith("#### "), text);
        assertNoLiveMention(messages.mattermostNotice(HOSTILE).get("text").asText());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add("z".repeat(3000));
        }
        assertTrue(messages.mattermost(summary("h", many, null)).get("text").asText().length() <= ChatMessages.MATTERMOST_POST);
    }

    @Test
    void teamsCardsAndNoticesCarryNoMentionOrLink() {
        JsonNode reply = messages.teams(summary(HOSTILE, List.of(HOSTILE), HOSTILE));
        assertFalse(reply.has("entities"), "a reply that declares no mention entity can mention nobody");
        for (JsonNode block : reply.get("attachments").get(0).get("content").get("body")) {
            assertNoLiveMention(block.get("text").asText(), false);
        }
        assertNoLiveMention(messages.teamsNotice(HOSTILE).get("text").asText(), false);
    }

    @Test
    void cuttingNeverSplitsASurrogatePairOrLeavesAnEscapeDangling() {
        assertEquals("ab…", ChatMessages.cut("ab\uD83D\uDE00cd", 4));
        assertEquals("a…", ChatMessages.cut("a\\*bcdef", 3));
        assertEquals("short", ChatMessages.cut("short", 10));
    }
}
