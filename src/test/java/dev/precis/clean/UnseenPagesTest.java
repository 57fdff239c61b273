package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages written here, in several languages and encodings (some declared wrongly, some not at
 * all), each inside typical page chrome: the article's paragraphs come out exactly.
 */
class UnseenPagesTest {

    private static final List<String> GERMAN = List.of(
            "Die Stadt München hat am Dienstag einen neuen Radweg entlang der Isar eröffnet.",
            "Oberbürgermeister Dieter Reiter sagte, der Weg solle den Verkehr in der Innenstadt entlasten.",
            "Die Bauarbeiten dauerten knapp zwei Jahre und kosteten rund zwölf Millionen Euro.");
    private static final List<String> RUSSIAN = List.of(
            "В Москве во вторник открылась новая станция метро на юго-западе города.",
            "По словам мэра, станция будет обслуживать около сорока тысяч пассажиров в день.",
            "Строительство продолжалось три года и обошлось городу в несколько миллиардов рублей.");
    private static final List<String> JAPANESE = List.of(
            "東京都は火曜日、新しい自転車専用道路を開通させたと発表した。",
            "都知事は、この道路が都心の交通渋滞の緩和につながると述べた。",
            "工事には約二年かかり、総工費はおよそ十二億円に上った。");
    private static final List<String> FRENCH = List.of(
            "La ville de Lyon a inauguré mardi une nouvelle piste cyclable le long du Rhône.",
            "Le maire a déclaré que la piste devait désengorger le centre-ville aux heures de pointe.",
            "Les travaux ont duré près de deux ans et ont coûté environ douze millions d'euros.");

    private static String page(List<String> paragraphs, String lang, String metaCharset, String headline) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head>");
        if (metaCharset != null) {
            html.append("<meta charset=\"").append(metaCharset).append("\">");
        }
        // Scripts the clean stage cuts before decoding, one of them JSON-LD it reads the headline from.
        html.append("<script>var t = '<p>").append(paragraphs.get(0)).append("</p>';</script>")
                .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(headline).append("\"}</script><style>p { margin: 0 }</style>");
        html.append("<title>Title | Site</title></head><body>")
                .append("<header><nav><a href=\"/\">Home</a> <a href=\"/a\">News</a> <a href=\"/b\">Sport</a></nav></header>")
                .append("<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>")
                .append("<main><article><h1>Title</h1><div class=\"article-body\">");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</div></article>")
                .append("<aside class=\"related\"><h3>More</h3><ul><li><a href=\"/x\">Other story one</a></li>"
                        + "<li><a href=\"/y\">Other story two</a></li></ul></aside></main>")
                .append("<footer>© Site. All rights reserved.</footer></body></html>");
        return html.toString();
    }

    @ParameterizedTest(name = "{0} as {2}, declared {3}")
    @CsvSource({
        "german,   de, ISO-8859-1,   ISO-8859-1",
        "german,   de, UTF-8,        ISO-8859-1",
        "german,   de, windows-1252, ",
        "russian,  ru, windows-1251, windows-1251",
        "russian,  ru, UTF-8,        windows-1251",
        "russian,  ru, KOI8-R,       KOI8-R",
        "japanese, ja, Shift_JIS,    Shift_JIS",
        "japanese, ja, UTF-8,        ",
        "french,   fr, UTF-8,        UTF-8",
        "french,   fr, windows-1252, UTF-8",
        "german,   de, UTF-16,       ",
        "japanese, ja, UTF-16LE,     UTF-16LE"})
    void articleParagraphsComeOutExactly(String which, String lang, String encoding, String declared) {
        List<String> paragraphs = switch (which) {
            case "german" -> GERMAN;
            case "russian" -> RUSSIAN;
            case "japanese" -> JAPANESE;
            default -> FRENCH;
        };
        String headline = switch (which) {
            case "german" -> "Neuer Radweg an der Isar eröffnet";
            case "russian" -> "В Москве открылась новая станция метро";
            case "japanese" -> "東京都、自転車専用道路を開通";
            default -> "Lyon inaugure une piste cyclable le long du Rhône";
        };
        byte[] bytes = page(paragraphs, lang, declared, headline).getBytes(Charset.forName(encoding));
        if (encoding.equals("UTF-16LE")) { // with its byte order mark, as a UTF-16 page comes
            byte[] marked = new byte[bytes.length + 2];
            marked[0] = (byte) 0xFF;
            marked[1] = (byte) 0xFE;
            System.arraycopy(bytes, 0, marked, 2, bytes.length);
            bytes = marked;
        }
        Article article = new ArticleCleaner().fromBytes(bytes, "text/html", null, null);
        assertEquals(paragraphs, article.paragraphs());
        assertEquals(lang, article.language());
        assertEquals(headline, article.headline());
    }
}
