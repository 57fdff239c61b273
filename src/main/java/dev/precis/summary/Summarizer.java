package dev.precis.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.precis.clean.Article;
import dev.precis.entity.Entity;
import dev.precis.entity.EntityAnalysis;
import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

import static dev.precis.summary.SummaryHeuristics.*;

/**
 * Picks the bullets: scores each sentence by the salience of its entities and its place in
 * the story, filters sentences that make poor bullets, removes repeats (MMR), and returns
 * the chosen ones in article order.
 */
public final class Summarizer {

    /** How many entities the response lists. */
    private static final int MAX_ENTITIES_SHOWN = 10;

    /** The scoring signals, named so an evaluation can switch one off and see what it earns. */
    public enum Signal { ENTITIES, POSITION, CENTRALITY, HEADLINE, TERMS }

    private final Tokenizer tokenizer;
    private final BulletRewriter rewriter = new BulletRewriter();
    private final double wEntities;
    private final double wPosition;
    private final double wCentrality;
    private final double wHeadline;
    private final double wTerms;

    public Summarizer(Tokenizer tokenizer) {
        this(tokenizer, java.util.EnumSet.noneOf(Signal.class));
    }

    /** A summarizer with some signals switched off (ablations). */
    public Summarizer(Tokenizer tokenizer, Set<Signal> without) {
        this.tokenizer = tokenizer;
        this.wEntities = without.contains(Signal.ENTITIES) ? 0 : W_ENTITIES;
        this.wPosition = without.contains(Signal.POSITION) ? 0 : W_POSITION;
        this.wCentrality = without.contains(Signal.CENTRALITY) ? 0 : W_CENTRALITY;
        this.wHeadline = without.contains(Signal.HEADLINE) ? 0 : W_HEADLINE_OVERLAP;
        this.wTerms = without.contains(Signal.TERMS) ? 0 : W_TERMS;
    }

    /** A scored sentence, as a bullet, with its term vector. */
    private record Candidate(Sentence sentence, String text, double score, TermVector vector) {
    }

    public Summary summarize(Article article, List<Sentence> sentences, EntityAnalysis analysis, int bullets,
            String callerTitle) {
        return score(article, sentences, analysis, bullets, callerTitle).summary();
    }

    /** A summary with every sentence's score and its parts, for the explain views. */
    public record Scored(Summary summary, List<SentenceScore> scores) {
    }

    /** Scores every sentence, picks the bullets and returns both. */
    public Scored score(Article article, List<Sentence> sentences, EntityAnalysis analysis, int bullets,
            String callerTitle) {
        List<Entity> entities = analysis.entities();
        Set<String> headlineWords = article.headline() == null ? Set.of()
                : new HashSet<>(tokenizer.contentWords(tokenizer.words(article.headline())));
        // Without names to go by (scripts without capitals), content words carry the topic instead.
        Map<String, Integer> termFrequency = entities.isEmpty() ? termFrequency(sentences) : Map.of();
        int maxFrequency = 1;
        for (int f : termFrequency.values()) {
            maxFrequency = Math.max(maxFrequency, f);
        }
        // Content words become small integers once per article: vectors are then sorted arrays,
        // compared by merging, and a sentence's distinct words are its vector's ids.
        int tokens = 0;
        for (Sentence s : sentences) {
            tokens += s.words().size();
        }
        // Sized for every token to be a word of its own, so the table never grows.
        Map<String, Integer> ids = new HashMap<>((int) (tokens / 0.75f) + 1);
        List<TermVector> vectors = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            vectors.add(TermVector.of(s.words(), ids));
        }
        int[] document = new int[ids.size()];
        for (TermVector v : vectors) {
            v.addTo(document);
        }
        double documentNorm = TermVector.norm(document, document.length);
        boolean[] inHeadline = new boolean[ids.size()];
        for (String w : headlineWords) {
            Integer id = ids.get(w);
            if (id != null) {
                inHeadline[id] = true;
            }
        }
        List<Candidate> candidates = new ArrayList<>(sentences.size());
        List<SentenceScore> scores = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            double entityScore = 0;
            for (int e : analysis.bySentence().get(s.index())) {
                entityScore += entities.get(e).salience();
            }
            double position = 1.0 / (1.0 + s.index() * POSITION_DECAY) + (s.index() == 0 ? LEDE_BONUS : 0);
            TermVector vector = vectors.get(s.index());
            double overlap = headlineWords.isEmpty() ? 0
                    : (double) vector.countIn(inHeadline) / headlineWords.size();
            BulletRewriter.Rewritten bullet = rewriter.rewrite(s, analysis, sentences);
            double terms = 0;
            if (!termFrequency.isEmpty()) {
                List<String> content = tokenizer.contentWords(s.words());
                for (String w : content) {
                    terms += (double) termFrequency.getOrDefault(w, 0) / maxFrequency;
                }
                terms = content.isEmpty() ? 0 : terms / content.size();
            }
            double centrality = vector.cosine(document, documentNorm);
            SentenceScore parts = new SentenceScore(s.index(), wEntities * entityScore, wTerms * terms,
                    wPosition * position, wHeadline * overlap, wCentrality * centrality, quality(s, bullet.pointsBack()));
            scores.add(parts);
            candidates.add(new Candidate(s, bullet.text(), parts.total(), vector));
        }
        List<Candidate> chosen = select(candidates, bullets);
        chosen.sort(Comparator.comparingInt(c -> c.sentence().index()));

        List<String> texts = new ArrayList<>();
        List<Summary.BulletReason> reasons = new ArrayList<>();
        for (Candidate c : chosen) {
            texts.add(c.text());
            // The entities that earned the bullet its score, named for the explain view.
            List<String> names = new ArrayList<>();
            for (int e : analysis.bySentence().get(c.sentence().index())) {
                names.add(entities.get(e).name());
            }
            reasons.add(new Summary.BulletReason(c.sentence().index(), round(c.score()), names));
        }
        String headline = callerTitle != null && !callerTitle.isBlank() ? callerTitle.strip()
                : article.headline() != null ? article.headline()
                : deriveHeadline(chosen, candidates, sentences, entities.isEmpty() ? null : entities.get(0));
        List<Summary.EntityView> shown = new ArrayList<>();
        for (Entity e : entities.subList(0, Math.min(MAX_ENTITIES_SHOWN, entities.size()))) {
            shown.add(new Summary.EntityView(e.name(), e.kind().name().toLowerCase(Locale.ROOT), round(e.salience()),
                    e.mentions()));
        }
        int words = 0;
        for (Sentence s : sentences) {
            words += s.words().size();
        }
        Summary.Source source = new Summary.Source(article.url(), article.canonicalUrl(), article.siteName(),
                article.byline(), article.published(), article.language());
        return new Scored(new Summary(headline, texts, shown, source, new Summary.Stats(sentences.size(), words, 0),
                reasons), scores);
    }

    private Map<String, Integer> termFrequency(List<Sentence> sentences) {
        Map<String, Integer> tf = new HashMap<>();
        for (Sentence s : sentences) {
            for (String w : tokenizer.contentWords(s.words())) {
                tf.merge(w, 1, Integer::sum);
            }
        }
        return tf;
    }

    /** Share of a sentence's score it keeps as a bullet: fragments, questions and back-references lose. */
    private static double quality(Sentence s, boolean pointsBack) {
        String text = s.text();
        int words = s.words().size();
        double keep = 1.0;
        char last = lastLetterOrPunct(text);
        if (words < MIN_WORDS || !(last == '.' || last == '!' || last == '"' || last == '”' || last == '’'
                || last == ')' || last == '。' || last == '！' || last == '?' || last == '？')) {
            keep *= KEEP_FRAGMENT;
        }
        if (text.endsWith("?") || text.endsWith("?”") || text.endsWith("?\"") || text.endsWith("？")) {
            keep *= KEEP_QUESTION;
        }
        if (words > LONG_WORDS) {
            keep *= KEEP_LONG;
        }
        if (words > RUN_ON_WORDS) {
            keep *= KEEP_RUN_ON;
        }
        if (mayBeCaption(text) && CAPTION_TEXT.matcher(text).find()) {
            keep *= KEEP_CAPTION;
        }
        if (pointsBack) {
            keep *= KEEP_POINTS_BACK;
        }
        if (isBareQuote(text)) {
            keep *= KEEP_BARE_QUOTE;
        }
        if (opensWithCallToAction(text) || endsWithPhotoCredit(text)) {
            keep *= KEEP_CALL_TO_ACTION;
        }
        return keep;
    }

    /** A cheap look for what every caption pattern holds, so most sentences skip the regex. */
    private static boolean mayBeCaption(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('(') >= 0 || text.contains("ictured") || text.contains("ICTURED")
                || text.contains("croll down") || text.contains("CROLL DOWN") || text.contains("lick here")
                || text.contains("LICK HERE") || text.contains("etty") || text.contains("ETTY");
    }

    private static boolean opensWithCallToAction(String text) {
        for (String opening : CALL_TO_ACTION_OPENINGS) {
            if (startsWithIgnoringAsciiCase(text, opening)) {
                return true;
            }
        }
        return false;
    }

    /** True when text opens with lowerPrefix, ASCII letters compared without their case. */
    private static boolean startsWithIgnoringAsciiCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A credit such as "(Getty Images)" in the last characters; every credit opens a parenthesis. */
    private static boolean endsWithPhotoCredit(String text) {
        int from = Math.max(0, text.length() - PHOTO_CREDIT_TAIL);
        return text.indexOf('(', from) >= 0 && PHOTO_CREDIT.matcher(text).region(from, text.length()).find();
    }

    /** A sentence that is one quotation, or opens with one: its speaker is elsewhere or after it. */
    private static boolean isBareQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '“' || text.charAt(0) == '"' || text.charAt(0) == '‘');
    }

    private static char lastLetterOrPunct(String text) {
        String t = text.strip();
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    private static List<Candidate> select(List<Candidate> candidates, int n) {
        double max = candidates.isEmpty() ? 1 : Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            max = Math.max(max, c.score());
        }
        List<Candidate> chosen = new ArrayList<>(n);
        boolean[] taken = new boolean[candidates.size()];
        // Each candidate's highest similarity to what is chosen, updated once per pick.
        double[] similarityToChosen = new double[candidates.size()];
        while (chosen.size() < n) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < candidates.size(); k++) {
                if (taken[k] || similarityToChosen[k] > MAX_SIMILARITY) {
                    continue;
                }
                double value = MMR_LAMBDA * (max > 0 ? candidates.get(k).score() / max : 0)
                        - (1 - MMR_LAMBDA) * similarityToChosen[k];
                if (value > bestValue) {
                    bestValue = value;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            Candidate picked = candidates.get(best);
            chosen.add(picked);
            taken[best] = true;
            if (chosen.size() < n) {
                for (int k = 0; k < candidates.size(); k++) {
                    if (!taken[k]) {
                        similarityToChosen[k] = Math.max(similarityToChosen[k],
                                candidates.get(k).vector().cosine(picked.vector()));
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * A sentence's word counts as parallel arrays sorted by word id, and their Euclidean norm,
     * computed once: centrality and MMR compare them often.
     */
    private record TermVector(int[] ids, int[] counts, double norm) {

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

    /**
     * No title anywhere: a short clause from the best sentences, preferring one that names the top
     * entity; a sentence is cut only where a clause ends (a comma, a dash, "after", "which").
     * Only when no sentence has such a clause are its opening words cut with "…".
     */
    private static String deriveHeadline(List<Candidate> chosen, List<Candidate> candidates, List<Sentence> sentences,
            Entity top) {
        List<Candidate> order = new ArrayList<>(chosen);
        order.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> byScore = new ArrayList<>(candidates);
        byScore.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : byScore.subList(0, Math.min(HEADLINE_CANDIDATES, byScore.size()))) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        String fallback = null;
        for (Candidate c : order) {
            String clause = HeadlineClause.of(c.text());
            if (clause == null) {
                continue;
            }
            if (top == null || names(clause, top)) {
                return clause;
            }
            if (fallback == null) {
                fallback = clause;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        String source = order.isEmpty() ? (sentences.isEmpty() ? "" : sentences.get(0).text()) : order.get(0).text();
        return HeadlineClause.cut(source);
    }

    private static boolean names(String text, Entity e) {
        for (String alias : e.aliases()) {
            if (text.contains(alias)) {
                return true;
            }
        }
        return text.contains(e.name());
    }

    private static double round(double x) {
        return Math.round(x * 10000.0) / 10000.0;
    }
}
