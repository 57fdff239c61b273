package dev.precis.entity;

/**
 * The weights that turn an entity's features into its salience; {@link #DEFAULT} holds the
 * ones in use (see {@link EntityHeuristics} for why each exists). Evaluation builds others to fit them.
 *
 * @param mentions          per log(1 + mention count)
 * @param firstMention      for being introduced early, 1 / (1 + decay * first sentence)
 * @param firstMentionDecay how fast that bonus fades, per sentence
 * @param headline          for being named in the headline
 * @param subject           per log(1 + mentions), times the share of mentions in subject position
 * @param spread            for the share of paragraphs that mention it
 * @param knownKind         for being a person, place or organisation rather than some other capitalised word
 * @param mentionShare      for the share of all the article's name mentions that are this entity's
 * @param bareAcronym       taken off an acronym the article never spells out ("UTC", "AFP", "CIA")
 */
public record SalienceWeights(double mentions, double firstMention, double firstMentionDecay, double headline,
        double subject, double spread, double knownKind, double mentionShare, double bareAcronym) {

    /** The weights in use. */
    public static final SalienceWeights DEFAULT = new SalienceWeights(EntityHeuristics.W_MENTIONS,
            EntityHeuristics.W_FIRST_MENTION, EntityHeuristics.FIRST_MENTION_DECAY, EntityHeuristics.W_HEADLINE,
            EntityHeuristics.W_SUBJECT, EntityHeuristics.W_SPREAD, EntityHeuristics.W_KNOWN_KIND,
            EntityHeuristics.W_MENTION_SHARE, EntityHeuristics.W_BARE_ACRONYM);
}
