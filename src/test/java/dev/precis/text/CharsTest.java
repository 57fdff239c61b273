package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void loneSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb", Chars.withoutLoneSurrogates("a\uD800b"));
        assertEquals("a\uFFFD", Chars.withoutLoneSurrogates("a\uDC00"));
        assertEquals("\uFFFD\uFFFD", Chars.withoutLoneSurrogates("\uDC00\uD800"));
        assertEquals("x\uD83D\uDE00\uFFFD", Chars.withoutLoneSurrogates("x\uD83D\uDE00\uD83D"));
    }

    @Test
    void wellFormedTextIsReturnedAsItIs() {
        String s = "naïve \uD83D\uDE00 text";
        assertSame(s, Chars.withoutLoneSurrogates(s));
    }

    /** The rule agrees with the JDK's UTF-8 encoder, which replaces each unpaired surrogate. */
    @Test
    void agreesWithTheJdksEncoderOnRandomStrings() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'é', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', ' '};
        for (int n = 0; n < 5_000; n++) {
            char[] cs = new char[random.nextInt(12)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(cs);
            String jdk = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).replace('?', '\uFFFD');
            assertEquals(jdk, Chars.withoutLoneSurrogates(s), s);
        }
    }

    /** The named set and the test for it are one rule: every character agrees. */
    @Test
    void isSentenceEndIsTheSetSentenceEnds() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Chars.SENTENCE_ENDS.indexOf(c) >= 0, Chars.isSentenceEnd(c), "U+" + Integer.toHexString(c));
        }
        assertTrue(Chars.isSentenceEnd('…'));
    }

    @Test
    void spacelessScriptsAreIdeographs() {
        assertTrue(Chars.isIdeograph('中') && Chars.isIdeograph('か') && Chars.isIdeograph('カ') && Chars.isIdeograph('ก'));
        assertEquals(false, Chars.isIdeograph('a') || Chars.isIdeograph('é') || Chars.isIdeograph('Ж')
                || Chars.isIdeograph('한'));
    }

    @Test
    void cjkIsHanAndTheKanaAndIdeographsAddThai() {
        for (int cp : new int[] {'中', 'ひ', 'カ', '国'}) {
            assertTrue(Chars.isCjk(cp) && Chars.isIdeograph(cp), "U+" + Integer.toHexString(cp));
        }
        assertFalse(Chars.isCjk('ก'));
        assertTrue(Chars.isIdeograph('ก'));
        for (int cp : new int[] {'a', 'é', 'Я', '。', '！', ' '}) {
            assertFalse(Chars.isCjk(cp) || Chars.isIdeograph(cp), "U+" + Integer.toHexString(cp));
        }
    }
}
