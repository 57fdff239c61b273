package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

class BulletQualityTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private double keep(String text, boolean pointsBack) {
        Sentence s = new Sentence(0, 0, text, tokenizer.words(text));
        return BulletQuality.keep(s, new BulletRewriter.Rewritten(text, pointsBack));
    }

    @Test
    void aPlainStatementKeepsItsWholeScore() {
        assertEquals(1.0, keep("Mayor Jane Holt opened the new Riverside bridge in Leeds on Monday.", false), 1e-12);
    }

    @Test
    void aFragmentKeepsItsFragmentShare() {
        assertEquals(SummaryHeuristics.KEEP_FRAGMENT, keep("The new bridge", false), 1e-12);
    }

    @Test
    void aQuestionKeepsItsQuestionShare() {
        assertEquals(SummaryHeuristics.KEEP_QUESTION,
                keep("Will the new Riverside bridge in Leeds be ready by Monday?", false), 1e-12);
    }

    @Test
    void penaltiesMultiply() {
        assertEquals(SummaryHeuristics.KEEP_POINTS_BACK * SummaryHeuristics.KEEP_BARE_QUOTE,
                keep("“It will change the city,” she said on Monday at the opening.", true), 1e-12);
    }

    @Test
    void callsToActionAndPhotoCreditsAreFurniture() {
        assertEquals(SummaryHeuristics.KEEP_CALL_TO_ACTION,
                keep("Click to see the full gallery of pictures from the opening day.", false), 1e-12);
        assertEquals(SummaryHeuristics.KEEP_PHOTO_CREDIT * SummaryHeuristics.KEEP_CAPTION,
                keep("The mayor cuts the ribbon at the opening of the bridge (Getty Images).", false), 1e-12);
        assertEquals(SummaryHeuristics.KEEP_PHOTO_CREDIT,
                keep("Credit: Jo Smith for the Riverside Gazette at the opening.", false), 1e-12);
    }

    @Test
    void aCallToActionWithACreditPaysOneFurniturePenalty() {
        assertEquals(SummaryHeuristics.KEEP_CALL_TO_ACTION * SummaryHeuristics.KEEP_CAPTION,
                keep("Click to see the mayor cut the ribbon at the new bridge (Getty Images).", false), 1e-12);
    }

    @Test
    void aSentenceTrailingOffInAnEllipsisIsAFragment() {
        assertEquals(SummaryHeuristics.KEEP_FRAGMENT,
                keep("Mayor Jane Holt opened the new Riverside bridge in Leeds and then…", false), 1e-12);
        assertEquals(1.0, keep("Mayor Jane Holt said the new bridge would “change the city.”", false), 1e-12);
    }
}
