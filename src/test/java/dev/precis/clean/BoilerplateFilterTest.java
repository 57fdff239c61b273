package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    @Test
    void theArticleEndsWhereTheReaderCommentsBegin() {
        String a = "Comedian Russell Brand is set to take over the house in an attempt to save the show from its "
                + "disappointing viewing figures, producers said on Monday.";
        String b = "Only 3.1m viewers tuned in, compared with last year's figure of 7.1m.";
        for (String header : List.of("Reader views (5)", "Comments", "12 comments", "Add your comment",
                "Leave a Reply", "Have your say", "Have your say about this article", "Comments are closed.",
                "Comments are now closed for this story")) {
            assertEquals(List.of(a, b), filter.filter(List.of(a, b, header, "I have watched every series.", "- Louise")),
                    header);
        }
        // Before the article has begun, a "Comments" line is a menu entry, not the thread.
        assertEquals(List.of("Comments", a), filter.filter(List.of("Comments", a)));
        // A sentence about comments is prose.
        assertEquals(List.of(a, "Comments were closed after the vote, the council said.", b),
                filter.filter(List.of(a, "Comments were closed after the vote, the council said.", b)));
    }

    @Test
    void removesInsertsPromptsAndTheOpeningDateline() {
        List<String> kept = filter.filter(List.of("BEIJING (Reuters) - The talks resumed on Monday.",
                "See also: Five things to know about the talks", "Follow us on Twitter for more.",
                "This article was generated from a syndicated feed and has not been edited by our staff.",
                "The delegations met for six hours."));
        assertEquals(List.of("The talks resumed on Monday.", "The delegations met for six hours."), kept);
        BoilerplateFilter.Filtered walled = filter.filterNotingWalls(List.of("The opening paragraph of the story.",
                "Subscribe now to continue reading this story."));
        assertTrue(walled.wall());
    }

    /** Patterns anchored with "^" are tried at the start only: that must give what find() gives. */
    @Test
    void anchoredPatternsMatchAsFindWould() {
        List<Pattern> all = new ArrayList<>(CleanHeuristics.BOILERPLATE_LINES);
        all.addAll(CleanHeuristics.WALL_LINES);
        long anchored = all.stream().filter(p -> p.pattern().replaceFirst("^\\(\\?i\\)", "").startsWith("^")).count();
        assertEquals(anchored, BoilerplateFilter.ANCHORED.size());
        assertEquals(all.size() - 3, BoilerplateFilter.ANCHORED.size()); // two disclaimers and one wall line float
        List<String> lines = List.of("See also: the talks", "Read more about it", "x See also: the talks",
                "Follow us on Twitter", "We follow us on", "Photo: Reuters", "NEW DELHI:", "Advertisement",
                "– Ongoing support –", "Sign up for our newsletter today", "Subscribe to continue reading",
                "Already a subscriber? Log in", "You have read your 3 free articles", "Plain prose sentence here.");
        for (Pattern p : BoilerplateFilter.ANCHORED) {
            for (String line : lines) {
                assertEquals(p.matcher(line).find(), p.matcher(line).lookingAt(), p + " on " + line);
            }
        }
    }

    /**
     * Whitespace normalizing copies text only from the first character out of place: on
     * random strings of letters, spaces of every kind and control characters it must give
     * what the plain character-by-character rule gives.
     */
    @Test
    void normalizingFromTheFirstOddCharacterMatchesThePlainRule() {
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u0000',
            '\u0001', '\u007f', '\u0085', 'é', '“'};
        java.util.Random random = new java.util.Random(7);
        List<String> samples = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", "a  b", "a \u00a0b",
                "a \u0001b", "a\u0001 b", "plain words only"));
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int len = random.nextInt(12); len > 0; len--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            samples.add(sb.toString());
        }
        for (String sample : samples) {
            assertEquals(plainNormalize(sample), BoilerplateFilter.normalizeSpace(sample), () -> sample.chars()
                    .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
        }
    }

    /** The rule spelled out: every kind of space is one plain space between words; controls go. */
    private static String plainNormalize(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                    || (c >= 0x1c && c <= 0x1f)) {
                space = sb.length() > 0;
            } else if (!Character.isISOControl(c)) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void aPhotoCreditGluedAfterTheLastSentenceIsDropped() {
        String sentence = "The sun sets over the bay on Tuesday evening.";
        for (String credit : List.of("Photo: Jo Smith", "Photo: Jo Smith/Reuters", "(Photo: AP)", "Credit: Getty Images",
                "Image credit: NASA/JPL", "PHOTOS: Ann Lee")) {
            assertEquals(sentence, BoilerplateFilter.withoutTrailingCredit(sentence + " " + credit), credit);
        }
        // Prose that mentions a photo, or a colon inside a sentence, stays whole.
        for (String p : List.of("She said the photo: it was taken on Tuesday.", "He showed the video: a short clip of the bay",
                "Photo: Jo Smith", "The agency's caption read as follows: a storm over the bay")) {
            assertEquals(p, BoilerplateFilter.withoutTrailingCredit(p), p);
        }
        assertEquals(List.of(sentence), filter.filter(List.of(sentence + " Photo: Jo Smith")));
    }
}
