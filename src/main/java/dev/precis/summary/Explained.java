package dev.precis.summary;

import java.util.List;

import dev.precis.clean.Article;
import dev.precis.entity.EntityAnalysis;
import dev.precis.text.Sentence;

/**
 * A summary with what it was made from, for the explain views: the article, its sentences, the
 * entity analysis and every sentence's score with its parts (in sentence order).
 */
public record Explained(Article article, List<Sentence> sentences, EntityAnalysis analysis, Summary summary,
        List<SentenceScore> scores) {

    public Explained {
        sentences = List.copyOf(sentences);
        scores = List.copyOf(scores);
    }

    /** The same, with another summary (the caller's timing or view of it). */
    public Explained withSummary(Summary other) {
        return new Explained(article, sentences, analysis, other, scores);
    }
}
