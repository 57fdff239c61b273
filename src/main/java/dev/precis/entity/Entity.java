package dev.precis.entity;

import java.util.List;
import java.util.Set;

/**
 * A named thing the article talks about, with all the names it goes by.
 *
 * @param name      display name (the fullest form used)
 * @param kind      person, organisation, place or other
 * @param salience  share of the article's attention, in [0,1]; all entities sum to 1
 * @param mentions  how many times the body mentions it
 * @param aliases   every surface form seen
 * @param sentences indices of the sentences that mention it
 */
public record Entity(String name, EntityKind kind, double salience, int mentions, List<String> aliases,
        Set<Integer> sentences) {
    public Entity {
        aliases = List.copyOf(aliases);
        sentences = Set.copyOf(sentences);
    }
}
