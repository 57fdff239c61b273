package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

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

    /** The remembered per-mark search finds what a plain scan for the first sentence end finds. */
    @Test
    void theTerminalsFastPathEqualsThePlainScan() {
        String alphabet = "ab .!?…。！？\"”)x";
        Random random = new Random(20261206L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            SentenceSplitter.Terminals terminals = new SentenceSplitter.Terminals(text);
            // Asked in order, as the splitter asks.
            for (int from = 0; from <= text.length(); from += 1 + random.nextInt(4)) {
                int plain = -1;
                for (int i = from; i < text.length(); i++) {
                    if (Chars.isSentenceEnd(text.charAt(i))) {
                        plain = i;
                        break;
                    }
                }
                assertEquals(plain, terminals.next(from), "in '" + text + "' from " + from);
            }
        }
    }
}
