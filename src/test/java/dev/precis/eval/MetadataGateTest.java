package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Quality gate on the metadata of Readability's 60 test pages (issue 13's matching rule, see
 * {@link MetadataBenchmark}): headline, byline and date may each lose at most one page from the
 * figures reached (60 of 60, 35 of 37, 15 of 15). Reads ../shared.
 */
@Tag("corpus")
class MetadataGateTest {

    /** Headline, byline, date: pages that must agree. */
    static final int[] FLOORS = {59, 34, 14};

    @Test
    void headlineBylineAndDateStayAboveTheirFloors() throws Exception {
        Path dir = WideExtractionBenchmark.wideDir().resolve("readability");
        MetadataBenchmark.Counts c = MetadataBenchmark.score(dir,
                new ObjectMapper().readTree(dir.resolve("metadata.json").toFile()), null);
        for (int f = 0; f < 3; f++) {
            System.out.printf("metadata %s: %d of %d%n", MetadataBenchmark.NAMES[f], c.agree()[f], c.given()[f]);
            assertTrue(c.agree()[f] >= FLOORS[f], String.format("%s: %d of %d agree, fewer than %d",
                    MetadataBenchmark.NAMES[f], c.agree()[f], c.given()[f], FLOORS[f]));
        }
    }
}
