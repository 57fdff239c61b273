package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineClauseTest {

    @Test
    void aShortSentenceIsTheHeadlineWithoutItsStop() {
        assertEquals("Freberg died of natural causes at a Santa Monica hospital",
                HeadlineClause.of("Freberg died of natural causes at a Santa Monica hospital."));
    }

    @Test
    void aLongSentenceIsCutWhereAClauseEnds() {
        assertEquals("Tyson sold the house in 1999", HeadlineClause.of(
                "Tyson sold the house in 1999, and it is now due to become a church with a school and a garden."));
        assertEquals("Marc Leishman withdrew from the Masters on Wednesday", HeadlineClause.of(
                "Marc Leishman withdrew from the Masters on Wednesday after his wife Audrey was taken to hospital."));
    }

    @Test
    void aFrontedPhraseGivesWayToTheMainClause() {
        assertEquals("The jury found the defendant guilty of murder", HeadlineClause.of(
                "After deliberating for 11 hours, the jury found the defendant guilty of murder."));
    }

    @Test
    void aDatelineIsDropped() {
        assertEquals("The harbour reopened to shipping on Friday morning", HeadlineClause.of(
                "PORT CALDER, March 3 — The harbour reopened to shipping on Friday morning."));
    }

    @Test
    void noClauseMeansNoHeadlineFromThisSentence() {
        assertNull(HeadlineClause.of("The parents of the slain baseball player Chris Lane said their son had"
                + " been the happiest young man in the town."));
        assertNull(HeadlineClause.of("“We will not sit back and say everything is fine,” he said to the reporters"
                + " gathered in the hall on Tuesday."));
    }

    @Test
    void theLastResortCutEndsOnAWordThatDoesNotDangleAndSaysItWasCut() {
        String h = HeadlineClause.cut("Masters Wednesday began on a sombre note at Augusta National for the"
                + " players and fans who gathered there.");
        assertTrue(h.endsWith("…"), h);
        assertEquals("Masters Wednesday began on a sombre note at Augusta National…", h);
    }
}
