package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.precis.entity.Entity;
import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityKind;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

class FeatureScorerTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final List<Sentence> sentences = new SentenceSplitter(tokenizer).split(List.of(
            "Jane Holt opened the Riverside bridge in Leeds.",
            "The bridge cost Leeds twelve million pounds.",
            "Some people brought their dogs."));

    private static Entity entity(String name, double salience) {
        return new Entity(name, EntityKind.PLACE, salience, 1, List.of(), Set.of(0));
    }

    private final EntityAnalysis analysis = new EntityAnalysis(List.of(entity("Jane Holt", 0.5), entity("Leeds", 0.25)),
            List.of(List.of(0, 1), List.of(1), List.of()));

    @Test
    void entitiesSumTheSalienceOfWhatTheSentenceMentions() {
        FeatureScorer f = FeatureScorer.of(tokenizer, null, sentences, analysis);
        assertEquals(0.75, f.entities(sentences.get(0)), 1e-12);
        assertEquals(0.25, f.entities(sentences.get(1)), 1e-12);
        assertEquals(0.0, f.entities(sentences.get(2)), 1e-12);
    }

    @Test
    void positionFadesAndTheLedeEarnsItsBonus() {
        assertEquals(1.0 + SummaryHeuristics.LEDE_BONUS, FeatureScorer.position(sentences.get(0)), 1e-12);
        assertEquals(1.0 / (1.0 + SummaryHeuristics.POSITION_DECAY), FeatureScorer.position(sentences.get(1)), 1e-12);
    }

    @Test
    void headlineOverlapIsTheShareOfTheHeadlinesWordsTheSentenceHolds() {
        FeatureScorer f = FeatureScorer.of(tokenizer, "Riverside bridge opens", sentences, analysis);
        assertEquals(2.0 / 3, f.headlineOverlap(sentences.get(0)), 1e-12);
        assertEquals(1.0 / 3, f.headlineOverlap(sentences.get(1)), 1e-12);
        assertEquals(0.0, FeatureScorer.of(tokenizer, null, sentences, analysis).headlineOverlap(sentences.get(0)));
    }

    @Test
    void termsCountOnlyWhereTheArticleHasNoEntities() {
        FeatureScorer withEntities = FeatureScorer.of(tokenizer, null, sentences, analysis);
        assertEquals(0.0, withEntities.terms(sentences.get(1)));
        FeatureScorer without = FeatureScorer.of(tokenizer, null, sentences,
                new EntityAnalysis(List.of(), List.of(List.of(), List.of(), List.of())));
        assertTrue(without.terms(sentences.get(1)) > without.terms(sentences.get(2)));
    }

    @Test
    void centralityIsHighestForTheSentenceSharingMostOfTheArticlesWords() {
        FeatureScorer f = FeatureScorer.of(tokenizer, null, sentences, analysis);
        assertTrue(f.centrality(sentences.get(1)) > f.centrality(sentences.get(2)));
        assertTrue(f.centrality(sentences.get(0)) > 0 && f.centrality(sentences.get(0)) < 1);
    }
}
