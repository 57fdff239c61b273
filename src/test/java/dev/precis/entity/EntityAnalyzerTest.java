package dev.precis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.precis.clean.Article;
import dev.precis.clean.ArticleCleaner;
import dev.precis.testing.Samples;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

class EntityAnalyzerTest {

    private final EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor());
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    private EntityAnalysis analyze(String headline, List<String> paragraphs) {
        return analyzer.analyze(headline, splitter.split(paragraphs), paragraphs.size());
    }

    private static Optional<Entity> find(EntityAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private EntityAnalysis seed() {
        Article article = new ArticleCleaner().fromText(Samples.text("seed-article.txt"));
        return analyze(article.headline(), article.paragraphs());
    }

    @Test
    void saliencesAreSharesSummingToOne() {
        EntityAnalysis a = seed();
        double sum = a.entities().stream().mapToDouble(Entity::salience).sum();
        assertEquals(1.0, sum, 1e-9);
        a.entities().forEach(e -> assertTrue(e.salience() >= 0 && e.salience() <= 1));
    }

    @Test
    void titlesAreStrippedAndSurnamesJoinTheirPerson() {
        EntityAnalysis a = seed();
        Entity campbell = find(a, "Kurt Campbell").orElseThrow();
        assertTrue(campbell.aliases().contains("Campbell"), campbell.aliases().toString());
        assertEquals(EntityKind.PERSON, campbell.kind());
        Entity lavrov = find(a, "Sergey Lavrov").orElseThrow();
        assertTrue(lavrov.aliases().contains("Lavrov"));
        Entity xi = find(a, "Xi Jinping").orElseThrow();
        assertEquals(3, xi.mentions());
        assertFalse(find(a, "Campbell").isPresent());
        assertFalse(find(a, "Lavrov").isPresent());
        assertFalse(find(a, "President Xi Jinping").isPresent());
    }

    @Test
    void namesakesStayApart() {
        EntityAnalysis a = seed();
        assertNotNull(find(a, "Mao Ning").orElse(null));
        assertNotNull(find(a, "Mao Zedong").orElse(null));
    }

    @Test
    void demonymsCountForTheirPlace() {
        EntityAnalysis a = analyze(null, List.of("Chinese officials met Russian diplomats in Geneva on Monday."));
        Entity china = find(a, "China").orElseThrow();
        assertEquals(EntityKind.PLACE, china.kind());
        assertTrue(find(a, "Russia").isPresent());
    }

    @Test
    void sentenceInitialCapitalsAreNotNames() {
        EntityAnalysis a = analyze(null, List.of("Analysts say the market will recover soon.",
                "Yesterday the index rose by two percent."));
        assertTrue(a.entities().isEmpty(), a.entities().toString());
    }

    @Test
    void acronymsJoinTheirExpansion() {
        EntityAnalysis a = analyze(null, List.of(
                "The North Atlantic Treaty Organization met in Brussels on Tuesday.",
                "Officials said NATO would expand its presence in the region."));
        Entity nato = find(a, "North Atlantic Treaty Organization").orElseThrow();
        assertTrue(nato.aliases().contains("NATO"));
    }

    @Test
    void eachSentenceKnowsItsEntities() {
        EntityAnalysis a = seed();
        List<Integer> first = a.bySentence().get(0);
        List<String> names = first.stream().map(i -> a.entities().get(i).name()).toList();
        assertTrue(names.containsAll(List.of("China", "Russia")), names.toString());
    }

    @Test
    void quotationOpenersAndCalendarWordsAreNotNames() {
        EntityAnalysis a = analyze(null, List.of(
                "Foreign Minister Sergey Lavrov met Wang Yi on Tuesday in Beijing.",
                "Lavrov said: “If the talks fail, Moscow will respond.”"));
        List<String> names = a.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Wang Yi"), names.toString());
        assertFalse(names.contains("Wang Yi on Tuesday"), names.toString());
        assertFalse(names.contains("If"), names.toString());
    }
}
