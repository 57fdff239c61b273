package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.precis.entity.Entity;
import dev.precis.entity.EntityKind;
import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

class HeadlineDeriverTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Integer> ids = new HashMap<>();

    private Candidate candidate(int index, double score, String text) {
        List<String> words = tokenizer.words(text);
        return new Candidate(new Sentence(index, 0, text, words), text, score, TermVector.of(words, ids));
    }

    private static Entity entity(String name, String... aliases) {
        return new Entity(name, EntityKind.PERSON, 0.5, 3, List.of(aliases), Set.of(0));
    }

    private final Candidate council = candidate(0, 3.0, "The council approved the budget for the new bridge.");
    private final Candidate mayor = candidate(1, 2.0, "Jane Holt opened the new Riverside bridge on Monday.");

    @Test
    void prefersAClauseThatNamesTheTopEntity() {
        assertEquals("Jane Holt opened the new Riverside bridge on Monday",
                HeadlineDeriver.derive(List.of(council, mayor), List.of(council, mayor), List.of(),
                        entity("Jane Holt")));
    }

    @Test
    void anAliasNamesTheEntityToo() {
        assertEquals("Jane Holt opened the new Riverside bridge on Monday",
                HeadlineDeriver.derive(List.of(council), List.of(council, mayor), List.of(),
                        entity("Mayor Jane Holt", "Jane Holt")));
    }

    @Test
    void withoutATopEntityTheBestScoredClauseWins() {
        assertEquals("The council approved the budget for the new bridge",
                HeadlineDeriver.derive(List.of(mayor, council), List.of(council, mayor), List.of(), null));
    }

    @Test
    void whenNoClauseNamesTheTopEntityTheBestClauseIsTheFallback() {
        assertEquals("The council approved the budget for the new bridge",
                HeadlineDeriver.derive(List.of(council, mayor), List.of(council, mayor), List.of(),
                        entity("Arup")));
    }
}
