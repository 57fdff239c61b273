package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Summary;

/** Languages where capitals mean something else, or nothing: detection and sensible bullets. */
class LanguageDetectorTest {

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    private static final String GERMAN = String.join(" ",
            "Bundeskanzler Olaf Scholz hat am Mittwoch in Berlin ein neues Klimapaket vorgestellt.",
            "Das Paket sieht Investitionen von 20 Milliarden Euro in Windkraft und Solarenergie vor.",
            "Scholz sagte, die Regierung wolle das Land bis 2045 klimaneutral machen.",
            "Die Opposition kritisierte den Plan als zu teuer und zu langsam.",
            "Friedrich Merz warf der Regierung vor, die Industrie mit neuen Auflagen zu belasten.",
            "Umweltverbände begrüßten dagegen die Pläne, forderten aber ein schnelleres Ende der Kohle.");

    private static final String CHINESE = String.join("",
            "中国外交部发言人周三表示，中国不接受任何批评或压力。",
            "中俄两国有权开展正常的经贸合作。",
            "美国副国务卿坎贝尔周二表示，华盛顿不会坐视不管。",
            "分析人士认为，中国在中俄关系中占据上风。",
            "俄罗斯外长拉夫罗夫周二与中国国家主席习近平举行会谈，双方表示将加强战略合作。");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister said on Monday that the plan was ready for the vote in parliament.|en",
        "Der Minister sagte am Montag, dass der Plan für die Abstimmung im Parlament bereit ist und nicht warten wird.|de",
        "Le ministre a déclaré lundi que le plan était prêt pour le vote et qu'il ne serait pas retardé.|fr",
        "El ministro dijo el lunes que el plan estaba listo para la votación y que no se retrasaría.|es",
        "中国外交部发言人周三表示，中国不接受任何批评或压力。|zh",
        "東京で月曜日に新しい計画が発表されました。|ja",
        "Министр заявил в понедельник, что план готов к голосованию.|ru",
        "أعلنت الحكومة يوم الاثنين عن خطة جديدة لتحسين التعليم.|ar"})
    void detectsTheLanguage(String text, String expected) {
        assertEquals(expected, new LanguageDetector().detect(text));
    }

    @Test
    void germanNounsAreNotEntities() {
        Summary s = pipeline.summarize(SummaryRequest.ofText(GERMAN).withBullets(2));
        assertEquals("de", s.source().language());
        List<String> names = s.entities().stream().map(Summary.EntityView::name).toList();
        assertTrue(names.contains("Olaf Scholz"), names.toString());
        assertTrue(names.contains("Friedrich Merz"), names.toString());
        for (String noun : List.of("Paket", "Investitionen", "Regierung", "Opposition", "Industrie", "Umweltverbände",
                "Bundeskanzler Olaf Scholz", "Scholz")) {
            assertFalse(names.contains(noun), noun + " is not an entity: " + names);
        }
        assertTrue(s.bullets().get(0).startsWith("Bundeskanzler Olaf Scholz hat am Mittwoch"), s.bullets().toString());
    }

    @Test
    void chineseGetsSensibleBulletsWithoutCapitals() {
        Summary s = pipeline.summarize(SummaryRequest.ofHtml("<html><body><article><p>" + CHINESE
                + "</p></article></body></html>").withBullets(2));
        assertEquals("zh", s.source().language());
        assertEquals(2, s.bullets().size());
        assertTrue(s.bullets().get(0).startsWith("中国外交部发言人周三表示"), s.bullets().toString());
        assertTrue(s.headline().length() > 5, s.headline());
        for (String b : s.bullets()) {
            assertTrue(b.endsWith("。"), "whole sentences only: " + b);
        }
    }

    /** The packed table's lookup gives what the plain lower-cased lookup gives, for any word up to the longest counted. */
    @Test
    void thePackedTableEqualsThePlainLookup() {
        List<String> words = new ArrayList<>();
        for (String w : LanguageDetector.functionWords()) {
            words.add(w);
            words.add(w.toUpperCase(Locale.ROOT));
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        String letters = "aeiourstndlmcpbgkzxyßàáâäçèéêëìíîïñòóôöùúûüÿÀÉÖÜłőĳ";
        Random random = new Random(20261206L);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(sb.toString());
        }
        for (String w : words) {
            String padded = " " + w + " ";
            assertArrayEquals(LanguageDetector.plainLanguagesOf(w), LanguageDetector.languagesOf(padded, 1, 1 + w.length()), w);
        }
    }
}
