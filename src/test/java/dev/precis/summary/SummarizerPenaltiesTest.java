package dev.precis.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.fetch.FetchPolicy;

class SummarizerPenaltiesTest {

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    private List<String> bullets(String text, int n) {
        return pipeline.summarize(SummaryRequest.ofText(text).withBullets(n)).bullets();
    }

    @Test
    void aPhotoCaptionIsNotABullet() {
        List<String> b = bullets("Pictured: Mayor Jane Holt cuts the ribbon on the new Riverside bridge in Leeds on Monday.\n\n"
                + "Mayor Jane Holt opened the new Riverside bridge in Leeds on Monday morning.\n\n"
                + "The bridge cost the council 12 million pounds and took three years to build.\n\n"
                + "Engineers say it will carry 20,000 cyclists and walkers across the river every day.", 2);
        assertFalse(b.stream().anyMatch(x -> x.startsWith("Pictured")), b.toString());
    }

    @Test
    void aRunOnOfCaptionsIsNotABullet() {
        String runOn = "Jane Holt at the bridge Jane Holt with the engineers Jane Holt with the council leader Jane"
                + " Holt with cyclists on the bridge the bridge at dusk the bridge at dawn the bridge from the river"
                + " the bridge from the air the bridge under construction last year the bridge on its first day"
                + " the crowds at the bridge the ribbon at the bridge the band at the opening.";
        List<String> b = bullets(runOn + "\n\n"
                + "Mayor Jane Holt opened the new Riverside bridge in Leeds on Monday morning.\n\n"
                + "The bridge cost the council 12 million pounds and took three years to build.\n\n"
                + "Engineers say it will carry 20,000 cyclists and walkers across the river every day.", 2);
        assertFalse(b.contains(runOn), b.toString());
        assertTrue(b.get(0).startsWith("Mayor Jane Holt"), b.toString());
    }
}
