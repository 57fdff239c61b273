package dev.precis.text;

import java.util.List;

/**
 * One sentence of the article.
 *
 * @param index     position among all sentences, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param text      the sentence as written
 * @param words     its word tokens, lower-cased, stop words included
 */
public record Sentence(int index, int paragraph, String text, List<String> words) {
    public Sentence {
        words = List.copyOf(words);
    }
}
