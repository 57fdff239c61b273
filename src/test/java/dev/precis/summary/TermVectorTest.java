package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermVectorTest {

    private final Map<String, Integer> ids = new HashMap<>();

    @Test
    void countsContentWordsOnlyUnderIdsInTheOrderFirstSeen() {
        TermVector v = TermVector.of(List.of("bridge", "the", "river", "bridge"), ids);
        assertEquals(Map.of("bridge", 0, "river", 1), ids);
        assertArrayEquals(new int[] {0, 1}, v.ids());
        assertArrayEquals(new int[] {2, 1}, v.counts());
        assertEquals(Math.sqrt(5), v.norm(), 1e-12);
    }

    @Test
    void cosineIsOneForTheSameWordsAndZeroForNoneShared() {
        TermVector a = TermVector.of(List.of("bridge", "river"), ids);
        TermVector b = TermVector.of(List.of("river", "bridge"), ids);
        TermVector c = TermVector.of(List.of("council", "budget"), ids);
        assertEquals(1.0, a.cosine(b), 1e-12);
        assertEquals(0.0, a.cosine(c), 1e-12);
        assertEquals(0.5, a.cosine(TermVector.of(List.of("bridge", "council"), ids)), 1e-12);
    }

    @Test
    void aDocumentIsTheSumOfItsSentencesAndCosineReadsItByWordId() {
        TermVector a = TermVector.of(List.of("bridge", "river"), ids);
        TermVector b = TermVector.of(List.of("bridge", "council"), ids);
        int[] document = new int[ids.size()];
        a.addTo(document);
        b.addTo(document);
        assertArrayEquals(new int[] {2, 1, 1}, document);
        double norm = TermVector.norm(document, document.length);
        assertEquals(3 / (Math.sqrt(2) * Math.sqrt(6)), a.cosine(document, norm), 1e-12);
    }

    @Test
    void countInCountsDistinctMarkedWords() {
        TermVector v = TermVector.of(List.of("bridge", "bridge", "river", "council"), ids);
        assertEquals(1, v.countIn(new boolean[] {true, false, false}));
        assertEquals(2, v.countIn(new boolean[] {true, false, true}));
    }

    @Test
    void vectorsOfTheSameWordsAreEqualOnlyAsOneObjectButPrintTheirCounts() {
        TermVector a = TermVector.of(List.of("bridge", "river", "bridge"), ids);
        TermVector b = TermVector.of(List.of("bridge", "river", "bridge"), ids);
        assertEquals(a, a);
        assertNotEquals(a, b);
        assertEquals(1.0, a.cosine(b), 1e-12);
        assertEquals("TermVector[ids=[0, 1], counts=[2, 1], norm=" + Math.sqrt(5) + "]", a.toString());
    }
}
