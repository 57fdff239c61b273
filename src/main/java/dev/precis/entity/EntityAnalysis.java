package dev.precis.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities of one article, most salient first, and which entities each sentence carries.
 *
 * @param entities   sorted by salience, descending; saliences sum to 1
 * @param bySentence for each sentence index, the indices into {@code entities} it mentions
 */
public record EntityAnalysis(List<Entity> entities, List<List<Integer>> bySentence) {
    public EntityAnalysis {
        entities = List.copyOf(entities);
        List<List<Integer>> copies = new ArrayList<>(bySentence.size());
        for (List<Integer> entityIndices : bySentence) {
            copies.add(List.copyOf(entityIndices));
        }
        bySentence = List.copyOf(copies);
    }
}
