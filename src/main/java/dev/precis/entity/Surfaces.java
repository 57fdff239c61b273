package dev.precis.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ways an article may write an entity's name: its aliases, the spellings and demonyms the
 * alias tables map to it ("U.S.", "American" for United States), and for a person each part of
 * the name. What the explain page shades; the analysis itself never reads it.
 */
public final class Surfaces {

    private Surfaces() {
    }

    /** The surface forms of {@code entity}, longest first; compare them ignoring case. */
    public static List<String> of(Entity entity) {
        Set<String> out = new LinkedHashSet<>();
        out.add(entity.name());
        out.addAll(entity.aliases());
        addMappedTo(entity.name(), EntityHeuristics.PLACE_ALIASES, out);
        addMappedTo(entity.name(), EntityHeuristics.DEMONYMS, out);
        if (entity.kind() == EntityKind.PERSON) {
            for (String part : entity.name().split(" ")) {
                if (part.length() > 1 && Character.isUpperCase(part.charAt(0))) {
                    out.add(part);
                }
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return sorted;
    }

    private static void addMappedTo(String name, Map<String, String> table, Set<String> out) {
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (e.getValue().equals(name) && e.getKey().length() > 1) {
                out.add(e.getKey().toLowerCase(Locale.ROOT));
            }
        }
    }
}
