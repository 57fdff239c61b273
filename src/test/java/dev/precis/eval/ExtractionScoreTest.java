package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark metric on hand-worked cases; {@code ExtractionPeersGateTest} pins it to the peers' figures. */
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
}
