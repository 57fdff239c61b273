package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Plain text into paragraphs: a title line, blank lines, and wrapped lines joined until one ends a paragraph. */
class PlainTextTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @Test
    void wrappedLinesJoinUntilALineEndsASentence() {
        Article a = CLEANER.fromText("Harbour repairs approved\n\nThe harbour board approved the repairs\non Monday, "
                + "after a winter of storms.\nWork starts in April, the board said.");
        assertEquals("Harbour repairs approved", a.headline());
        assertEquals(List.of("The harbour board approved the repairs on Monday, after a winter of storms.",
                "Work starts in April, the board said."), a.paragraphs());
    }

    @Test
    void aClosingQuoteAColonOrAFullWidthMarkEndsAParagraphToo() {
        Article a = CLEANER.fromText("Harbour repairs approved\n\n“The wall will hold,” the engineer said on Monday.”\n"
                + "The board listed three works, at a cost of 2 million pounds:\nNew stone for the wall and a deeper channel for the boats.\n"
                + "工程将于四月开始！\n船主们对此表示欢迎。");
        assertEquals(5, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("The board listed three works, at a cost of 2 million pounds:", a.paragraphs().get(1));
        assertEquals("工程将于四月开始！", a.paragraphs().get(3));
    }
}
