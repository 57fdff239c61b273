package dev.precis.function.slack;

import java.util.Map;

import dev.precis.function.HttpEvents;

/**
 * The fields of a slash command that Precis uses, from the form Slack (and Mattermost) posts.
 */
public record SlashCommand(String command, String text, String responseUrl, String userId, String channelId) {

    public static SlashCommand fromForm(String body) {
        Map<String, String> form = HttpEvents.form(body);
        return new SlashCommand(form.getOrDefault("command", "/summarize"), form.getOrDefault("text", "").strip(),
                form.get("response_url"), form.get("user_id"), form.get("channel_id"));
    }

    /**
     * The URL the user gave, unwrapped from Slack's {@code <url|label>} link syntax; a bare host
     * such as {@code example.com/story} gets https. Empty when the text is empty or asks for help.
     */
    public String url() {
        String t = text;
        if (t.isEmpty() || t.equalsIgnoreCase("help")) {
            return "";
        }
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
            int bar = t.indexOf('|');
            if (bar >= 0) {
                t = t.substring(0, bar);
            }
        }
        if (!t.contains("://") && t.indexOf('.') > 0 && !t.contains(" ")) {
            t = "https://" + t;
        }
        return t;
    }
}
