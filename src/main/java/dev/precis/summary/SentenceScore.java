package dev.precis.summary;

/**
 * One sentence's score and the weighted parts it is made of, for the explain views: the parts
 * add up, and {@code quality} (the bullet-quality penalty, 1 when none) scales their sum.
 */
public record SentenceScore(int sentence, double entities, double terms, double position, double headline,
        double centrality, double quality) {

    /** The sentence's score: the parts' sum, scaled by its quality. */
    public double total() {
        return (entities + terms + position + headline + centrality) * quality;
    }
}
