package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceScoreTest {

    @Test
    void thePartsAddUpAndQualityScalesTheirSum() {
        assertEquals(3.0, new SentenceScore(0, 1.0, 0.5, 0.75, 0.5, 0.25, 1.0).total(), 1e-12);
        assertEquals(1.5, new SentenceScore(0, 1.0, 0.5, 0.75, 0.5, 0.25, 0.5).total(), 1e-12);
        assertEquals(0.0, new SentenceScore(3, 1.0, 0, 0, 0, 0, 0).total(), 1e-12);
    }
}
