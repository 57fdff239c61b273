package dev.precis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Summary;

/**
 * Pathological documents, each answered with a summary or a clear error, never a
 * StackOverflowError or OutOfMemoryError. Maven runs this class in its own JVM with -Xmx128m.
 * The time bound only catches hangs; speed is measured by the benchmarks.
 */
class HostileDocumentsTest {

    private static final Duration HANG = Duration.ofSeconds(30);
    private static final String SENTENCE = "The council met on Monday to discuss the budget for schools in Springfield. ";

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    /** The outcome of one document: a summary, or the code of a clear error. */
    private record Outcome(Summary summary, ErrorCode error) {
    }

    private Outcome run(Supplier<Summary> call) {
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                Summary s = call.get();
                assertFalse(s.bullets().isEmpty(), "a summary without bullets is a silent failure");
                for (String b : s.bullets()) {
                    assertTrue(b.chars().noneMatch(c -> c < 0x20), "no control characters in bullets: " + b);
                }
                return new Outcome(s, null);
            } catch (PrecisException e) {
                assertFalse(e.getMessage().isBlank());
                return new Outcome(null, e.code());
            }
        });
    }

    private Outcome html(String html) {
        return run(() -> pipeline.summarize(SummaryRequest.ofHtml(html)));
    }

    private Outcome bytes(byte[] bytes, String mediaType) {
        return run(() -> pipeline.summarize(pipeline.clean(bytes, mediaType, null), 4, null));
    }

    @Test
    void hundredThousandDeepNesting() {
        assertEquals(ErrorCode.TOO_LARGE, html("<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>").error());
    }

    @Test
    void deepNestingUnderTheElementCapStillSummarizes() {
        Outcome o = html("<div>".repeat(50_000) + "<p>" + SENTENCE.repeat(10) + "</p><p>"
                + "Officials in Springfield said the new budget adds ten teachers and two buses. ".repeat(3) + "</p>");
        assertTrue(o.summary() != null || o.error() == ErrorCode.NOT_AN_ARTICLE, String.valueOf(o.error()));
    }

    @Test
    void tenMegabyteSingleLine() {
        byte[] line = ("<p>" + SENTENCE.repeat(10 * 1024 * 1024 / SENTENCE.length()) + "</p>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(ErrorCode.TOO_LARGE, bytes(line, "text/html").error());
    }

    @Test
    void fourMegabyteSingleLineUnderTheByteCap() {
        assertEquals(ErrorCode.TOO_LARGE, html("<p>" + "word ".repeat(800_000) + "</p>").error());
    }

    @Test
    void aMillionTinyParagraphs() {
        assertEquals(ErrorCode.TOO_LARGE, html("<p>x".repeat(1_000_000)).error());
    }

    @Test
    void invalidUtf8IsReadNotRejected() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] good = ("<html><body><article><p>" + SENTENCE.repeat(5) + "</p>").getBytes(StandardCharsets.UTF_8);
        out.write(good, 0, good.length);
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, ' '}, 0, 5);
        byte[] rest = ("<p>" + SENTENCE.repeat(5) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        out.write(rest, 0, rest.length);
        assertTrue(bytes(out.toByteArray(), "text/html").summary() != null);
    }

    @Test
    void mixedEncodingsAreRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] utf8 = ("<p>Café owners in Zürich met the mayor on Monday to discuss new rules. " + SENTENCE.repeat(3)
                + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("<p>Le café à Genève a rouvert ses portes lundi après des travaux. " + SENTENCE.repeat(3)
                + "</p>").getBytes(StandardCharsets.ISO_8859_1);
        out.write(utf8, 0, utf8.length);
        out.write(latin1, 0, latin1.length);
        Outcome o = bytes(out.toByteArray(), "text/html");
        assertTrue(o.summary() != null, String.valueOf(o.error()));
    }

    @Test
    void nulBytes() {
        String withNuls = "<p>" + SENTENCE.repeat(6).replace("budget", "bud\u0000get") + "</p>";
        Outcome few = bytes(withNuls.getBytes(StandardCharsets.UTF_8), "text/html");
        assertTrue(few.summary() != null, String.valueOf(few.error()));
        assertFalse(few.summary().bullets().get(0).contains("\u0000"));
        byte[] many = new byte[64 * 1024];
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, bytes(many, "text/html").error());
    }

    @Test
    void nothingButScriptAndStyle() {
        assertEquals(ErrorCode.NOT_AN_ARTICLE,
                html("<script>var a = 'x'.repeat(100);</script><style>p { color: red }</style>".repeat(5_000)).error());
    }

    @Test
    void rightToLeftText() {
        String arabic = "أعلنت الحكومة يوم الاثنين عن خطة جديدة لتحسين التعليم في المدارس الحكومية. "
                + "وقال وزير التعليم إن الخطة ستشمل بناء مئة مدرسة جديدة خلال السنوات الخمس المقبلة. "
                + "ورحب المعلمون بالقرار لكنهم طالبوا بزيادة الرواتب قبل بداية العام الدراسي. ";
        Outcome o = html("<html dir=\"rtl\" lang=\"ar\"><body><article><p>" + arabic + "</p><p>" + arabic
                + "</p></article></body></html>");
        assertTrue(o.summary() != null, String.valueOf(o.error()));
        assertTrue(o.summary().bullets().get(0).startsWith("أعلنت"));
    }

    @Test
    void cjkText() {
        String chinese = "中国外交部发言人周三表示，中国不接受任何批评或压力。中俄两国有权开展正常的经贸合作。"
                + "分析人士认为，中国在中俄关系中占据上风。";
        String more = "俄罗斯外长拉夫罗夫周二与中国国家主席习近平举行会谈，双方表示将加强战略合作。"
                + "美国副国务卿坎贝尔周二表示，华盛顿不会坐视不管。";
        Outcome o = html("<html lang=\"zh\"><body><article><p>" + chinese + "</p><p>" + more
                + "</p></article></body></html>");
        assertTrue(o.summary() != null, String.valueOf(o.error()));
    }

    @Test
    void fiveThousandSentences() {
        String[] subjects = {"The mayor", "Springfield council", "The school board", "Local farmers", "The governor",
            "Union leaders", "The police chief", "Hospital staff", "The treasurer", "City engineers"};
        String[] verbs = {"approved", "rejected", "debated", "delayed", "funded", "criticised", "praised", "reviewed"};
        String[] objects = {"the new budget", "a bridge repair", "teacher salaries", "the water plan", "bus routes",
            "a housing project", "the tax increase", "park renovations", "the library hours", "road safety rules"};
        java.util.Random random = new java.util.Random(5000);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append(subjects[random.nextInt(subjects.length)]).append(' ')
                    .append(verbs[random.nextInt(verbs.length)]).append(' ')
                    .append(objects[random.nextInt(objects.length)]).append(" on day ").append(i).append(". ");
            if (i % 20 == 19) {
                text.append("\n\n");
            }
        }
        Outcome o = run(() -> pipeline.summarize(SummaryRequest.ofText(text.toString())));
        assertEquals(4, o.summary().bullets().size());
        assertEquals(5_000, o.summary().stats().sentences());
    }
}
