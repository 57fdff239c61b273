package dev.precis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

class MentionExtractorTest {

    private final MentionExtractor extractor = new MentionExtractor();
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    private List<Mention> mentions(String headline, String... paragraphs) {
        return extractor.extract(headline, splitter.split(List.of(paragraphs)), MentionExtractor.Capitalisation.NAMES);
    }

    private List<String> names(String headline, String... paragraphs) {
        return mentions(headline, paragraphs).stream().map(Mention::text).toList();
    }

    @Test
    void aRunOfCapitalisedWordsIsOneName() {
        assertTrue(names(null, "On Tuesday the spokesperson Mao Ning spoke to reporters.").contains("Mao Ning"));
    }

    @Test
    void aTitleIsStrippedFromTheFrontAndSaysItIsAPerson() {
        List<Mention> m = mentions(null, "Officials said that President Joe Biden would travel on Friday.");
        Mention biden = m.stream().filter(x -> x.text().equals("Joe Biden")).findFirst().orElseThrow(
                () -> new AssertionError(m.toString()));
        assertEquals(EntityKind.PERSON, biden.kind());
    }

    @Test
    void aPossessiveIsDropped() {
        List<String> n = names(null, "Analysts said that Russia's economy grew.", "Analysts said Russia’s exports fell.");
        assertTrue(n.contains("Russia"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.contains("'") || x.contains("’")), n.toString());
    }

    @Test
    void aSentencesFirstWordIsANameOnlyWhereTheArticleCapitalisesItElsewhere() {
        List<String> n = names(null, "Talks ended on Monday without a deal.", "The mood was grim, officials said.");
        assertFalse(n.contains("Talks"), n.toString());
        assertFalse(n.contains("The"), n.toString());
        List<String> m = names(null, "Geneva hosted the talks.", "Delegates flew to Geneva on Monday.");
        assertEquals(2, m.stream().filter("Geneva"::equals).count(), m.toString());
    }

    @Test
    void headlineMentionsAreSentenceMinusOneAndCountOnlyWhereTheBodyCapitalises() {
        List<Mention> m = mentions("Budget Talks Stall In Geneva", "Delegates met in Geneva on Monday to discuss the budget.");
        List<Mention> headline = m.stream().filter(Mention::inHeadline).toList();
        assertEquals(List.of("Geneva"), headline.stream().map(Mention::text).toList(), m.toString());
        assertEquals(-1, headline.get(0).sentence());
    }

    @Test
    void aDottedAcronymIsOneNameUnderTheNameItStandsFor() {
        assertEquals(List.of("United States"), names(null, "Officials in the U.S. said the talks would go on."));
    }

    @Test
    void mentionsRecordTheirSentenceParagraphAndWord() {
        List<Mention> m = mentions(null, "The talks went on.", "Then officials met Kurt Campbell in Paris.");
        Mention campbell = m.stream().filter(x -> x.text().equals("Kurt Campbell")).findFirst().orElseThrow(
                () -> new AssertionError(m.toString()));
        assertEquals(1, campbell.sentence());
        assertEquals(1, campbell.paragraph());
        assertEquals(3, campbell.wordIndex());
    }

    @Test
    void germanArticlesNeverJoinANameWhenNounsAreCapitalised() {
        List<Mention> m = extractor.extract(null,
                splitter.split(List.of("Gestern sprach der Kanzler mit der Deutschen Bahn in Berlin.")),
                MentionExtractor.Capitalisation.NOUNS);
        List<String> n = m.stream().map(Mention::text).toList();
        assertFalse(n.stream().anyMatch(x -> x.toLowerCase().startsWith("der ")), n.toString());
        assertTrue(n.contains("Berlin"), n.toString());
    }
}
