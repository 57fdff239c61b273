package dev.precis.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.precis.Pipeline;
import dev.precis.entity.Entity;
import dev.precis.summary.Summary;
import dev.precis.text.Sentence;

/**
 * A self-contained HTML page for people tuning the summarizer: the article with its entities
 * highlighted by salience, the chosen sentences marked with their scores, and the entity table.
 */
public final class ExplainPage {

    /** Entities shown in colour: beyond these the page turns to noise. */
    private static final int HIGHLIGHTED = 12;

    public String render(Pipeline.Explained e) {
        Summary s = e.summary();
        Map<Integer, Summary.BulletReason> chosen = new HashMap<>();
        if (s.explain() != null) {
            s.explain().forEach(r -> chosen.put(r.sentence(), r));
        }
        List<Entity> entities = e.analysis().entities();
        double top = entities.isEmpty() ? 1 : entities.get(0).salience();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(s.source().language() == null ? "und"
                : s.source().language())).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(s.headline())).append(" — Precis explain</title>\n<style>")
                .append("body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#222}h1{font-size:1.5rem}p{margin:.6rem 0}.s{padding:.1rem 0}"
                        + ".chosen{background:#fff3bf;outline:2px solid #f08c00;border-radius:3px}"
                        + ".score{font-size:.75rem;color:#a35d00;font-weight:600;margin-left:.3rem}"
                        + "mark{border-radius:3px;padding:0 .1rem}table{border-collapse:collapse;margin:1rem 0}"
                        + "td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}"
                        + "ol li{margin:.3rem 0}.meta{color:#666;font-size:.85rem}</style></head><body>\n");
        html.append("<h1>").append(esc(s.headline())).append("</h1>\n<p class=\"meta\">")
                .append(s.stats().sentences()).append(" sentences, ").append(s.stats().words())
                .append(" words; chosen sentences are outlined, entities shaded by salience.</p>\n");
        html.append("<h2>Bullets</h2><ol>");
        for (String b : s.bullets()) {
            html.append("<li>").append(esc(b)).append("</li>");
        }
        html.append("</ol>\n<h2>Entities</h2><table><tr><th>entity</th><th>kind</th><th>salience</th>"
                + "<th>mentions</th><th>also called</th></tr>");
        for (int i = 0; i < entities.size() && i < 25; i++) {
            Entity en = entities.get(i);
            html.append("<tr><td><mark style=\"background:").append(shade(en.salience(), top)).append("\">")
                    .append(esc(en.name())).append("</mark></td><td>").append(en.kind().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.3f", en.salience())).append("</td><td>")
                    .append(en.mentions()).append("</td><td>")
                    .append(esc(String.join(", ", en.aliases().stream().filter(a -> !a.equals(en.name())).toList())))
                    .append("</td></tr>");
        }
        html.append("</table>\n<h2>Article</h2>\n");
        List<String[]> surfaces = surfaces(entities, top);
        int paragraph = -1;
        for (Sentence sentence : e.sentences()) {
            if (sentence.paragraph() != paragraph) {
                if (paragraph >= 0) {
                    html.append("</p>\n");
                }
                html.append("<p>");
                paragraph = sentence.paragraph();
            }
            Summary.BulletReason reason = chosen.get(sentence.index());
            html.append("<span class=\"s").append(reason != null ? " chosen" : "").append("\" title=\"sentence ")
                    .append(sentence.index()).append("\">").append(highlight(sentence.text(), surfaces));
            if (reason != null) {
                html.append("<span class=\"score\">").append(String.format(Locale.ROOT, "%.2f", reason.score()))
                        .append("</span>");
            }
            html.append("</span> ");
        }
        if (paragraph >= 0) {
            html.append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Each highlighted entity's surface forms with their colour, longest first. */
    private static List<String[]> surfaces(List<Entity> entities, double top) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < entities.size() && i < HIGHLIGHTED; i++) {
            Entity en = entities.get(i);
            for (String alias : en.aliases()) {
                out.add(new String[] {alias, shade(en.salience(), top), en.name()});
            }
        }
        out.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        return out;
    }

    private static String highlight(String text, List<String[]> surfaces) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < text.length()) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart) {
                for (String[] s : surfaces) {
                    String alias = s[0];
                    int end = i + alias.length();
                    if (text.startsWith(alias, i) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                        out.append("<mark style=\"background:").append(s[1]).append("\" title=\"").append(esc(s[2]))
                                .append("\">").append(esc(alias)).append("</mark>");
                        i = end;
                        continue outer;
                    }
                }
            }
            out.append(esc(String.valueOf(text.charAt(i))));
            i++;
        }
        return out.toString();
    }

    private static String shade(double salience, double top) {
        double alpha = 0.15 + 0.7 * Math.min(1, salience / Math.max(top, 1e-9));
        return String.format(Locale.ROOT, "rgba(77,171,247,%.2f)", alpha);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
