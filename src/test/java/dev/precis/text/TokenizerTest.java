package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void wordsAreRunsOfLettersAndDigitsLowerCased() {
        assertEquals(List.of("the", "g7", "met", "in", "2024", "école", "zürich"),
                tokenizer.words("The G7 met in 2024: ÉCOLE, Zürich!"));
    }

    @Test
    void innerApostrophesAndHyphensStayInsideTheWord() {
        assertEquals(List.of("don't", "stop-believing"), tokenizer.words("Don't stop-believing"));
    }

    @Test
    void aTypographicApostropheReadsAsAPlainOne() {
        assertEquals(List.of("russia's", "envoy"), tokenizer.words("Russia’s envoy"));
    }

    @Test
    void apostrophesAndHyphensAtAWordsEdgeAreNotPartOfIt() {
        assertEquals(List.of("rock", "and", "roll"), tokenizer.words("rock- and 'roll' -"));
    }

    @Test
    void eachIdeographIsAWordOfItsOwn() {
        assertEquals(List.of("北", "京", "大", "学"), tokenizer.words("北京大学"));
        assertEquals(List.of("tokyo", "東", "京"), tokenizer.words("Tokyo東京"));
        assertEquals(List.of("ひ", "ら", "カ", "タ"), tokenizer.words("ひらカタ"));
    }

    @Test
    void thaiIsTheSpacelessScriptBelowTheCjkBlocks() {
        assertTrue(Chars.isIdeograph('ก'));
        assertTrue(Chars.isIdeograph('中'));
        assertFalse(Chars.isIdeograph('a'));
        assertFalse(Chars.isIdeograph('é'));
        assertFalse(Chars.isIdeograph('Ж'));
    }

    @Test
    void contentWordsDropStopWordsAndSingleLettersButKeepALoneIdeograph() {
        assertEquals(List.of("council", "approved", "budget", "中"),
                tokenizer.contentWords(List.of("the", "council", "approved", "a", "budget", "x", "中")));
        assertTrue(Tokenizer.isContentWord("internationalisation"));
        assertFalse(Tokenizer.isContentWord("because"));
    }

    @Test
    void punctuationAndLoneSurrogatesMakeNoWords() {
        assertEquals(List.of(), tokenizer.words(" ,.;:!? \u2014 \ud800 "));
        assertEquals(List.of(), tokenizer.words(""));
    }

    /** The ASCII fast path and the code-point path give what the plain rule gives, on any text. */
    @Test
    void theFastPathsEqualThePlainRule() {
        String[] pieces = {"a", "Z", "q", "0", "7", " ", "  ", "\n", "-", "'", "’", ".", ",", "é", "Ö", "ß", "Ж",
            "ก", "中", "京", "カ", "\ud835\udc00" /* a letter outside the BMP */, "\ud800", "\u00a0", "١"};
        Random random = new Random(20261206L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertEquals(plainWords(text), tokenizer.words(text), () -> "for " + escaped(text));
        }
    }

    /** The tokenizer's rule written plainly: code points, Character's tables, no shortcuts. */
    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Chars.isIdeograph(cp)) {
                out.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c) && !Chars.isIdeograph(c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '-' || c == '’') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return sb.toString();
    }
}
