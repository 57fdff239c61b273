package dev.precis.text;

import java.util.Arrays;
import java.util.Set;

/** Builds the immutable word lists the heuristics use; repeated words are harmless. */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
