package dev.precis.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.precis.entity.Entity;
import dev.precis.entity.Surfaces;
import dev.precis.summary.Explained;
import dev.precis.summary.SentenceScore;
import dev.precis.summary.Summary;
import dev.precis.text.Sentence;

/**
 * A self-contained HTML page for people tuning the summarizer: the article with its entities
 * highlighted by salience, every sentence's score with its parts, the chosen sentences marked, and the entity table.
 */
public final class ExplainPage {

    /** Entities listed in the table, and shaded wherever the article mentions them. */
    private static final int LISTED = 25;

    private static final String STYLE = "body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem}p{margin:.6rem 0}"
            + ".s{padding:.1rem 0}.chosen{background:#fff3bf;outline:2px solid #f08c00;border-radius:3px}"
            + ".chosen.even{background:#e6fcf5;outline-color:#0ca678}"
            + ".badge{font-size:.7rem;font-weight:700;color:#fff;background:#f08c00;border-radius:9px;padding:0 .35rem;"
            + "margin-right:.25rem;vertical-align:.15rem}.even .badge{background:#0ca678}"
            + ".score{font-size:.72rem;color:#666;margin-left:.3rem;white-space:nowrap}.chosen .score{color:#a35d00;font-weight:600}"
            + ".bar{display:inline-block;vertical-align:middle;max-width:9rem;overflow:hidden;white-space:nowrap}"
            + ".part{display:inline-block;height:.5rem;vertical-align:middle}"
            + "mark{border-radius:3px;padding:0 .1rem;color:inherit}.wrap{overflow-x:auto}"
            + "table{border-collapse:collapse;margin:1rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;"
            + "text-align:left;vertical-align:top}ol li{margin:.3rem 0}.meta{color:#666;font-size:.85rem}"
            + ".legend{font-size:.85rem;background:#f8f9fa;border:1px solid #dee2e6;border-radius:4px;padding:.5rem .8rem}"
            + ".legend span{margin-right:1rem;display:inline-block}"
            + "@media (max-width:480px){body{font-size:15px;margin:1rem auto;padding:0 .6rem}h1{font-size:1.25rem}"
            + "table{font-size:.8rem}td,th{padding:.2rem .25rem}}";

    public String render(Explained e) {
        Summary s = e.summary();
        Map<Integer, Integer> bulletOf = new HashMap<>();
        if (s.explain() != null) {
            for (int i = 0; i < s.explain().size(); i++) {
                Summary.BulletReason r = s.explain().get(i);
                bulletOf.put(r.sentence(), i + 1);
            }
        }
        List<Entity> entities = e.analysis().entities();
        int listed = Math.min(LISTED, entities.size());
        double top = entities.isEmpty() ? 1 : entities.get(0).salience();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(s.source().language() == null ? "und"
                : s.source().language())).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(s.headline())).append(" — Precis explain</title>\n<style>").append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(s.headline())).append("</h1>\n<p class=\"meta\">")
                .append(s.stats().sentences()).append(" sentences, ").append(s.stats().words()).append(" words.</p>\n");
        html.append("<h2>Bullets</h2><ol>");
        for (String b : s.bullets()) {
            html.append("<li>").append(esc(b)).append("</li>");
        }
        html.append("</ol>\n<h2>Entities</h2><div class=\"wrap\"><table><tr><th>entity</th><th>kind</th>"
                + "<th>salience</th><th>mentions</th><th>also called</th></tr>");
        for (int i = 0; i < listed; i++) {
            Entity en = entities.get(i);
            html.append("<tr><td><mark style=\"background:").append(shade(en.salience(), top)).append("\">")
                    .append(esc(en.name())).append("</mark></td><td>").append(en.kind().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.3f", en.salience())).append("</td><td>")
                    .append(en.mentions()).append("</td><td>")
                    .append(esc(String.join(", ", en.aliases().stream().filter(a -> !a.equals(en.name())).toList())))
                    .append("</td></tr>");
        }
        html.append("</table></div>\n<h2>Article</h2>\n<p class=\"legend\">")
                .append("<span><mark style=\"background:").append(shade(top, top)).append("\">Entity</mark> shaded by salience"
                        + " (darker: more salient; hover for its name)</span>")
                .append("<span><span class=\"s chosen\"><span class=\"badge\">1</span>chosen</span>"
                        + " outlined, numbered as its bullet; neighbours alternate colours</span>")
                .append("<span>after each sentence its score, and a bar of its parts:</span>");
        for (Part part : PARTS) {
            html.append("<span><i class=\"part\" style=\"background:").append(part.colour())
                    .append(";width:.8rem\"></i> ").append(part.name()).append("</span>");
        }
        html.append("<span>× quality: the share kept after penalties (fragments, captions, pointing back)</span></p>\n");
        List<List<String>> surfaces = new ArrayList<>(listed);
        for (int i = 0; i < listed; i++) {
            surfaces.add(Surfaces.of(entities.get(i)));
        }
        int paragraph = -1;
        for (Sentence sentence : e.sentences()) {
            if (sentence.paragraph() != paragraph) {
                if (paragraph >= 0) {
                    html.append("</p>\n");
                }
                html.append("<p>");
                paragraph = sentence.paragraph();
            }
            Integer bullet = bulletOf.get(sentence.index());
            html.append("<span class=\"s");
            if (bullet != null) {
                html.append(" chosen").append(bullet % 2 == 0 ? " even" : "");
            }
            html.append("\" title=\"sentence ").append(sentence.index()).append("\">");
            if (bullet != null) {
                html.append("<span class=\"badge\">").append(bullet).append("</span>");
            }
            html.append(highlight(sentence.text(), marks(sentence.index(), e, listed, surfaces, top)));
            SentenceScore score = sentence.index() < e.scores().size() ? e.scores().get(sentence.index()) : null;
            if (score != null) {
                html.append(scoreParts(score));
            }
            html.append("</span> ");
        }
        if (paragraph >= 0) {
            html.append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** One part of a sentence's score: its name in the legend and its colour in the bar. */
    record Part(String name, String colour) {
    }

    private static final List<Part> PARTS = List.of(new Part("entities", "#4dabf7"), new Part("terms", "#9775fa"),
            new Part("position", "#ffa94d"), new Part("headline", "#69db7c"), new Part("centrality", "#f783ac"));
    /** Bar width, in rem, of a part worth one point: scores run from 0 to about 3. */
    private static final double REM_PER_POINT = 1.5;

    /** The score, a bar of its parts (each as wide as its share of the sum) and the exact figures on hover. */
    static String scoreParts(SentenceScore s) {
        double[] values = {s.entities(), s.terms(), s.position(), s.headline(), s.centrality()};
        StringBuilder title = new StringBuilder();
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            title.append(PARTS.get(i).name()).append(' ').append(String.format(Locale.ROOT, "%.2f", values[i])).append(", ");
            if (values[i] > 0) {
                bar.append("<i class=\"part\" style=\"background:").append(PARTS.get(i).colour()).append(";width:")
                        .append(String.format(Locale.ROOT, "%.2f", values[i] * REM_PER_POINT)).append("rem\"></i>");
            }
        }
        title.append(String.format(Locale.ROOT, "quality ×%.2f", s.quality()));
        return "<span class=\"score\" title=\"" + title + "\">" + String.format(Locale.ROOT, "%.2f", s.total())
                + (s.quality() < 1 ? String.format(Locale.ROOT, " (×%.2f)", s.quality()) : "")
                + " <span class=\"bar\">" + bar + "</span></span>";
    }

    /** A surface form to shade: its text, its colour, the entity's name. */
    record Mark(String surface, String colour, String entity) {
    }

    /** The surfaces of the listed entities this sentence mentions, longest first. */
    private static List<Mark> marks(int sentence, Explained e, int listed, List<List<String>> surfaces,
            double top) {
        List<List<Integer>> bySentence = e.analysis().bySentence();
        if (sentence < 0 || sentence >= bySentence.size()) {
            return List.of();
        }
        List<Mark> out = new ArrayList<>();
        for (int index : bySentence.get(sentence)) {
            if (index < listed) {
                Entity en = e.analysis().entities().get(index);
                String colour = shade(en.salience(), top);
                surfaces.get(index).forEach(surface -> out.add(new Mark(surface, colour, en.name())));
            }
        }
        out.sort(Comparator.comparingInt((Mark m) -> m.surface().length()).reversed());
        return out;
    }

    /** The sentence escaped, each surface of a mark shaded where it stands as a whole word (any case). */
    static String highlight(String text, List<Mark> marks) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < text.length()) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart) {
                for (Mark m : marks) {
                    String surface = m.surface();
                    int end = i + surface.length();
                    if (text.regionMatches(true, i, surface, 0, surface.length())
                            && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                        out.append("<mark style=\"background:").append(m.colour()).append("\" title=\"")
                                .append(esc(m.entity())).append("\">").append(esc(text.substring(i, end)))
                                .append("</mark>");
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
