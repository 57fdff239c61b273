package dev.precis.function.ingest;

import java.util.Optional;

/**
 * Where uploads are read and results written. The three prefixes are disjoint, none starting
 * another, so nothing the function writes can ever match the input prefix and trigger it again.
 * Output keys are derived from the input key alone: a re-delivered event overwrites, never
 * duplicates.
 */
public record IngestLayout(String inputPrefix, String outputPrefix, String errorPrefix, long maxObjectBytes) {

    public IngestLayout {
        for (String p : new String[] {inputPrefix, outputPrefix, errorPrefix}) {
            if (p == null || p.isEmpty() || !p.endsWith("/")) {
                throw new IllegalArgumentException("ingest prefixes must be non-empty and end with '/'");
            }
        }
        if (overlap(inputPrefix, outputPrefix) || overlap(inputPrefix, errorPrefix)
                || overlap(outputPrefix, errorPrefix)) {
            throw new IllegalArgumentException("ingest prefixes must not overlap");
        }
        if (maxObjectBytes <= 0) {
            throw new IllegalArgumentException("the object size cap must be positive");
        }
    }

    private static boolean overlap(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The key below the input prefix, or empty when the key is not an input (or is the prefix itself). */
    public Optional<String> relative(String key) {
        if (!key.startsWith(inputPrefix) || key.length() == inputPrefix.length()) {
            return Optional.empty();
        }
        return Optional.of(key.substring(inputPrefix.length()));
    }

    public String summaryKey(String relative) {
        return outputPrefix + relative + ".json";
    }

    public String markdownKey(String relative) {
        return outputPrefix + relative + ".md";
    }

    public String errorKey(String relative) {
        return errorPrefix + relative + ".json";
    }
}
