package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality gates at 3 bullets. CNN/DailyMail: ROUGE may not fall more than 0.2 below the level reached
 * (40.75 / 18.22 / 36.89 when last set; Lead-3 in the same run 40.54 / 18.09 / 36.83). On every set
 * (CNN/DailyMail, BBC, XSum) ROUGE-1, ROUGE-2 and ROUGE-Lsum are each at least Lead-3's; at most 2% of
 * bullets open pointing back, 0.5% are captions and 0.5% run over 55 words; at most 10% of derived
 * headlines are cut with "…".
 */
@Tag("corpus")
class SummarizationQualityGateTest {

    static final double MARGIN = 0.2;
    static final double REACHED_R1 = 40.75;
    static final double REACHED_R2 = 18.22;
    static final double REACHED_RLSUM = 36.89;
    static final double MAX_POINTS_BACK_PERCENT = 2.0;
    static final double MAX_CAPTIONS_PERCENT = 0.5;
    static final double MAX_LONG_PERCENT = 0.5;
    static final double MAX_HEADLINES_CUT_PERCENT = 10.0;

    @Test
    void rougeStaysAtTheLevelReached() throws IOException {
        SummarizationBenchmark.Result[] r = new SummarizationBenchmark()
                .run(SummarizationBenchmark.defaultSet(), 3, null);
        SummarizationBenchmark.Result ours = r[0];
        assertTrue(ours.rouge1() >= REACHED_R1 - MARGIN, "ROUGE-1 " + ours.rouge1());
        assertTrue(ours.rouge2() >= REACHED_R2 - MARGIN, "ROUGE-2 " + ours.rouge2());
        assertTrue(ours.rougeLsum() >= REACHED_RLSUM - MARGIN, "ROUGE-Lsum " + ours.rougeLsum());
        assertTrue(ours.headlinesCut() <= MAX_HEADLINES_CUT_PERCENT, "headlines cut " + ours.headlinesCut() + "%");
    }

    @Test
    void atLeastLead3AndCleanBulletsOnEverySet() throws IOException {
        for (String set : List.of("cnndm", "bbc", "xsum")) {
            Map<String, SummarizationBenchmark.Result> r = new SummarizationBenchmark()
                    .run(SummarizationBenchmark.set(set), 3, List.of("precis", "lead3"), null);
            SummarizationBenchmark.Result ours = r.get("precis");
            SummarizationBenchmark.Result lead = r.get("lead3");
            assertTrue(ours.rouge1() >= lead.rouge1(), set + " ROUGE-1 " + ours.rouge1() + " < " + lead.rouge1());
            assertTrue(ours.rouge2() >= lead.rouge2(), set + " ROUGE-2 " + ours.rouge2() + " < " + lead.rouge2());
            assertTrue(ours.rougeLsum() >= lead.rougeLsum(),
                    set + " ROUGE-Lsum " + ours.rougeLsum() + " < " + lead.rougeLsum());
            assertTrue(ours.pointsBack() <= MAX_POINTS_BACK_PERCENT, set + " points back " + ours.pointsBack());
            assertTrue(ours.captions() <= MAX_CAPTIONS_PERCENT, set + " captions " + ours.captions());
            assertTrue(ours.longBullets() <= MAX_LONG_PERCENT, set + " long " + ours.longBullets());
        }
    }
}
