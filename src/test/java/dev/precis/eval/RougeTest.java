package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ROUGE and the Porter stemmer pinned to hand-worked examples and to NLTK's known stems. */
class RougeTest {

    private final Rouge rouge = new Rouge(new PorterStemmer());
    private final Rouge unstemmed = new Rouge(null);

    @ParameterizedTest
    @CsvSource({"caresses, caress", "ponies, poni", "ties, tie", "cats, cat", "feed, feed", "agreed, agre",
        "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl",
        "sized, size", "hopping, hop", "falling, fall", "filing, file", "happy, happi", "sky, sky",
        "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
        "conformabli, conform", "radicalli, radic", "differentli, differ", "vileli, vile", "analogousli, analog",
        "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
        "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
        "sensitiviti, sensit", "sensibiliti, sensibl", "triplicate, triplic", "formative, form",
        "formalize, formal", "electriciti, electr", "electrical, electr", "goodness, good", "revival, reviv",
        "allowance, allow", "inference, infer", "airliner, airlin", "adjustable, adjust", "defensible, defens",
        "irritant, irrit", "replacement, replac", "adjustment, adjust", "dependent, depend", "adoption, adopt",
        "communism, commun", "activate, activ", "angulariti, angular", "homologous, homolog", "effective, effect",
        "bowdlerize, bowdler", "probate, probat", "rate, rate", "cease, ceas", "controll, control", "roll, roll",
        "dying, die", "news, news", "generously, gener", "running, run", "president, presid", "officials, offici",
        "said, said", "countries, countri", "police, polic", "analogi, analog"})
    void stemsLikeNltk(String word, String stem) {
        assertEquals(stem, new PorterStemmer().stem(word));
    }

    @Test
    void tokenizationLowercasesDropsPunctuationAndStemsLongTokens() {
        assertEquals(List.of("the", "cat", "s", "were", "run", "fast", "2024"),
                unstemmed.tokenize("The CAT's were-run, fast! 2024"));
        assertEquals(List.of("polic", "offici", "were", "run"), rouge.tokenize("Police officials were running"));
    }

    @Test
    void rougeOneAndTwoByHand() {
        // ref: the cat sat on the mat (6 tokens); pred: the cat lay on the mat (6)
        Rouge.Score r1 = unstemmed.rougeN("the cat sat on the mat", "the cat lay on the mat", 1);
        assertEquals(5.0 / 6, r1.precision(), 1e-12);
        assertEquals(5.0 / 6, r1.recall(), 1e-12);
        // bigrams: ref {the cat, cat sat, sat on, on the, the mat}; pred {the cat, cat lay, lay on, on the, the mat}
        Rouge.Score r2 = unstemmed.rougeN("the cat sat on the mat", "the cat lay on the mat", 2);
        assertEquals(3.0 / 5, r2.f(), 1e-12);
        // clipping: "the the the" against "the cat" counts "the" once
        assertEquals(1.0 / 3, unstemmed.rougeN("the cat", "the the the", 1).precision(), 1e-12);
        assertEquals(0.0, unstemmed.rougeN("a b", "c d", 1).f());
    }

    @Test
    void rougeLByHand() {
        // LCS of "a b c d e" and "a c e x" is "a c e": P 3/4, R 3/5
        Rouge.Score l = unstemmed.rougeL("a b c d e", "a c e x");
        assertEquals(0.75, l.precision(), 1e-12);
        assertEquals(0.6, l.recall(), 1e-12);
    }

    @Test
    void rougeLsumTakesTheUnionOfLcsPerReferenceSentence() {
        // The example of the ROUGE paper: ref "w1 w2 w3 w4 w5", candidates "w1 w2 w6 w7 w8" and
        // "w1 w3 w8 w9 w5": union LCS = w1 w2 w3 w5, 4 hits; R = 4/5, P = 4/10.
        Rouge.Score s = unstemmed.rougeLsum("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
        assertEquals(0.8, s.recall(), 1e-12);
        assertEquals(0.4, s.precision(), 1e-12);
        // Hits are capped by the prediction's token counts: "a" predicted once is matched once.
        Rouge.Score capped = unstemmed.rougeLsum("a b\na c", "a");
        assertEquals(1.0, capped.precision(), 1e-12);
        assertEquals(0.25, capped.recall(), 1e-12);
    }
}
