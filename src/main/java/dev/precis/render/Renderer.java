package dev.precis.render;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.error.ErrorCode;
import dev.precis.summary.Summary;

/** Turns one {@link Summary} into JSON, Markdown, plain text or Slack Block Kit. */
public final class Renderer {

    private final ObjectMapper json;

    public Renderer(ObjectMapper json) {
        this.json = json.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public String render(Summary summary, Format format) {
        return switch (format) {
            case JSON -> write(toJson(summary));
            case MARKDOWN -> markdown(summary);
            case TEXT -> text(summary);
            case SLACK -> write(slack(summary));
            case HTML -> html(summary);
        };
    }

    public ObjectNode toJson(Summary summary) {
        return json.valueToTree(summary);
    }

    public String markdown(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(markdownEscape(s.headline())).append("\n\n");
        for (String b : s.bullets()) {
            sb.append("- ").append(markdownEscape(b)).append('\n');
        }
        if (s.explain() != null) {
            sb.append("\n**Why these bullets**\n\n");
            reasons(s).forEach(r -> sb.append(r.number()).append(". ").append(markdownEscape(r.text())).append('\n'));
        }
        String link = link(s);
        if (link != null) {
            sb.append('\n').append("Source: <").append(link).append(">\n");
        }
        return sb.toString();
    }

    public String text(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.headline()).append("\n\n");
        for (String b : s.bullets()) {
            sb.append("* ").append(b).append('\n');
        }
        if (s.explain() != null) {
            sb.append("\nWhy these bullets:\n");
            reasons(s).forEach(r -> sb.append("  ").append(r.number()).append(". ").append(r.text()).append('\n'));
        }
        String link = link(s);
        if (link != null) {
            sb.append('\n').append(link).append('\n');
        }
        return sb.toString();
    }

    /** A minimal page: the headline and the bullets, escaped. */
    public String html(Summary s) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(ExplainPage.esc(s.headline())).append("</title></head><body>\n<h1>")
                .append(ExplainPage.esc(s.headline())).append("</h1>\n<ul>\n");
        for (String b : s.bullets()) {
            sb.append("<li>").append(ExplainPage.esc(b)).append("</li>\n");
        }
        sb.append("</ul>\n");
        String link = link(s);
        if (link != null) {
            sb.append("<p><a href=\"").append(ExplainPage.esc(link)).append("\" rel=\"noopener nofollow\">Source</a></p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /**
     * Block Kit: the headline in bold, the bullets, a link to the source; {@code text} as fallback.
     * Everything in it comes from the page, so every string is escaped (no {@code <!channel>},
     * {@code <@U…>} or disguised {@code <url|label>} can form) and cut to Slack's limits.
     */
    public ObjectNode slack(Summary s) {
        ObjectNode root = json.createObjectNode();
        root.put("response_type", "in_channel");
        root.put("text", slackFit(s.headline(), SLACK_TEXT_LIMIT));
        ArrayNode blocks = root.putArray("blocks");
        section(blocks, "*" + slackFit(s.headline(), SLACK_TEXT_LIMIT - 2) + "*");
        StringBuilder bullets = new StringBuilder();
        for (String b : s.bullets()) {
            String line = "• " + slackFit(b, SLACK_TEXT_LIMIT - 2);
            // A bullet that would push the section over the limit starts the next section.
            if (bullets.length() > 0 && bullets.length() + 1 + line.length() > SLACK_TEXT_LIMIT) {
                section(blocks, bullets.toString());
                bullets.setLength(0);
            }
            if (bullets.length() > 0) {
                bullets.append('\n');
            }
            bullets.append(line);
        }
        if (bullets.length() > 0) {
            section(blocks, bullets.toString());
        }
        if (s.explain() != null) {
            ArrayNode elements = blocks.addObject().put("type", "context").putArray("elements");
            reasons(s).forEach(r -> elements.addObject().put("type", "mrkdwn")
                    .put("text", r.number() + ". " + slackFit(r.text(), SLACK_TEXT_LIMIT - 4)));
        }
        String link = link(s);
        if (link != null) {
            String label = s.source().siteName() != null && !s.source().siteName().isBlank()
                    ? s.source().siteName() : "Source";
            String mrkdwn = "<" + slackEscape(link) + "|" + slackFit(label, SLACK_LABEL_LIMIT) + ">";
            if (mrkdwn.length() <= SLACK_TEXT_LIMIT) {
                ObjectNode context = blocks.addObject();
                context.put("type", "context");
                context.putArray("elements").addObject().put("type", "mrkdwn").put("text", mrkdwn);
            }
        }
        return root;
    }

    /** An ephemeral text-only Slack message, escaped and within Slack's limit. */
    public ObjectNode slackPlain(String text) {
        return json.createObjectNode().put("response_type", "ephemeral").put("text", slackFit(text, SLACK_TEXT_LIMIT));
    }

    /** The contract's error body: {@code {"error":{"code":..., "message":...}}}. */
    public ObjectNode error(ErrorCode code, String message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code.name());
        error.put("message", message);
        return root;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        ObjectNode text = section.putObject("text");
        text.put("type", "mrkdwn");
        text.put("text", mrkdwn);
    }

    /** One bullet's reason in words, numbered as the bullets are. */
    record Reason(int number, String text) {
    }

    /** Why each bullet was chosen, for the formats that show it under the bullets. */
    static List<Reason> reasons(Summary s) {
        List<Reason> out = new ArrayList<>();
        for (int i = 0; i < s.explain().size(); i++) {
            Summary.BulletReason r = s.explain().get(i);
            String entities = r.entities().isEmpty() ? "no named entities" : String.join(", ", r.entities());
            out.add(new Reason(i + 1, String.format(Locale.ROOT, "sentence %d, score %.2f: %s",
                    r.sentence(), r.score(), entities)));
        }
        return out;
    }


    /**
     * The page's canonical URL, else the fetched one, if it is an absolute http(s) URL with a
     * host; {@code java.net.URI} admits no space, quote, {@code <}, {@code >} or {@code |}, so
     * the result cannot close a Markdown autolink or a Slack link early.
     */
    static String link(Summary s) {
        if (s.source() == null) {
            return null;
        }
        String canonical = httpUrl(s.source().canonicalUrl());
        return canonical != null ? canonical : httpUrl(s.source().url());
    }

    private static String httpUrl(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > MAX_LINK_LENGTH) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(candidate.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Slack's own limit on a section's or a text object's text. */
    static final int SLACK_TEXT_LIMIT = 3000;
    /** A site name longer than this is not a name; the link label is cut there. */
    private static final int SLACK_LABEL_LIMIT = 150;
    /** Links longer than this are dropped rather than cut: a cut URL leads somewhere else. */
    private static final int MAX_LINK_LENGTH = 2000;

    /**
     * Escapes {@code &}, {@code <}, {@code >} (Slack's three control characters: with them
     * escaped no link, mention or {@code <!channel>} can form) and breaks up bare
     * {@code @channel}, {@code @here} and {@code @everyone}.
     */
    static String slackEscape(String s) {
        return slackFit(s, Integer.MAX_VALUE);
    }

    /** {@link #slackEscape}, cut with an ellipsis so the escaped text fits {@code limit} characters. */
    static String slackFit(String s, int limit) {
        StringBuilder out = new StringBuilder(Math.min(s.length() + 16, 4096));
        int room = limit == Integer.MAX_VALUE ? limit : limit - 1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String piece = switch (cp) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '@' -> broadcastAt(s, i) ? "@\u2060" : "@";
                default -> new String(Character.toChars(cp));
            };
            if (out.length() + piece.length() > room) {
                return out.append('…').toString();
            }
            out.append(piece);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean broadcastAt(String s, int at) {
        for (String word : new String[] {"channel", "here", "everyone"}) {
            if (s.regionMatches(true, at + 1, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Backslash-escapes the characters that would make page text into Markdown links, images,
     * code or raw HTML ({@code [ ] < > & ` \ * _}); line breaks become spaces so a bullet stays one item.
     */
    static String markdownEscape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
