package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    private static boolean jdkStrict(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void utf8ValidationAgreesWithTheJdkDecoder() {
        Random random = new Random(3);
        byte[][] seeds = {"naïve café — 中文 😀".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, 0x00, 0x00},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}};
        for (byte[] seed : seeds) {
            assertEquals(jdkStrict(seed), TextDecoder.isStrictUtf8(seed), new String(seed, StandardCharsets.ISO_8859_1));
        }
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            random.nextBytes(b);
            if (random.nextBoolean()) {
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) (random.nextBoolean() ? b[k] | 0x80 : b[k] & 0x7f);
                }
            }
            assertEquals(jdkStrict(b), TextDecoder.isStrictUtf8(b), java.util.Arrays.toString(b));
        }
    }

    @Test
    void bytesDecideBeforeAWrongDeclaration() {
        byte[] utf8 = "<p>Zürich café</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>Zürich café</p>", decoder.decode(utf8, "iso-8859-1"));
        byte[] latin1 = "<p>Zürich café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("<p>Zürich café</p>", decoder.decode(latin1, "utf-8"));
    }

    @Test
    void metaCharsetIsReadForLegacyEncodings() {
        Charset cp1251 = Charset.forName("windows-1251");
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва</p></body></html>";
        assertEquals(page, decoder.decode(page.getBytes(cp1251), null));
    }

    @Test
    void boms() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", decoder.decode(bom, null));
        assertEquals("hi", decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}, null));
    }

    @Test
    void binaryIsRefused() {
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA,
                assertThrows(PrecisException.class, () -> decoder.decode(new byte[4096], null)).code());
    }

    @Test
    void markupIsFoundInTheBytesOnlyWhereTheCharsetWritesAsciiAsItself() {
        for (String name : new String[] {"UTF-8", "windows-1252", "ISO-8859-1", "KOI8-R", "Shift_JIS", "GBK",
            "Big5", "EUC-KR"}) {
            assertEquals(true, TextDecoder.markupIsAscii(Charset.forName(name)), name);
        }
        for (String name : new String[] {"UTF-16", "UTF-16LE", "UTF-32", "ISO-2022-JP", "IBM037"}) {
            assertEquals(false, TextDecoder.markupIsAscii(Charset.forName(name)), name);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"%PDF-1.7\n%%EOF\n", "%!PS-Adobe-3.0\n",
        "{\\rtf1\\ansi Hello}", "GIF89a tiny", "PK\u0003\u0004tiny.zip", "\u0089PNG\r\n"})
    void binaryFormatsAreKnownByTheirSignatureEvenWhenShortAndAscii(String opening) {
        byte[] bytes = opening.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        dev.precis.error.PrecisException e = org.junit.jupiter.api.Assertions.assertThrows(dev.precis.error.PrecisException.class,
                () -> decoder.requireText(bytes));
        assertEquals(dev.precis.error.ErrorCode.UNSUPPORTED_MEDIA, e.code());
        org.junit.jupiter.api.Assertions.assertTrue(TextDecoder.looksBinary(opening));
    }

    @Test
    void proseThatMerelyMentionsAFormatIsText() {
        org.junit.jupiter.api.Assertions.assertFalse(TextDecoder.looksBinary("PDF-1.7 files and GIF89a images are old."));
        decoder.requireText("%PDF is how a PDF file opens.".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
