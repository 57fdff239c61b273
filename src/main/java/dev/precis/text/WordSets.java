package dev.precis.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the immutable word lists the heuristics use; repeated words are harmless. They are
 * hash tables, not {@code Set.of}'s: those find a slot with a division, and these lists are
 * looked up for nearly every word of every article.
 */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** A word table (from {@code Map.ofEntries}, which refuses a repeated word) as a hash table. */
    public static <V> Map<String, V> table(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
