package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Paragraph collection: block boundaries, table rows, link-dense lines, repeats. */
class ParagraphCollectorTest {

    private final ParagraphCollector collector = new ParagraphCollector();

    @Test
    void paragraphsSplitAtBlocksAndJoinInlineText() {
        assertEquals(List.of("One bold link.", "Two", "lines.", "Item"), collector.paragraphs(List.of(
                body("<div><p>One <b>bold</b> <a href=/x>link</a>.</p><p>Two<br>lines.</p><ul><li>Item</li></ul></div>"))));
    }

    @Test
    void aTableRowReadsAsOneLine() {
        assertEquals(List.of("Team Won Lost"), collector.paragraphs(List.of(
                body("<table><tr><td>Team</td><td>Won</td><td>Lost</td></tr></table>"))));
    }

    @Test
    void aLineOfLinksIsLeftOutButALinkedLedeWithProseIsKept() {
        List<String> p = collector.paragraphs(List.of(body("<p><a href=/a>Home</a> <a href=/b>World</a></p>"
                + "<p><a href=/c>Officials said</a> the bridge would reopen on Friday after repairs to its deck.</p>")));
        assertEquals(List.of("Officials said the bridge would reopen on Friday after repairs to its deck."), p);
    }

    @Test
    void aLineRepeatedAtOnceIsKeptOnce() {
        assertEquals(List.of("Same line."), collector.paragraphs(List.of(body("<p>Same line.</p><div>Same line.</div>"))));
    }
}
