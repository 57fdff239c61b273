package dev.precis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.precis.text.LanguageDetector;
import dev.precis.text.Sentence;

import static dev.precis.entity.EntityHeuristics.*;

/**
 * Groups mentions into entities (full names absorb surnames and acronyms), guesses each one's
 * kind, and scores its salience from the features named in {@link EntityHeuristics}.
 */
public final class EntityAnalyzer {

    /** Marks index entries that an acronym, not a surname, may match. */
    private static final String ACRONYM_KEY = "acronym:";
    /** Marks index entries that a single-word place may match: "Gaza" for the Gaza Strip. */
    private static final String PLACE_KEY = "place:";

    /** Entities by salience, highest first; equal ones by name, so the order never depends on the run. */
    private static final Comparator<Entity> MOST_SALIENT_FIRST =
            Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::name);

    private final MentionExtractor extractor;
    private final SalienceWeights weights;

    public EntityAnalyzer(MentionExtractor extractor) {
        this(extractor, SalienceWeights.DEFAULT);
    }

    /** An analyzer scoring salience with other weights (fitting them, ablations). */
    public EntityAnalyzer(MentionExtractor extractor, SalienceWeights weights) {
        this.extractor = extractor;
        this.weights = weights;
    }

    /** An entity under construction. */
    private static final class Cluster {
        final String key;
        final String name;
        /** A word of the name says organisation: "Foreign Ministry", "Labour Party". */
        final boolean organisationName;
        final List<Mention> mentions = new ArrayList<>();
        /** Every form seen, once each, in order: a list, since an entity has only a few. */
        final List<String> aliases = new ArrayList<>(2);

        Cluster(String key, String name) {
            this.key = key;
            this.name = name;
            this.organisationName = hasOrganisationWord(name);
        }

        void addAlias(String alias) {
            if (!aliases.contains(alias)) {
                aliases.add(alias);
            }
        }

        private static boolean hasOrganisationWord(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (int start = 0, end; start <= lower.length(); start = end + 1) {
                end = lower.indexOf(' ', start);
                end = end < 0 ? lower.length() : end;
                if (MentionExtractor.isOrgWord(lower.substring(start, end))) {
                    return true;
                }
            }
            return false;
        }

        EntityKind kind() {
            boolean person = false;
            for (Mention m : mentions) {
                if (m.kind() == EntityKind.PLACE) {
                    return EntityKind.PLACE;
                }
                person |= m.kind() == EntityKind.PERSON;
            }
            if (organisationName) {
                return EntityKind.ORGANIZATION;
            }
            if (person) {
                return EntityKind.PERSON;
            }
            if (MentionExtractor.isAcronym(name)) {
                return EntityKind.ORGANIZATION;
            }
            return EntityKind.OTHER;
        }
    }

    public EntityAnalysis analyze(String headline, List<Sentence> sentences, int paragraphs) {
        return analyze(headline, sentences, paragraphs, null);
    }

    /** As above, for an article in {@code language} (null when unknown). */
    public EntityAnalysis analyze(String headline, List<Sentence> sentences, int paragraphs, String language) {
        boolean nounCapitalising = LanguageDetector.capitalisesNouns(language);
        List<Mention> mentions = extractor.extract(headline, sentences,
                nounCapitalising ? MentionExtractor.Capitalisation.NOUNS : MentionExtractor.Capitalisation.NAMES);
        if (nounCapitalising) {
            mentions = namesAmongNouns(mentions);
        }
        List<Cluster> clusters = cluster(mentions);

        double[] raw = new double[clusters.size()];
        int sentenceCount = Math.max(1, sentences.size());
        int bodyMentions = 0;
        for (Mention m : mentions) {
            bodyMentions += m.inHeadline() ? 0 : 1;
        }
        for (int c = 0; c < clusters.size(); c++) {
            raw[c] = rawSalience(clusters.get(c), paragraphs, bodyMentions, weights);
        }
        // Only entities the body mentions are kept; their saliences are shares of the kept total.
        boolean[] inBody = new boolean[clusters.size()];
        double kept = 0;
        for (int c = 0; c < clusters.size(); c++) {
            inBody[c] = inBody(clusters.get(c));
            if (inBody[c]) {
                kept += raw[c];
            }
        }
        List<Entity> normalised = new ArrayList<>(clusters.size());
        for (int c = 0; c < clusters.size(); c++) {
            if (!inBody[c]) {
                continue;
            }
            Cluster cl = clusters.get(c);
            int[] in = new int[cl.mentions.size()];
            int body = 0;
            for (Mention m : cl.mentions) {
                if (!m.inHeadline()) {
                    in[body++] = m.sentence();
                }
            }
            normalised.add(new Entity(cl.name, cl.kind(), kept > 0 ? raw[c] / kept : 0, body,
                    cl.aliases, distinct(in, body)));
        }
        normalised.sort(MOST_SALIENT_FIRST);
        List<List<Integer>> bySentence = new ArrayList<>(sentenceCount);
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(new ArrayList<>());
        }
        for (int e = 0; e < normalised.size(); e++) {
            for (int s : normalised.get(e).sentences()) {
                if (s >= 0 && s < bySentence.size()) {
                    bySentence.get(s).add(e);
                }
            }
        }
        return new EntityAnalysis(normalised, bySentence);
    }

    /** The distinct values among the first n, as the immutable set an Entity keeps (no second copy). */
    private static Set<Integer> distinct(int[] values, int n) {
        Arrays.sort(values, 0, n);
        Integer[] boxed = new Integer[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || values[i] != boxed[k - 1]) {
                boxed[k++] = values[i];
            }
        }
        return Set.of(Arrays.copyOf(boxed, k));
    }

    private static boolean inBody(Cluster cl) {
        for (Mention m : cl.mentions) {
            if (!m.inHeadline()) {
                return true;
            }
        }
        return false;
    }

    private static double rawSalience(Cluster cl, int paragraphs, int bodyMentions, SalienceWeights w) {
        int count = 0;
        int first = Integer.MAX_VALUE;
        boolean headline = false;
        int subject = 0;
        BitSet paras = new BitSet();
        for (Mention m : cl.mentions) {
            if (m.inHeadline()) {
                headline = true;
                continue;
            }
            count++;
            first = Math.min(first, m.sentence());
            paras.set(m.paragraph());
            if (m.wordIndex() < SUBJECT_WORDS) {
                subject++;
            }
        }
        if (count == 0) {
            return 0;
        }
        double mentions = Math.log1p(count);
        double early = 1.0 / (1.0 + first * w.firstMentionDecay());
        double spread = (double) paras.cardinality() / Math.max(1, paragraphs);
        double subjectShare = (double) subject / count;
        return w.mentions() * mentions + w.firstMention() * early + (headline ? w.headline() : 0)
                + w.subject() * subjectShare * mentions + w.spread() * spread
                + (cl.kind() != EntityKind.OTHER ? w.knownKind() : 0)
                + w.mentionShare() * count / Math.max(1, bodyMentions)
                - (MentionExtractor.isAcronym(cl.name) ? w.bareAcronym() : 0);
    }

    /**
     * Where every noun is capitalised (German), a lone capitalised word is a name only when it
     * is a known place or an acronym, or part of a multi-word name elsewhere in the article.
     */
    private static List<Mention> namesAmongNouns(List<Mention> mentions) {
        Set<String> nameParts = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.text().contains(" ")) {
                nameParts.addAll(List.of(m.text().split(" ")));
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean single = !m.text().contains(" ");
            if (!single || m.kind() == EntityKind.PLACE || MentionExtractor.isAcronym(m.text())
                    || nameParts.contains(m.text())) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * Full names first, then single words: a surname ("Campbell") or a Chinese-style family name
     * ("Xi") joins the person it belongs to, the nearest preceding one when several share it;
     * an acronym joins the name whose initials it spells.
     */
    private static List<Cluster> cluster(List<Mention> mentions) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        List<Mention> singles = new ArrayList<>();
        List<String> singleKeys = new ArrayList<>();
        for (Mention m : mentions) {
            String key = key(m.text());
            if (m.text().indexOf(' ') >= 0) {
                Cluster c = byKey.get(key);
                if (c == null) {
                    c = new Cluster(key, m.text());
                    byKey.put(key, c);
                }
                c.mentions.add(m);
                c.addAlias(m.text());
            } else {
                singles.add(m);
                singleKeys.add(key);
            }
        }
        // Index the full names once by the single words that may stand for them.
        Map<String, List<Cluster>> byWord = new HashMap<>();
        for (Cluster c : byKey.values()) {
            EntityKind kind = c.kind();
            String[] parts = c.name.split(" ");
            // A name and its head word: "Gaza" for the Gaza Strip, "Shas" for the Shas Party.
            boolean headed = parts.length == 2 && isHead(parts[1].toLowerCase(Locale.ROOT), kind);
            if (kind == EntityKind.PLACE) {
                // A place's words are not its name ("Wales" is not New South Wales), but its initials are: "NSW".
                if (parts.length > 2) {
                    byWord.computeIfAbsent(ACRONYM_KEY + initials(parts), k -> new ArrayList<>()).add(c);
                }
                if (headed) {  // "Kamchatka", not known as a place, for the Kamchatka Peninsula too
                    byWord.computeIfAbsent(PLACE_KEY + parts[0], k -> new ArrayList<>()).add(c);
                    byWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(c);
                }
                continue;
            }
            // An organisation's last word stands for it too ("the Senate" after "U.S. Senate").
            byWord.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(c);
            if (parts.length == 2 && (kind == EntityKind.PERSON || headed || isAsianGivenName(parts[1]))) {
                byWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(c);
            }
            if (parts.length > 1) {
                byWord.computeIfAbsent(ACRONYM_KEY + initials(parts), k -> new ArrayList<>()).add(c);
            }
        }
        for (int i = 0; i < singles.size(); i++) {
            Mention m = singles.get(i);
            String key = singleKeys.get(i);
            Cluster target = byKey.get(key);
            if (target == null) {
                String word = m.kind() == EntityKind.PLACE ? PLACE_KEY + m.text()
                        : MentionExtractor.isAcronym(m.text()) ? ACRONYM_KEY + m.text().replace(".", "") : m.text();
                target = nearest(m, byWord.getOrDefault(word, List.of()));
                if (target == null && word.startsWith(ACRONYM_KEY)) {  // "MTR" for the MTR Corporation
                    target = nearest(m, byWord.getOrDefault(m.text(), List.of()));
                }
            }
            if (target == null) {
                target = new Cluster(key, m.text());
                byKey.put(key, target);
            }
            target.mentions.add(m);
            target.addAlias(m.text());
        }
        return new ArrayList<>(byKey.values());
    }

    /** A second word that makes a name of the first: a place's for a place, any head for other names. */
    private static boolean isHead(String word, EntityKind kind) {
        return PLACE_HEADS.contains(word) || kind != EntityKind.PLACE && (MentionExtractor.isOrgWord(word)
                || NAME_HEADS.contains(word) || COMPANY_SUFFIXES.contains(word));
    }

    /**
     * A hyphenated given name with a lower-case second part, as Korean names are written
     * ("Han Sang-ryol", "Kim Jong-il"): the family name comes first and stands for the person.
     */
    private static boolean isAsianGivenName(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /** Of the full names a single word may stand for, the one mentioned most recently before it. */
    private static Cluster nearest(Mention m, List<Cluster> candidates) {
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster c : candidates) {
            int distance = distance(m, c);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    /** A later mention counts as this far back plus its distance: beyond any earlier one in a real article. */
    private static final int LATER_MENTION_DISTANCE = 100_000;

    /** How far back the cluster was last mentioned before {@code m}; later mentions count as far. */
    private static int distance(Mention m, Cluster c) {
        int best = Integer.MAX_VALUE / 2;
        for (Mention other : c.mentions) {
            int d = m.sentence() - other.sentence();
            best = Math.min(best, d >= 0 ? d : LATER_MENTION_DISTANCE - d);
        }
        return best;
    }

    private static String initials(String[] parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!CONNECTORS.contains(p) && !p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                sb.append(p.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("’", "'");
    }
}
