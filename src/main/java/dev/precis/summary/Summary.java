package dev.precis.summary;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer: a headline, bullets in article order, the entities, where the article came from
 * and what it took. {@code explain} is present only when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(String headline, List<String> bullets, List<EntityView> entities, Source source, Stats stats,
        List<BulletReason> explain) {

    public Summary {
        bullets = List.copyOf(bullets);
        entities = List.copyOf(entities);
        explain = explain == null ? null : List.copyOf(explain);
    }

    /** An entity as the response shows it. */
    public record EntityView(String name, String kind, double salience, int mentions) {
    }

    /** Where the article came from; fields the page did not carry are null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Source(String url, String canonicalUrl, String siteName, String byline, String published,
            String language) {
    }

    /** Size of the article and the time the pipeline took. */
    public record Stats(int sentences, int words, long tookMs) {
    }

    /** Why a bullet was chosen: its sentence, its score, the entities that earned it. */
    public record BulletReason(int sentence, double score, List<String> entities) {
    }

    public Summary withTookMs(long ms) {
        return new Summary(headline, bullets, entities, source, new Stats(stats.sentences(), stats.words(), ms),
                explain);
    }

    public Summary withoutExplain() {
        return new Summary(headline, bullets, entities, source, stats, null);
    }
}
