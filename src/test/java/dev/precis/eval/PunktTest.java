package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Punkt on hand-made parameters; every expected split is what NLTK 3.8's
 * {@code PunktSentenceTokenizer} prints with the same parameters.
 */
class PunktTest {

    /** BEG_UC = 2, MID_UC = 4, MID_LC = 32, as NLTK's orthographic flags. */
    static final Punkt PUNKT = new Punkt(Set.of("dr", "mr", "u.s", "e.g", "etc"), Set.of("##number##,march"),
            Set.of("but"), Map.of("smith", 4, "the", 2 | 32, "but", 2 | 32));

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("Heavy rain hit the coast on Tuesday.", "More is expected on Friday."),
                PUNKT.sentences("Heavy rain hit the coast on Tuesday. More is expected on Friday."));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Dr. Smith met Mr. Jones in the U.S. on Monday.", "They talked."),
                PUNKT.sentences("Dr. Smith met Mr. Jones in the U.S. on Monday. They talked."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("He said \"Stop.\"", "Then he left!", "Did he?", "Yes (mostly.)", "The end"),
                PUNKT.sentences("He said \"Stop.\" Then he left! Did he? Yes (mostly.) The end"));
    }

    @Test
    void numbersCollocationsAndInitials() {
        assertEquals(List.of("It rose 3.5 percent.", "On 12. March it fell."),
                PUNKT.sentences("It rose 3.5 percent. On 12. March it fell."));
        assertEquals(List.of("J. Smith wrote it.", "The end."), PUNKT.sentences("J. Smith wrote it. The end."));
    }

    @Test
    void anAbbreviationBeforeAFrequentStarterEndsTheSentence() {
        assertEquals(List.of("Apples, pears, etc.", "But not plums."),
                PUNKT.sentences("Apples, pears, etc. But not plums."));
    }

    @Test
    void ellipsesWhitespaceAndLines() {
        assertEquals(List.of("Wait... what happened?", "Nothing.", "New paragraph here."),
                PUNKT.sentences("Wait... what happened?  Nothing.\n\nNew paragraph here."));
        assertEquals(List.of("no ending punctuation here"), PUNKT.sentences("no ending punctuation here"));
        assertEquals(List.of("Line one.", "line two starts lower."), PUNKT.sentences("Line one.\nline two starts lower."));
        assertEquals(List.of(), PUNKT.sentences("   \n "));
    }
}
