package dev.precis.render;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.summary.Summary;

/**
 * One {@link Summary} as Discord, Mattermost and Microsoft Teams messages, each within its
 * platform's limits. Text taken from a page can never mention or link anyone: the characters that
 * start a mention or a markup link are neutralised for each platform, and the Discord message also
 * says that it mentions nobody ({@code allowed_mentions}), which Discord enforces itself.
 */
public final class ChatMessages {

    /** Discord's documented embed limits (title, description, footer, all of an embed together). */
    static final int DISCORD_TITLE = 256;
    static final int DISCORD_DESCRIPTION = 4096;
    static final int DISCORD_FOOTER = 2048;
    static final int DISCORD_EMBED_TOTAL = 6000;
    static final int DISCORD_CONTENT = 2000;
    /** Mattermost's default maximum post length. */
    static final int MATTERMOST_POST = 16383;
    /** Teams caps a message at about 28 KB; a summary stays far below, this keeps any page from nearing it. */
    static final int TEAMS_TEXT = 12000;
    /** An embed colour that reads on Discord's light and dark themes. */
    private static final int DISCORD_COLOUR = 0x3B82F6;
    /** Breaks a mention's trigger character from the word after it, invisibly. */
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private final ObjectMapper json;

    public ChatMessages(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A Discord message with one embed: headline as title (linked to the URL the user gave, when it
     * is http or https), bullets as description, the site as footer; no mentions allowed.
     */
    public ObjectNode discord(Summary s, String requestedUrl) {
        ObjectNode root = json.createObjectNode();
        ObjectNode embed = root.putArray("embeds").addObject();
        String title = cut(discordEscape(s.headline()), DISCORD_TITLE);
        String footer = s.source() != null && s.source().siteName() != null
                ? cut(discordEscape(s.source().siteName()), DISCORD_FOOTER) : null;
        int room = Math.min(DISCORD_DESCRIPTION, DISCORD_EMBED_TOTAL - title.length()
                - (footer == null ? 0 : footer.length()));
        embed.put("title", title);
        embed.put("description", cut(bullets(s, "• ", ChatMessages::discordEscape), room));
        embed.put("color", DISCORD_COLOUR);
        if (isWebUrl(requestedUrl)) {
            embed.put("url", requestedUrl);
        }
        if (footer != null) {
            embed.putObject("footer").put("text", footer);
        }
        noMentions(root);
        return root;
    }

    /** A plain Discord message (a notice or an error), mentioning nobody. */
    public ObjectNode discordNotice(String text) {
        ObjectNode root = json.createObjectNode();
        root.put("content", cut(discordEscape(text), DISCORD_CONTENT));
        noMentions(root);
        return root;
    }

    /** A Mattermost slash-command response: Markdown the way Mattermost renders it, in the channel. */
    public ObjectNode mattermost(Summary s) {
        StringBuilder text = new StringBuilder("#### ").append(mattermostEscape(s.headline())).append("\n\n");
        text.append(bullets(s, "- ", ChatMessages::mattermostEscape));
        if (s.source() != null && s.source().siteName() != null) {
            text.append("\n\n_").append(mattermostEscape(s.source().siteName())).append("_");
        }
        return json.createObjectNode().put("response_type", "in_channel").put("text", cut(text.toString(), MATTERMOST_POST));
    }

    /** A Mattermost message only the caller sees. */
    public ObjectNode mattermostNotice(String text) {
        return json.createObjectNode().put("response_type", "ephemeral")
                .put("text", cut(mattermostEscape(text), MATTERMOST_POST));
    }

    /**
     * A Teams reply carrying an Adaptive Card (1.4, what Teams renders): the headline, the bullets,
     * the site. Card text has no mention syntax of its own (mentions need an entity the reply
     * declares, and it declares none); markup links are broken up.
     */
    public ObjectNode teams(Summary s) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "message");
        ObjectNode card = root.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive").putObject("content");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", cut(teamsEscape(s.headline()), 500))
                .put("weight", "Bolder").put("size", "Medium").put("wrap", true);
        body.addObject().put("type", "TextBlock").put("text", cut(bullets(s, "- ", ChatMessages::teamsEscape), TEAMS_TEXT))
                .put("wrap", true);
        if (s.source() != null && s.source().siteName() != null) {
            body.addObject().put("type", "TextBlock").put("text", cut(teamsEscape(s.source().siteName()), 200))
                    .put("isSubtle", true).put("size", "Small").put("wrap", true);
        }
        return root;
    }

    /** A plain Teams reply (a notice or an error). */
    public ObjectNode teamsNotice(String text) {
        return json.createObjectNode().put("type", "message").put("text", cut(teamsText(text), TEAMS_TEXT));
    }

    private void noMentions(ObjectNode root) {
        root.putObject("allowed_mentions").putArray("parse");
    }

    private static String bullets(Summary s, String mark, java.util.function.UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder();
        for (String b : s.bullets()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(mark).append(escape.apply(b));
        }
        return sb.toString();
    }

    /** Discord Markdown: markup characters escaped; '@' kept from starting @everyone, @here or a name. */
    static String discordEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '*', '_', '~', '`', '|', '>', '<', '[', ']', '#' -> sb.append('\\').append(c);
                case '@' -> sb.append('@').append(ZERO_WIDTH_SPACE);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Mattermost Markdown: markup escaped; '@' and '~' (user and channel mentions) broken up. */
    static String mattermostEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '|', '>', '<', '[', ']', '#' -> sb.append('\\').append(c);
                case '@', '~' -> sb.append(c).append(ZERO_WIDTH_SPACE);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Adaptive Card text: no HTML or mention syntax exists there; links and '@' are broken up. */
    static String teamsEscape(String s) {
        return s.replace("@", "@" + ZERO_WIDTH_SPACE).replace("](", "]" + ZERO_WIDTH_SPACE + "(")
                .replace("<", "\uFF1C").replace(">", "\uFF1E");
    }

    /** Teams message text is read as HTML-like markup ({@code <at>} mentions) and Markdown: both defused. */
    static String teamsText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "@" + ZERO_WIDTH_SPACE)
                .replace("](", "]" + ZERO_WIDTH_SPACE + "(");
    }

    /** Cuts at a limit without splitting a surrogate pair, ending with an ellipsis when cut. */
    static String cut(String s, int limit) {
        if (s.length() <= limit) {
            return s;
        }
        int end = limit - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        // A cut must not leave an escaping backslash dangling before the ellipsis.
        while (end > 0 && s.charAt(end - 1) == '\\') {
            end--;
        }
        return s.substring(0, Math.max(0, end)) + "…";
    }

    private static boolean isWebUrl(String url) {
        if (url == null || url.length() > 2048) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
