package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    private List<String> split(String text) {
        return splitter.splitParagraph(text);
    }

    @Test
    void splitsPlainSentences() {
        assertEquals(List.of("The market fell.", "Investors sold shares!", "Why did it happen?"),
                split("The market fell. Investors sold shares! Why did it happen?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "U.S. Deputy Secretary of State Kurt Campbell spoke on Tuesday.",
        "Mr. Smith met Dr. Jones in the capital.",
        "The talks resumed on Jan. 5 in the capital.",
        "Gen. Mark Milley testified before the committee.",
        "J. K. Rowling published a new novel this week.",
        "Inflation rose 3.5 percent in March.",
        "“The cooperation will continue. We will not be stopped,” she said on Wednesday.",
        "He said “this is over. Nobody wants more” and left the room.",
        "The company, Acme Inc., reported a loss."
    })
    void keepsOneSentenceWhole(String sentence) {
        assertEquals(List.of(sentence), split(sentence));
    }

    @Test
    void dottedAcronymEndsASentenceBeforeATypicalOpener() {
        assertEquals(List.of("The envoy flew to the U.S.", "The talks start today."),
                split("The envoy flew to the U.S. The talks start today."));
    }

    @Test
    void closingQuotationEndsTheSentence() {
        assertEquals(List.of("Mao said: “If any country cares about peace, it should reflect.”",
                "Beijing responded on Wednesday."),
                split("Mao said: “If any country cares about peace, it should reflect.” Beijing responded on Wednesday."));
    }

    @Test
    void unclosedQuotationDoesNotSwallowTheParagraph() {
        assertEquals(List.of("“The war is over.", "We go home now."),
                split("“The war is over. We go home now."));
    }

    @Test
    void chineseSentencesSplitAtFullWidthStops() {
        assertEquals(List.of("中国外交部周三表示反对。", "双方将加强合作！", "会谈持续了两天。"),
                split("中国外交部周三表示反对。双方将加强合作！会谈持续了两天。"));
    }

    @Test
    void sentencesKnowTheirParagraphAndIndex() {
        List<Sentence> s = splitter.split(List.of("One two three. Four five six.", "Seven eight nine."));
        assertEquals(3, s.size());
        assertEquals(2, s.get(2).index());
        assertEquals(1, s.get(2).paragraph());
        assertEquals(List.of("seven", "eight", "nine"), s.get(2).words());
    }
}
