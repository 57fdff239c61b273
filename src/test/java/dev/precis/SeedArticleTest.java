package dev.precis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Summary;
import dev.precis.testing.Samples;

/** The article the function was first specified with, as text and inside a news page. */
class SeedArticleTest {

    private static final String HEADLINE = "China rejects U.S. “criticism or pressure” on Sino-Russian relations";
    private static final List<String> CLUTTER = List.of("See also", "Follow us", "Follow Us", "syndicated feed",
            "Beijing:", "Ongoing support", "Share", "Related Posts", "cookies");

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    static Stream<SummaryRequest> seeds() {
        return Stream.of(SummaryRequest.ofText(Samples.text("seed-article.txt")),
                SummaryRequest.ofHtml(Samples.text("seed-article.html")));
    }

    private Summary summarize(SummaryRequest request) {
        return pipeline.summarize(request.withBullets(4));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headlineIsTheArticleTitle(SummaryRequest request) {
        assertEquals(HEADLINE, summarize(request).headline());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noBulletCarriesPageClutter(SummaryRequest request) {
        Summary s = pipeline.summarize(request.withBullets(10));
        assertEquals(10, s.bullets().size());
        for (String bullet : s.bullets()) {
            for (String clutter : CLUTTER) {
                assertFalse(bullet.contains(clutter), () -> "bullet carries '" + clutter + "': " + bullet);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void firstBulletIsTheLead(SummaryRequest request) {
        assertTrue(summarize(request).bullets().get(0).startsWith("China vowed on Wednesday"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void chinaAndRussiaAreTheMostSalient(SummaryRequest request) {
        List<Summary.EntityView> entities = summarize(request).entities();
        assertEquals(Set.of("China", "Russia"), Set.of(entities.get(0).name(), entities.get(1).name()));
        double sum = pipeline.summarize(request).entities().stream().mapToDouble(Summary.EntityView::salience).sum();
        assertTrue(sum <= 1.0001, "shown saliences are a share of 1: " + sum);
        entities.forEach(e -> assertTrue(e.salience() > 0 && e.salience() <= 1, e.toString()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aliasesFormOneEntityAndNamesakesStayApart(SummaryRequest request) {
        List<Summary.EntityView> entities = pipeline.summarize(request.withBullets(3)).entities();
        List<String> names = entities.stream().map(Summary.EntityView::name).toList();
        // Shown entities are the top ten; the full analysis is checked in EntityAnalyzerTest.
        assertTrue(names.contains("Kurt Campbell"), names.toString());
        assertFalse(names.contains("Campbell"), names.toString());
        assertTrue(names.contains("Xi Jinping"), names.toString());
        assertFalse(names.contains("President Xi Jinping"), names.toString());
        assertFalse(names.contains("Xi"), names.toString());
        assertTrue(names.contains("Sergey Lavrov"), names.toString());
        assertFalse(names.contains("Lavrov"), names.toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bulletsAreInArticleOrder(SummaryRequest request) {
        Summary s = pipeline.summarize(request.withBullets(6));
        String body = request.text() != null ? request.text() : request.html();
        int last = -1;
        for (String bullet : s.bullets()) {
            int at = body.indexOf(bullet.substring(0, 40));
            assertTrue(at > last, "bullet out of order: " + bullet);
            last = at;
        }
        assertNotEquals(-1, last);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void metadataOfThePageIsReported(SummaryRequest request) {
        Summary s = summarize(request);
        if (request.html() != null) {
            assertEquals("The Local Report", s.source().siteName());
            assertEquals("Local Report Desk", s.source().byline());
            assertEquals("2024-04-10T14:32:00+05:30", s.source().published());
            assertEquals("en-US", s.source().language());
        }
        assertTrue(s.stats().sentences() >= 18, "sentences: " + s.stats().sentences());
        assertTrue(s.stats().words() > 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theHtmlPageYieldsExactlyTheArticleParagraphs(SummaryRequest ignored) {
        List<String> fromHtml = pipeline.extract(SummaryRequest.ofHtml(Samples.text("seed-article.html")))
                .paragraphs();
        String txt = new String(Samples.bytes("seed-article.txt"), StandardCharsets.UTF_8);
        List<String> expected = Stream.of(txt.split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .filter(l -> !l.equals(HEADLINE) && !l.equals("Beijing:") && !l.startsWith("See also")
                        && !l.startsWith("– Ongoing") && !l.startsWith("(Except") && !l.startsWith("Follow"))
                .toList();
        assertEquals(expected, fromHtml);
    }
}
