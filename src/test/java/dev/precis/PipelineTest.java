package dev.precis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Summary;

/** Bad input of every kind gets a stable error code, never an exception of another type. */
class PipelineTest {

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    private ErrorCode error(SummaryRequest request) {
        return assertThrows(PrecisException.class, () -> pipeline.summarize(request)).code();
    }

    @Test
    void emptyInputIsABadRequest() {
        assertEquals(ErrorCode.BAD_REQUEST, error(SummaryRequest.ofText("")));
        assertEquals(ErrorCode.BAD_REQUEST, error(SummaryRequest.ofText(" \n\t ")));
        assertEquals(ErrorCode.BAD_REQUEST, error(new SummaryRequest(null, null, null, null, null, null, null)));
    }

    @Test
    void textWithoutSentencesIsNotAnArticle() {
        assertEquals(ErrorCode.NOT_AN_ARTICLE, error(SummaryRequest.ofText("hello")));
        assertEquals(ErrorCode.NOT_AN_ARTICLE, error(SummaryRequest.ofText("!!! ??? ... 123 456")));
    }

    @Test
    void binaryJunkGetsAClearError() {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        PrecisException e = assertThrows(PrecisException.class, () -> pipeline.clean(junk, null, null));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, e.code());
        String asText = new String(junk, StandardCharsets.ISO_8859_1);
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, error(SummaryRequest.ofHtml(asText)));
        assertEquals(ErrorCode.UNSUPPORTED_MEDIA, error(SummaryRequest.ofText(asText)));
    }

    @Test
    void twentyMegabyteBodiesAreTooLarge() {
        String huge = "Word after word in a very long article. ".repeat(20 * 1024 * 1024 / 40);
        assertEquals(ErrorCode.TOO_LARGE, error(SummaryRequest.ofText(huge)));
        assertEquals(ErrorCode.TOO_LARGE, error(SummaryRequest.ofHtml("<p>" + huge + "</p>")));
        PrecisException e = assertThrows(PrecisException.class,
                () -> pipeline.clean(huge.getBytes(StandardCharsets.UTF_8), "text/html", null));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void navigationOnlyPagesAreNotArticles() {
        String html = "<html><body><nav><a href=/>Home</a><a href=/w>World</a></nav>"
                + "<ul><li><a href=/1>Story one</a></li><li><a href=/2>Story two</a></li></ul></body></html>";
        assertEquals(ErrorCode.NOT_AN_ARTICLE, error(SummaryRequest.ofHtml(html)));
    }

    @Test
    void aShortTextStillGetsASummaryAndADerivedHeadline() {
        Summary s = pipeline.summarize(SummaryRequest.ofText(
                "The city council approved a new budget on Monday after a long debate. "
                        + "The plan raises spending on schools by ten percent."));
        assertEquals(2, s.bullets().size());
        assertTrue(s.headline().startsWith("The city council approved"), s.headline());
        assertNull(s.explain());
    }

    @Test
    void callerTitleWins() {
        Summary s = pipeline.summarize(SummaryRequest.ofText(
                "The city council approved a new budget on Monday after a long debate.").withTitle("Budget passes"));
        assertEquals("Budget passes", s.headline());
    }

    @Test
    void requestedBulletCountIsHonouredUpToTheSentencesAvailable() {
        String text = "First sentence is about the mayor of Springfield. Second sentence mentions the budget plan. "
                + "Third sentence covers the school board vote. Fourth sentence is about Springfield parks.";
        assertEquals(1, pipeline.summarize(SummaryRequest.ofText(text).withBullets(1)).bullets().size());
        assertEquals(4, pipeline.summarize(SummaryRequest.ofText(text).withBullets(10)).bullets().size());
    }

    @Test
    void chineseArticlesAreArticlesAndSplitIntoSentences() {
        String html = "<html lang=\"zh-CN\"><head><title>中俄关系</title></head><body><article>"
                + "<p>中国外交部发言人周三表示，中国不接受任何批评或压力。中俄两国有权开展正常的经贸合作。</p>"
                + "<p>美国副国务卿坎贝尔周二表示，华盛顿不会坐视不管。分析人士认为，中国在中俄关系中占据上风。</p>"
                + "<p>俄罗斯外长拉夫罗夫周二与中国国家主席习近平举行会谈，双方表示将加强战略合作。</p>"
                + "</article></body></html>";
        Summary s = pipeline.summarize(SummaryRequest.ofHtml(html).withBullets(2));
        assertEquals("zh-CN", s.source().language());
        assertEquals(2, s.bullets().size());
        assertTrue(s.stats().sentences() >= 5, "sentences: " + s.stats().sentences());
    }
}
