package dev.precis.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.precis.entity.Entity;
import dev.precis.entity.EntityAnalysis;
import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

import static dev.precis.summary.SummaryHeuristics.LEDE_BONUS;
import static dev.precis.summary.SummaryHeuristics.POSITION_DECAY;

/**
 * The five signals a sentence of one article is scored by, before their weights: the salience
 * of its entities, the frequency of its content words, its position, its overlap with the
 * headline and its centrality (likeness to the whole article).
 */
final class FeatureScorer {

    private final Tokenizer tokenizer;
    private final List<Entity> entities;
    private final List<List<Integer>> entitiesBySentence;
    private final int headlineWords;
    /** Content-word counts, only where the article has no entities to go by. */
    private final Map<String, Integer> termFrequency;
    private final int maxFrequency;
    private final List<TermVector> vectors;
    private final int[] document;
    private final double documentNorm;
    /** Which word ids the headline holds. */
    private final boolean[] inHeadline;

    private FeatureScorer(Tokenizer tokenizer, String headline, List<Sentence> sentences, EntityAnalysis analysis) {
        this.tokenizer = tokenizer;
        this.entities = analysis.entities();
        this.entitiesBySentence = analysis.bySentence();
        Set<String> words = headline == null ? Set.of() : new HashSet<>(tokenizer.contentWords(tokenizer.words(headline)));
        this.headlineWords = words.size();
        // Without names to go by (scripts without capitals), content words carry the topic instead.
        this.termFrequency = entities.isEmpty() ? termFrequency(tokenizer, sentences) : Map.of();
        this.maxFrequency = maxFrequency(termFrequency);
        // Content words become small integers once per article: vectors are then sorted arrays,
        // compared by merging, and a sentence's distinct words are its vector's ids.
        Map<String, Integer> ids = new HashMap<>(dictionaryCapacity(sentences));
        this.vectors = vectors(sentences, ids);
        this.document = new int[ids.size()];
        for (TermVector v : vectors) {
            v.addTo(document);
        }
        this.documentNorm = TermVector.norm(document, document.length);
        this.inHeadline = marks(words, ids);
    }

    /** The signals of {@code sentences}, whose article is headed {@code headline} (null when untitled). */
    static FeatureScorer of(Tokenizer tokenizer, String headline, List<Sentence> sentences, EntityAnalysis analysis) {
        return new FeatureScorer(tokenizer, headline, sentences, analysis);
    }

    /** The summed salience of the entities the sentence mentions. */
    double entities(Sentence s) {
        double score = 0;
        for (int e : entitiesBySentence.get(s.index())) {
            score += entities.get(e).salience();
        }
        return score;
    }

    /** The mean frequency of its content words, as a share of the most frequent word's; 0 where entities exist. */
    double terms(Sentence s) {
        if (termFrequency.isEmpty()) {
            return 0;
        }
        double terms = 0;
        List<String> content = tokenizer.contentWords(s.words());
        for (String w : content) {
            terms += (double) termFrequency.getOrDefault(w, 0) / maxFrequency;
        }
        return content.isEmpty() ? 0 : terms / content.size();
    }

    /** The lead bonus: fades with the sentence's index, and the lede earns a little more. */
    static double position(Sentence s) {
        return 1.0 / (1.0 + s.index() * POSITION_DECAY) + (s.index() == 0 ? LEDE_BONUS : 0);
    }

    /** The share of the headline's distinct content words the sentence holds. */
    double headlineOverlap(Sentence s) {
        return headlineWords == 0 ? 0 : (double) vector(s).countIn(inHeadline) / headlineWords;
    }

    /** The cosine between the sentence's content words and the whole article's. */
    double centrality(Sentence s) {
        return vector(s).cosine(document, documentNorm);
    }

    /** The sentence's content-word vector, in this article's word ids. */
    TermVector vector(Sentence s) {
        return vectors.get(s.index());
    }

    private static Map<String, Integer> termFrequency(Tokenizer tokenizer, List<Sentence> sentences) {
        Map<String, Integer> tf = new HashMap<>();
        for (Sentence s : sentences) {
            for (String w : tokenizer.contentWords(s.words())) {
                tf.merge(w, 1, Integer::sum);
            }
        }
        return tf;
    }

    private static int maxFrequency(Map<String, Integer> termFrequency) {
        int max = 1;
        for (int f : termFrequency.values()) {
            max = Math.max(max, f);
        }
        return max;
    }

    /** Sized for every token to be a word of its own, so the table never grows. */
    private static int dictionaryCapacity(List<Sentence> sentences) {
        int tokens = 0;
        for (Sentence s : sentences) {
            tokens += s.words().size();
        }
        return (int) (tokens / 0.75f) + 1;
    }

    private static List<TermVector> vectors(List<Sentence> sentences, Map<String, Integer> ids) {
        List<TermVector> vectors = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            vectors.add(TermVector.of(s.words(), ids));
        }
        return vectors;
    }

    private static boolean[] marks(Set<String> words, Map<String, Integer> ids) {
        boolean[] marked = new boolean[ids.size()];
        for (String w : words) {
            Integer id = ids.get(w);
            if (id != null) {
                marked[id] = true;
            }
        }
        return marked;
    }
}
