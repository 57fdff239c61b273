package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gate (reads {@code ../shared}): the scorer reproduces the peers' published figures on the
 * 181-page benchmark to three decimals, so our own figure is scored the way theirs were.
 */
@Tag("corpus")
class ExtractionPeersGateTest {

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
