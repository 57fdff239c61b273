package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.precis.text.Sentence;

class MmrSelectorTest {

    private final Map<String, Integer> ids = new HashMap<>();

    private Candidate candidate(int index, double score, String... words) {
        Sentence s = new Sentence(index, 0, String.join(" ", words), List.of(words));
        return new Candidate(s, s.text(), score, TermVector.of(List.of(words), ids));
    }

    private static List<Integer> indices(List<Candidate> chosen) {
        return chosen.stream().map(c -> c.sentence().index()).toList();
    }

    @Test
    void picksByScoreBestFirst() {
        List<Candidate> all = List.of(candidate(0, 1.0, "bridge", "opened"), candidate(1, 3.0, "council", "cost"),
                candidate(2, 2.0, "cyclists", "river"));
        assertEquals(List.of(1, 2), indices(MmrSelector.select(all, 2)));
    }

    @Test
    void aRepeatOfAChosenSentenceIsSkipped() {
        List<Candidate> all = List.of(candidate(0, 3.0, "bridge", "opened", "leeds"),
                candidate(1, 2.9, "bridge", "opened", "leeds"), candidate(2, 1.0, "council", "cost"));
        assertEquals(List.of(0, 2), indices(MmrSelector.select(all, 2)));
    }

    @Test
    void stopsWhenOnlyRepeatsAreLeft() {
        List<Candidate> all = List.of(candidate(0, 3.0, "bridge", "opened"), candidate(1, 2.0, "bridge", "opened"));
        assertEquals(List.of(0), indices(MmrSelector.select(all, 3)));
        assertEquals(List.of(), indices(MmrSelector.select(List.of(), 3)));
    }
}
