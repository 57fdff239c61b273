package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionScoreTest {

    @Test
    void tokensFollowPythonsUnicodeWordClass() {
        assertEquals(List.of("Don", "t", "stop", "3", "5", "naïve", "snake_case"),
                ExtractionScore.tokens("Don't stop: 3.5 naïve snake_case!"));
        // A combining accent is not a word character in Python's \w.
        assertEquals(List.of("e", "x"), ExtractionScore.tokens("e\u0301x"));
    }

    @Test
    void shinglesAreOverlappingFourGramsOrOneShortOne() {
        assertEquals(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1),
                ExtractionScore.shingles(List.of("a", "b", "c", "d", "e")));
        assertEquals(Map.of(List.of("a", "b"), 1), ExtractionScore.shingles(List.of("a", "b")));
        assertEquals(Map.of(), ExtractionScore.shingles(List.of()));
    }

    @Test
    void handWorkedDocument() {
        // truth: a b c d e -> {abcd, bcde}; prediction: a b c d x -> {abcd, bcdx}
        ExtractionScore.DocScore s = ExtractionScore.score("a b c d e", "a b c d x");
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
        ExtractionScore.DocScore empty = ExtractionScore.score("a b c d e", "");
        assertNull(empty.precision(), "an empty prediction is left out of precision");
        assertEquals(0.0, empty.recall());
        ExtractionScore.Corpus c = ExtractionScore.corpus(List.of(s, empty));
        assertEquals(0.5, c.precision(), 1e-12);
        assertEquals(0.25, c.recall(), 1e-12);
        assertEquals(2 * 0.5 * 0.25 / 0.75, c.f1(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({
        "rs_trafilatura, 0.970, 0.951, 0.990, 0.287",
        "trafilatura,    0.958, 0.938, 0.978, 0.293",
        "readability_js, 0.947, 0.914, 0.982, 0.166",
        "boilerpipe,     0.860, 0.850, 0.870, 0.006"})
    void reproducesThePublishedPeerScores(String peer, double f1, double p, double r, double acc) throws IOException {
        Path shared = ExtractionBenchmark.sharedDir();
        ExtractionScore.Corpus c = ExtractionScore.corpus(ExtractionBenchmark.score(
                ExtractionBenchmark.groundTruth(shared),
                ExtractionBenchmark.predictions(shared.resolve("eval-data/extraction/output/" + peer + ".json"))));
        assertEquals(f1, round3(c.f1()));
        assertEquals(p, round3(c.precision()));
        assertEquals(r, round3(c.recall()));
        assertEquals(acc, round3(c.accuracy()));
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
