package dev.precis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        FeatureScorer features = FeatureScorer.of(tokenizer, article.headline(), sentences, analysis);
        List<SentenceScore> scores = new ArrayList<>(sentences.size());
        List<Candidate> candidates = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            BulletRewriter.Rewritten bullet = rewriter.rewrite(s, analysis, sentences);
            SentenceScore parts = weigh(s, features, BulletQuality.keep(s, bullet));
            scores.add(parts);
            candidates.add(new Candidate(s, bullet.text(), parts.total(), features.vector(s)));
        }
        List<Candidate> chosen = inArticleOrder(MmrSelector.select(candidates, bullets));
        String headline = givenHeadline(callerTitle, article);
        if (headline == null) {
            headline = HeadlineDeriver.derive(chosen, candidates, sentences, topEntity(analysis.entities()));
        }
        Summary summary = new Summary(headline, texts(chosen), shown(analysis.entities()), source(article),
                stats(sentences), reasons(chosen, analysis));
        return new Scored(summary, scores);
    }

    /** The sentence's signals, each times its weight (0 for a signal switched off), and its quality. */
    private SentenceScore weigh(Sentence s, FeatureScorer features, double quality) {
        return new SentenceScore(s.index(), wEntities * features.entities(s), wTerms * features.terms(s),
                wPosition * FeatureScorer.position(s), wHeadline * features.headlineOverlap(s),
                wCentrality * features.centrality(s), quality);
    }

    private static List<Candidate> inArticleOrder(List<Candidate> chosen) {
        chosen.sort(Comparator.comparingInt(c -> c.sentence().index()));
        return chosen;
    }

    /** The caller's title wins over the article's own; null when there is neither. */
    private static String givenHeadline(String callerTitle, Article article) {
        return callerTitle != null && !callerTitle.isBlank() ? callerTitle.strip() : article.headline();
    }

    private static Entity topEntity(List<Entity> entities) {
        return entities.isEmpty() ? null : entities.get(0);
    }

    private static List<String> texts(List<Candidate> chosen) {
        List<String> texts = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            texts.add(c.text());
        }
        return texts;
    }

    /** Why each bullet was chosen: its score and the entities that earned it, named for the explain view. */
    private static List<Summary.BulletReason> reasons(List<Candidate> chosen, EntityAnalysis analysis) {
        List<Summary.BulletReason> reasons = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            List<String> names = new ArrayList<>();
            for (int e : analysis.bySentence().get(c.sentence().index())) {
                names.add(analysis.entities().get(e).name());
            }
            reasons.add(new Summary.BulletReason(c.sentence().index(), round(c.score()), names));
        }
        return reasons;
    }

    /** The entities the response lists: the most salient, at most {@link #MAX_ENTITIES_SHOWN}. */
    private static List<Summary.EntityView> shown(List<Entity> entities) {
        List<Summary.EntityView> shown = new ArrayList<>();
        for (Entity e : entities.subList(0, Math.min(MAX_ENTITIES_SHOWN, entities.size()))) {
            shown.add(new Summary.EntityView(e.name(), e.kind().name().toLowerCase(Locale.ROOT), round(e.salience()),
                    e.mentions()));
        }
        return shown;
    }

    private static Summary.Source source(Article article) {
        return new Summary.Source(article.url(), article.canonicalUrl(), article.siteName(), article.byline(),
                article.published(), article.language());
    }

    /** Sentence and word counts; the time taken is the caller's to fill in. */
    private static Summary.Stats stats(List<Sentence> sentences) {
        int words = 0;
        for (Sentence s : sentences) {
            words += s.words().size();
        }
        return new Summary.Stats(sentences.size(), words, 0);
    }

    private static double round(double x) {
        return Math.round(x * 10000.0) / 10000.0;
    }
}
