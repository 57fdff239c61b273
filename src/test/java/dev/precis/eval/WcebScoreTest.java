package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * WCEB's ROUGE-LSum on hand-made pages; the expected hit counts are rouge-score's
 * {@code _summary_level_lcs} over NLTK's Punkt with {@link PunktTest}'s parameters.
 */
class WcebScoreTest {

    private final WcebScore wceb = new WcebScore(PunktTest.PUNKT);

    @Test
    void sentenceOrderDoesNotMatterBetweenSentences() {
        WcebScore.PageScore s = wceb.score("The cat sat. The dog ran.", "The dog ran. The cat sat.");
        assertEquals(1.0, s.f1(), 1e-12);
    }

    @Test
    void tokensKeepCaseAndPunctuation() {
        // One sentence each ("d. E" reads as an initial): LCS [A, E] of 7 truth and 6 output tokens.
        WcebScore.PageScore s = wceb.score("A b c d. E f g.", "A c. E x g d.");
        assertEquals(2.0 / 6, s.precision(), 1e-12);
        assertEquals(2.0 / 7, s.recall(), 1e-12);
        assertEquals(2 * (2.0 / 6) * (2.0 / 7) / (2.0 / 6 + 2.0 / 7), s.f1(), 1e-12);
    }

    @Test
    void boilerplateCostsPrecisionAndAChangedCommaCostsAToken() {
        // "Tuesday," is not "Tuesday.": 6 hits of 12 truth tokens, 11 output tokens.
        WcebScore.PageScore s = wceb.score("Heavy rain hit the coast on Tuesday. More is expected on Friday.",
                "Menu Home. Heavy rain hit the coast on Tuesday, forecasters said.");
        assertEquals(6.0 / 11, s.precision(), 1e-12);
        assertEquals(6.0 / 12, s.recall(), 1e-12);
    }

    @Test
    void eachOutputTokenCountsAsOftenAsItOccurs() {
        // The truth says "yes" three times, the output once: one hit.
        WcebScore.PageScore s = wceb.score("yes. yes. yes.", "yes.");
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0 / 3, s.recall(), 1e-12);
    }

    @Test
    void emptyTexts() {
        assertEquals(new WcebScore.PageScore(1, 1, 1), wceb.score("", ""));
        assertEquals(new WcebScore.PageScore(0, 0, 0), wceb.score("Some truth.", ""));
        assertEquals(0.0, wceb.score("", "Some output.").f1());
    }

    @Test
    void whitespaceTokensAsPythonSplitsThem() {
        assertEquals(List.of("a", "b,", "C."), WcebScore.tokens("  a \u00a0b,\n\tC. "));
        assertEquals(List.of(""), WcebScore.tokens(" "));
    }
}
