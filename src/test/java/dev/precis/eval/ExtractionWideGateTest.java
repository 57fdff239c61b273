package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;

/**
 * Quality gate on the five extraction-wide development sets (WCEB's ROUGE-LSum): neither the
 * pooled figure nor any set's may fall below the level reached when the gate was last raised,
 * less 0.005, and real pages refused may not exceed the level reached. Reads ../shared.
 */
@Tag("corpus")
class ExtractionWideGateTest {

    /** Per set, the floor: the figure reached (0.904, 0.952, 0.910, 0.938, 0.920; pooled 0.916) less 0.005. */
    static final Map<String, Double> FLOORS = Map.of(
            "cleaneval", 0.899,
            "cleanportaleval", 0.947,
            "dragnet", 0.905,
            "l3s-gn1", 0.933,
            "readability", 0.915);
    static final double POOLED_FLOOR = 0.911;
    /**
     * At most this share of the pages may come back refused (8 of 1,440, 0.56%, reached: four whose truth is
     * empty, a 404, a parked domain and two index pages; three with no text to find, an empty body and two
     * image posts; one story hidden by an unclosed link). Seven since CleanEval final-645's article, in a
     * chrome-named cell of nested layout tables, is no longer pruned (its prose was counted once per level).
     */
    static final double MAX_REFUSED_SHARE = 0.006;

    @Test
    void everySetAndThePoolStayAboveTheirFloors() throws Exception {
        WcebScore wceb = WideExtractionBenchmark.scorer();
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        List<Double> pooled = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        int refused = 0;
        for (String name : WideExtractionBenchmark.DEVELOPMENT_SETS) {
            WideExtractionBenchmark.PageSet set = WideExtractionBenchmark.load(WideExtractionBenchmark.wideDir().resolve(name));
            Map<String, WideExtractionBenchmark.Extracted> ours = WideExtractionBenchmark.extract(pipeline, set);
            Map<String, String> bodies = new LinkedHashMap<>();
            ours.forEach((k, v) -> bodies.put(k, v.body()));
            refused += (int) ours.values().stream().filter(e -> !e.status().equals("ok")).count();
            WideExtractionBenchmark.SetScores s = WideExtractionBenchmark.score(wceb, set, bodies);
            s.rouge().forEach(p -> pooled.add(p.f1()));
            figures.put(name, s.rougeMean());
        }
        double pool = pooled.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("extraction-wide: %s pooled %.4f, refused %d of %d%n", figures, pool, refused, pooled.size());
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            assertTrue(e.getValue() >= FLOORS.get(e.getKey()), String.format("%s: ROUGE-LSum %.4f fell below %.3f",
                    e.getKey(), e.getValue(), FLOORS.get(e.getKey())));
        }
        assertTrue(pool >= POOLED_FLOOR, String.format("pooled ROUGE-LSum %.4f fell below %.3f", pool, POOLED_FLOOR));
        assertTrue(refused <= MAX_REFUSED_SHARE * pooled.size(),
                String.format("%d of %d pages refused, more than %.1f%%", refused, pooled.size(), 100 * MAX_REFUSED_SHARE));
    }
}
