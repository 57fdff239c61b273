package dev.precis.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.precis.text.Tokenizer;

/**
 * A sentence's word counts as parallel arrays sorted by word id, and their Euclidean norm,
 * computed once: centrality and MMR compare them often. A class, not a record: a record's
 * equals and hashCode would compare the arrays by identity while seeming to compare contents.
 * Two vectors are equal only when they are the same object; compare contents with
 * {@link #cosine(TermVector)}.
 */
final class TermVector {

    private final int[] ids;
    private final int[] counts;
    private final double norm;

    private TermVector(int[] ids, int[] counts, double norm) {
        this.ids = ids;
        this.counts = counts;
        this.norm = norm;
    }

    /** The distinct word ids, ascending (the array itself: not to be changed). */
    int[] ids() {
        return ids;
    }

    /** How often each word of {@link #ids()} occurs, index for index (the array itself: not to be changed). */
    int[] counts() {
        return counts;
    }

    /** The Euclidean norm of the counts. */
    double norm() {
        return norm;
    }

    @Override
    public String toString() {
        return "TermVector[ids=" + Arrays.toString(ids) + ", counts=" + Arrays.toString(counts)
                + ", norm=" + norm + "]";
    }

    /** The vector of a sentence's content words; new words get the next free ids. */
    static TermVector of(List<String> words, Map<String, Integer> dictionary) {
        int[] sorted = new int[words.size()];
        int n = 0;
        for (String w : words) {
            if (Tokenizer.isContentWord(w)) {
                Integer id = dictionary.get(w);
                if (id == null) {
                    id = dictionary.size();
                    dictionary.put(w, id);
                }
                sorted[n++] = id;
            }
        }
        Arrays.sort(sorted, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            distinct += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                ids[++k] = sorted[i];
            }
            counts[k]++;
        }
        return new TermVector(ids, counts, norm(counts, distinct));
    }

    static double norm(int[] counts, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            s += (double) counts[i] * counts[i];
        }
        return Math.sqrt(s);
    }

    /** How many of the distinct words are marked in {@code marked} (indexed by word id). */
    int countIn(boolean[] marked) {
        int n = 0;
        for (int id : ids) {
            if (marked[id]) {
                n++;
            }
        }
        return n;
    }

    void addTo(int[] dense) {
        for (int i = 0; i < ids.length; i++) {
            dense[ids[i]] += counts[i];
        }
    }

    /** Cosine against counts indexed by word id (the whole document's). */
    double cosine(int[] dense, double denseNorm) {
        double dot = 0;
        for (int i = 0; i < ids.length; i++) {
            dot += (double) counts[i] * dense[ids[i]];
        }
        return dot == 0 ? 0 : dot / (norm * denseNorm);
    }

    double cosine(TermVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += (double) counts[i++] * other.counts[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (norm * other.norm);
    }
}
