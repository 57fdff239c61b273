package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Gate on SEL dev: P@1 and P@3 may not fall more than 0.01 below the level reached (0.856 / 0.626),
 * and no article's top 10 holds a function word, on SEL or on BBC.
 */
@Tag("corpus")
class SalienceGateTest {

    static final double MARGIN = 0.01;

    @Test
    void salienceStaysAtTheLevelReached() {
        SalienceBenchmark.Scores precis = new SalienceBenchmark().run(SalienceBenchmark.defaultSet(), 0)[0];
        assertTrue(precis.p1() >= 0.856 - MARGIN, "P@1 " + precis.p1());
        assertTrue(precis.p3() >= 0.626 - MARGIN, "P@3 " + precis.p3());
        assertEquals(0, precis.functionWordArticles());
    }

    @Test
    void noFunctionWordAmongTheTopEntitiesOnBbc() {
        assertEquals(0, new SalienceBenchmark().functionWordArticles(SummarizationBenchmark.set("bbc"))[0]);
    }
}
