package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.precis.clean.Article;
import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityAnalyzer;
import dev.precis.entity.MentionExtractor;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

/** The summarizer's rules on articles written for them; SummarizerPenaltiesTest has the penalties. */
class SummarizerTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter(tokenizer);
    private final EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor());

    private static final List<String> STORY = List.of(
            "Mayor Jane Holt opened the new Riverside bridge in Leeds on Monday morning.",
            "The bridge cost Leeds City Council 12 million pounds and took three years to build.",
            "Engineers from Arup say the Riverside bridge will carry 20,000 cyclists and walkers every day.",
            "It was a sunny day.",
            "Jane Holt said the Riverside bridge would link the two halves of Leeds for the first time in decades.",
            "Some people brought their dogs.");

    private Summarizer.Scored score(String headline, List<String> paragraphs, int bullets, Summarizer summarizer) {
        List<Sentence> sentences = splitter.split(paragraphs);
        EntityAnalysis analysis = analyzer.analyze(headline, sentences, paragraphs.size());
        Article article = new Article(headline, paragraphs, null, null, null, "en", null, null);
        return summarizer.score(article, sentences, analysis, bullets, null);
    }

    private Summarizer.Scored score(String headline, List<String> paragraphs, int bullets) {
        return score(headline, paragraphs, bullets, new Summarizer(tokenizer));
    }

    @Test
    void givesAsManyBulletsAsAskedInArticleOrder() {
        Summary s = score("Leeds opens Riverside bridge", STORY, 3).summary();
        assertEquals(3, s.bullets().size(), s.bullets().toString());
        List<Integer> positions = new ArrayList<>();
        for (String b : s.bullets()) {
            positions.add(indexIn(STORY, b));
        }
        assertEquals(positions.stream().sorted().toList(), positions, s.bullets().toString());
    }

    @Test
    void sentencesAboutTheSalientNamesBeatFiller() {
        Summary s = score("Leeds opens Riverside bridge", STORY, 3).summary();
        assertTrue(s.bullets().stream().noneMatch(b -> b.equals("It was a sunny day.")
                || b.equals("Some people brought their dogs.")), s.bullets().toString());
    }

    @Test
    void aShortArticleGivesEverySentenceOnce() {
        Summary s = score("Bridge opens", List.of("Mayor Jane Holt opened the bridge in Leeds.",
                "It cost 12 million pounds."), 5).summary();
        assertEquals(2, s.bullets().size(), s.bullets().toString());
    }

    @Test
    void aRepeatedSentenceIsNotASecondBullet() {
        List<String> paragraphs = new ArrayList<>(STORY);
        paragraphs.add(1, STORY.get(0));
        Summary s = score("Leeds opens Riverside bridge", paragraphs, 3).summary();
        assertEquals(s.bullets().size(), Set.copyOf(s.bullets()).size(), s.bullets().toString());
    }

    @Test
    void everySentenceGetsAScoreMadeOfItsParts() {
        Summarizer.Scored scored = score("Leeds opens Riverside bridge", STORY, 3);
        assertEquals(STORY.size(), scored.scores().size());
        for (int i = 0; i < STORY.size(); i++) {
            SentenceScore sc = scored.scores().get(i);
            assertEquals(i, sc.sentence());
            assertEquals((sc.entities() + sc.terms() + sc.position() + sc.headline() + sc.centrality()) * sc.quality(),
                    sc.total(), 1e-12);
        }
        // The lede about the mayor and the bridge outscores the weather.
        assertTrue(scored.scores().get(0).total() > scored.scores().get(3).total());
    }

    @Test
    void aSignalLeftOutContributesNothing() {
        Summarizer withoutPosition = new Summarizer(tokenizer, Set.of(Summarizer.Signal.POSITION));
        for (SentenceScore sc : score("Leeds opens Riverside bridge", STORY, 3, withoutPosition).scores()) {
            assertEquals(0.0, sc.position(), 0.0);
        }
    }

    @Test
    void anArticleWithoutAHeadlineGetsOneFromItsText() {
        Summary s = score(null, STORY, 3).summary();
        assertNotNull(s.headline());
        assertTrue(!s.headline().isBlank() && s.headline().length() <= 120, s.headline());
    }

    private static int indexIn(List<String> story, String bullet) {
        for (int i = 0; i < story.size(); i++) {
            if (story.get(i).equals(bullet) || story.get(i).startsWith(bullet.replace("…", ""))) {
                return i;
            }
        }
        throw new AssertionError("not a sentence of the story: " + bullet);
    }
}
