package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extraction-wide scorers against the peers' figures in that folder's SOURCE.md, to three
 * decimals, from the peers' outputs that ship with it. Reads ../shared, hence a gate.
 *
 * <p>ROUGE-LSum reproduces SOURCE.md on CleanEval and CleanPortalEval for all three peers. On the
 * other sets this scorer (and an independent check with NLTK 3.8's Punkt and rouge-score's
 * union-LCS in Python, which agrees with it page for page) is 0.001 under SOURCE.md on Dragnet for
 * all three peers, and differs on L3S-GN1 (Readability.js 0.911 against 0.923) and on Readability
 * (readability-lxml 0.865 against 0.858, boilerpipe 0.789 against 0.806); those rows are pinned at
 * what the metric as written gives, so a change to the scorer still shows.
 */
@Tag("corpus")
class WcebReferenceGateTest {

    private static final Map<String, WideExtractionBenchmark.SetScores> CACHE = new HashMap<>();

    private static WideExtractionBenchmark.SetScores scores(String peer, String set) throws Exception {
        String key = peer + "/" + set;
        if (!CACHE.containsKey(key)) {
            WideExtractionBenchmark.PageSet s = WideExtractionBenchmark.load(WideExtractionBenchmark.wideDir().resolve(set));
            CACHE.put(key, WideExtractionBenchmark.score(WideExtractionBenchmark.scorer(), s,
                    WideExtractionBenchmark.peer(s, peer)));
        }
        return CACHE.get(key);
    }

    @ParameterizedTest(name = "{0} on {1}: ROUGE-LSum {2}")
    @CsvSource({
        // SOURCE.md's figures, reproduced.
        "readability-js,   cleaneval,       0.903",
        "readability-lxml, cleaneval,       0.873",
        "boilerpipe,       cleaneval,       0.816",
        "readability-js,   cleanportaleval, 0.885",
        "readability-lxml, cleanportaleval, 0.905",
        "boilerpipe,       cleanportaleval, 0.875",
        "readability-js,   readability,     1.000",
        // The metric as written (SOURCE.md: 0.881, 0.896, 0.828; 0.923, 0.922, 0.938; 0.858, 0.806).
        "readability-js,   dragnet,         0.880",
        "readability-lxml, dragnet,         0.895",
        "boilerpipe,       dragnet,         0.827",
        "readability-js,   l3s-gn1,         0.911",
        "readability-lxml, l3s-gn1,         0.923",
        "boilerpipe,       l3s-gn1,         0.939",
        "readability-lxml, readability,     0.865",
        "boilerpipe,       readability,     0.789"})
    void rougeLsum(String peer, String set, double expected) throws Exception {
        assertEquals(expected, round3(scores(peer, set).rougeMean()));
    }

    @ParameterizedTest(name = "{0} on {1}: 4-shingle F1 {2}")
    @CsvSource({
        // SOURCE.md's 4-shingle figures reproduce on Dragnet, L3S-GN1 and Readability; on the two
        // sets with empty truths (4 and 2 pages) they are 0.001-0.002 lower than these (0.889,
        // 0.930; 0.837, 0.907), so empty truths are scored there in some way SOURCE.md leaves unsaid.
        "readability-lxml, cleaneval,       0.890",
        "readability-lxml, cleanportaleval, 0.931",
        "readability-lxml, dragnet,         0.901",
        "readability-lxml, l3s-gn1,         0.937",
        "readability-lxml, readability,     0.879",
        "boilerpipe,       cleaneval,       0.839",
        "boilerpipe,       cleanportaleval, 0.909",
        "boilerpipe,       dragnet,         0.837",
        "boilerpipe,       l3s-gn1,         0.946",
        "boilerpipe,       readability,     0.832"})
    void shingles(String peer, String set, double expected) throws Exception {
        assertEquals(expected, round3(ExtractionScore.corpus(scores(peer, set).shingles()).f1()));
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
