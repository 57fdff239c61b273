package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Quality gate on the CNN/DailyMail set (3 bullets): ROUGE may not fall more than 0.2 below the
 * level reached (40.83 / 18.30 / 36.96 when last set; Lead-3 in the same run 40.54 / 18.09 / 36.83),
 * and at most 2% of bullets may open pointing back.
 */
class SummarizationQualityGateTest {

    static final double MARGIN = 0.2;
    static final double REACHED_R1 = 40.83;
    static final double REACHED_R2 = 18.30;
    static final double REACHED_RLSUM = 36.96;
    static final double MAX_POINTS_BACK_PERCENT = 2.0;

    @Test
    void rougeStaysAtTheLevelReached() throws IOException {
        SummarizationBenchmark.Result[] r = new SummarizationBenchmark()
                .run(SummarizationBenchmark.defaultSet(), 3, null);
        SummarizationBenchmark.Result ours = r[0];
        SummarizationBenchmark.Result lead = r[1];
        System.out.printf("summarization: ours %.2f / %.2f / %.2f (points back %.1f%%), lead-3 %.2f / %.2f / %.2f%n",
                ours.rouge1(), ours.rouge2(), ours.rougeLsum(), ours.pointsBack(), lead.rouge1(), lead.rouge2(),
                lead.rougeLsum());
        assertTrue(ours.rouge1() >= REACHED_R1 - MARGIN, "ROUGE-1 " + ours.rouge1());
        assertTrue(ours.rouge2() >= REACHED_R2 - MARGIN, "ROUGE-2 " + ours.rouge2());
        assertTrue(ours.rougeLsum() >= REACHED_RLSUM - MARGIN, "ROUGE-Lsum " + ours.rougeLsum());
        assertTrue(ours.pointsBack() <= MAX_POINTS_BACK_PERCENT, "points back " + ours.pointsBack() + "%");
    }
}
