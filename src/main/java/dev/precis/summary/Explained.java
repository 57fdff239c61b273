package dev.precis.summary;

import java.util.List;

import dev.precis.clean.Article;
import dev.precis.entity.EntityAnalysis;
import dev.precis.text.Sentence;

/** A summary with what it was made from: the article, its sentences and the entity analysis (the explain views). */
public record Explained(Article article, List<Sentence> sentences, EntityAnalysis analysis, Summary summary) {
}
