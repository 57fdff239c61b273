package dev.precis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Explained;
import dev.precis.summary.Summary;
import dev.precis.testing.Samples;

class ExplainPageTest {

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    private String page(String html, int bullets) {
        Explained e = pipeline.explain(pipeline.extract(SummaryRequest.ofHtml(html)), bullets, null);
        return new ExplainPage().render(e);
    }

    @Test
    void marksTheChosenSentencesAndShadesEntities() {
        String html = page(Samples.text("seed-article.html"), 3);
        assertEquals(3, java.util.regex.Pattern.compile("class=\"s chosen( even)?\" title=\"sentence ")
                .matcher(html).results().count(), "one outline per bullet");
        assertTrue(html.contains("title=\"China\">China</mark>"), "entities are highlighted");
        assertTrue(html.contains("<td>Kurt Campbell</td>") || html.contains(">Kurt Campbell</mark></td>"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "self-contained and inert");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @Test
    void articleTextIsEscaped() {
        String article = "<html><body><article><p>The mayor of Springfield said the &lt;script&gt;alert(1)&lt;/script&gt;"
                + " tag was found in the city budget files on Monday morning by auditors.</p><p>Auditors in Springfield"
                + " reviewed every file of the budget office, the mayor said on Tuesday after the meeting.</p>"
                + "<p>The city council of Springfield will vote on the budget next week, officials said.</p>"
                + "</article></body></html>";
        String html = page(article, 2);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void everyListedEntityIsShadedUnderEveryNameTheArticleUses() {
        String html = page(Samples.text("seed-article.html"), 4);
        assertTrue(html.contains("title=\"United States\">U.S.</mark>"), "an alias from the place table");
        for (String name : java.util.List.of("Mao Ning", "Wang Yi", "Putin", "CCTV", "Janet Yellen", "Antony Blinken")) {
            assertTrue(html.contains("title=\"" + name + "\">"), name + " is listed but never shaded");
        }
        assertTrue(html.contains("title=\"Sergey Lavrov\">Lavrov</mark>"), "a person under a part of the name");
    }

    @Test
    void neighbouringChosenSentencesAreToldApartAndNumberedAsTheirBullets() {
        String html = page(Samples.text("seed-article.html"), 4);
        assertTrue(html.contains("<span class=\"badge\">1</span>") && html.contains("<span class=\"badge\">4</span>"));
        assertTrue(html.contains("class=\"s chosen even\""), "even bullets take the second colour");
        assertTrue(html.contains("class=\"legend\""), "a legend says what the marks mean");
        assertTrue(html.contains("name=\"viewport\""), "laid out for narrow screens");
    }

    @Test
    void everySentenceShowsItsScoreAndItsParts() {
        Explained e = pipeline.explain(pipeline.extract(SummaryRequest.ofHtml(Samples.text("seed-article.html"))), 4, null);
        String html = new ExplainPage().render(e);
        long scored = java.util.regex.Pattern.compile("<span class=\"score\" title=\"entities ").matcher(html).results().count();
        assertEquals(e.sentences().size(), scored, "a score for every sentence, chosen or not");
        for (String part : java.util.List.of("entities", "terms", "position", "headline", "centrality")) {
            assertTrue(html.contains("</i> " + part + "</span>"), "the legend names " + part);
        }
        // The shown score of a chosen sentence is the one the bullet was chosen with.
        Summary.BulletReason first = e.summary().explain().get(0);
        assertEquals(first.score(), e.scores().get(first.sentence()).total(), 1e-3);
    }
}
