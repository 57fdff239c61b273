package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void firstHeadingIsTheHeadlineAndLaterOnesStayAsSubheads() {
        MarkdownReader.Read r = reader.read("# Title here\n\nFirst paragraph.\n\n## A subhead\n\nSecond one.\n");
        assertEquals("Title here", r.headline());
        assertEquals(List.of("First paragraph.", "A subhead", "Second one."), r.paragraphs());
    }

    @Test
    void aHeadingAfterProseIsNotTheHeadline() {
        MarkdownReader.Read r = reader.read("Opening words.\n\n# Later heading\n");
        assertNull(r.headline());
        assertEquals(List.of("Opening words.", "Later heading"), r.paragraphs());
    }

    @Test
    void emphasisLinksAndCodeBecomeTheirText() {
        MarkdownReader.Read r = reader.read("Some **bold** and _soft_ words, a [link](http://x.example) "
                + "and `code`,\nwrapped over a line.");
        assertEquals(List.of("Some bold and soft words, a link and code, wrapped over a line."), r.paragraphs());
    }

    @Test
    void codeTablesImagesRulesAndHtmlAreNotProse() {
        MarkdownReader.Read r = reader.read(String.join("\n",
                "Kept.", "", "```", "int x = 1;", "```", "", "    indented code", "",
                "| a | b |", "|---|---|", "| 1 | 2 |", "", "---", "", "<div>raw html</div>", "",
                "![alt text is a caption](pic.png)", "", "Also kept."));
        assertEquals(List.of("Kept.", "Also kept."), r.paragraphs());
    }

    @Test
    void quotesAndListItemsKeepTheirParagraphs() {
        MarkdownReader.Read r = reader.read("> Quoted words.\n\n- one item\n- two item\n");
        assertEquals(List.of("Quoted words.", "one item", "two item"), r.paragraphs());
    }

    @Test
    void frontMatterTitleNamesTheArticleAndIsNotProse() {
        MarkdownReader.Read r = reader.read("---\ntitle: 'Front title'\ndate: 2024-01-01\n---\n\n# Front title\n\nBody.\n");
        assertEquals("Front title", r.headline());
        assertEquals(List.of("Body."), r.paragraphs());
    }

    @Test
    void aLeadingRuleWithoutAClosingOneIsNotFrontMatter() {
        MarkdownReader.Read r = reader.read("---\nJust text after a rule.\n");
        assertEquals(List.of("Just text after a rule."), r.paragraphs());
    }
}
