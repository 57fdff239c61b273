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

import dev.precis.ErrorCode;
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
        sb.append("# ").append(s.headline()).append("\n\n");
        for (String b : s.bullets()) {
            sb.append("- ").append(b).append('\n');
        }
        if (s.explain() != null) {
            sb.append("\n**Why these bullets**\n\n");
            reasons(s).forEach(r -> sb.append(r.number()).append(". ").append(r.text()).append('\n'));
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
            sb.append("<p><a href=\"").append(ExplainPage.esc(link)).append("\">Source</a></p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    /** Block Kit: the headline in bold, the bullets, a link to the source; {@code text} as fallback. */
    public ObjectNode slack(Summary s) {
        ObjectNode root = json.createObjectNode();
        root.put("response_type", "in_channel");
        root.put("text", s.headline());
        ArrayNode blocks = root.putArray("blocks");
        section(blocks, "*" + slackEscape(s.headline()) + "*");
        StringBuilder bullets = new StringBuilder();
        for (String b : s.bullets()) {
            bullets.append("• ").append(slackEscape(b)).append('\n');
        }
        if (bullets.length() > 0) {
            section(blocks, bullets.toString().stripTrailing());
        }
        if (s.explain() != null) {
            ArrayNode elements = blocks.addObject().put("type", "context").putArray("elements");
            reasons(s).forEach(r -> elements.addObject().put("type", "mrkdwn")
                    .put("text", r.number() + ". " + slackEscape(r.text())));
        }
        String link = link(s);
        if (link != null) {
            ObjectNode context = blocks.addObject();
            context.put("type", "context");
            String label = s.source().siteName() != null ? s.source().siteName() : "Source";
            context.putArray("elements").addObject().put("type", "mrkdwn")
                    .put("text", "<" + link + "|" + slackEscape(label) + ">");
        }
        return root;
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

    private static String link(Summary s) {
        if (s.source() == null) {
            return null;
        }
        return s.source().canonicalUrl() != null ? s.source().canonicalUrl() : s.source().url();
    }

    static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
