package dev.precis.function.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of a slash command that Precis uses, from the form Slack (and Mattermost) posts.
 */
public record SlashCommand(String command, String text, String responseUrl, String userId, String channelId) {

    public static SlashCommand fromForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                form.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed escape: skip the field; a missing one is reported below.
            }
        }
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
