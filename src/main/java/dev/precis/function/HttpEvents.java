package dev.precis.function;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What the chat webhooks read from an HTTP API (payload 2.0) event: the exact body bytes, headers, form fields. */
public final class HttpEvents {

    private HttpEvents() {
    }

    /** The body exactly as sent, which is what signatures cover; null when its base64 is broken. */
    public static byte[] rawBody(JsonNode event) {
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** HTTP API lower-cases header names; other proxies may not, so look case-insensitively. */
    public static String header(JsonNode event, String name) {
        Iterator<Map.Entry<String, JsonNode>> fields = event.path("headers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue().asText();
            }
        }
        return null;
    }

    /** An {@code application/x-www-form-urlencoded} body; the first value of a repeated field wins. */
    public static Map<String, String> form(String body) {
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
                // A malformed escape: the field is skipped, and a missing one is reported by the caller.
            }
        }
        return form;
    }

    /** The first http(s) URL in a chat message's text, without trailing punctuation; empty when none. */
    public static String firstUrl(String text) {
        if (text == null) {
            return "";
        }
        for (String word : text.split("[\\s<>\"]+")) {
            if (word.startsWith("https://") || word.startsWith("http://")) {
                return word.replaceAll("[.,;:!?)\\]]+$", "");
            }
        }
        return "";
    }
}
