package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Gate on GAP: sentence-opening pronouns rewritten to a wrong name in at most 2% of rewrites and 3 per file. */
@Tag("corpus")
class CorefGateTest {

    @Test
    void rewritesNameTheWrongPersonRarely() {
        for (String file : new String[] {"gap-development.tsv", "gap-validation.tsv"}) {
            Path set = ExtractionBenchmark.sharedDir().resolve("eval-data/coref/" + file);
            CorefBenchmark.Result r = new CorefBenchmark().run(set, 10, null);
            assertTrue(r.wrong() <= 3, file + ": " + r.wrong() + " wrong");
            assertTrue(r.wrongShare() <= 0.02, file + ": " + r.wrongShare());
        }
    }
}
