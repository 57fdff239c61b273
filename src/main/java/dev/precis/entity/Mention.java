package dev.precis.entity;

/**
 * One occurrence of a name in the article.
 *
 * @param text      the name as it will be clustered (titles and possessives stripped)
 * @param sentence  index of the sentence it occurs in; -1 for the headline
 * @param paragraph paragraph index; -1 for the headline
 * @param wordIndex position of its first word in the sentence
 * @param kind      what the local evidence says it is (a title before it, a demonym...)
 */
public record Mention(String text, int sentence, int paragraph, int wordIndex, EntityKind kind) {

    public boolean inHeadline() {
        return sentence < 0;
    }
}
