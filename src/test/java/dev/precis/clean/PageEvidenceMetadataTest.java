package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Headline and byline from the page's own evidence when it has no structured metadata, on pages
 * written here: the title confirmed by a heading, a section label or greeting passed over, meta
 * tags printed in the body, Dublin Core and visible bylines.
 */
class PageEvidenceMetadataTest {

    private static final String BODY = CleanFixtures.ALLERGY_STORY;

    @Test
    void aHeadingTheTitleRepeatsIsTheHeadline() {
        Article a = page("<title>Peanut allergy cases double in a decade | Health News</title>",
                "<h1>Peanut allergy cases double in a decade</h1>" + BODY);
        assertEquals("Peanut allergy cases double in a decade", a.headline());
    }

    @Test
    void aSectionLabelInTheH1LosesToAHeadlineLengthTitle() {
        Article a = page("<title>Peanut allergy cases double in a decade - Health News</title>",
                "<h1>Allergies Health Center</h1>" + BODY);
        assertEquals("Peanut allergy cases double in a decade", a.headline());
    }

    @Test
    void aTitleThatIsOnlyTheSiteNameLosesToTheH1AndAGreetingIsNoHeadline() {
        assertEquals("Peanut allergy cases double in a decade",
                page("<title>The Courier</title>", "<h1>Peanut allergy cases double in a decade</h1>" + BODY).headline());
        assertEquals("Notes on peanut allergy research today",
                page("<title>Notes on peanut allergy research today</title>", "<h1>Hi, I'm Nicolas.</h1>" + BODY)
                        .headline());
    }

    @Test
    void metaTagsPrintedInTheBodyAreRead() {
        Article a = page("<title>x</title>", "<meta property=\"og:title\" content=\"Peanut allergy cases double\">"
                + "<meta property=\"article:published_time\" content=\"2015-07-10 09:53:00 -0400\">"
                + "<meta property=\"article:author\" content=\"Laura June\">" + BODY);
        assertEquals("Peanut allergy cases double", a.headline());
        assertEquals("2015-07-10", a.published());
        assertEquals("Laura June", a.byline());
    }

    @Test
    void dublinCoreAndVisibleBylines() {
        assertEquals("Jong, Michiel de", page("<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">", BODY).byline());
        assertEquals("Erin Cunningham",
                page("", "<span class=\"pb-byline\">By <a href=\"/p/ec\">Erin Cunningham</a></span>" + BODY).byline());
        assertEquals(null, page("", "<div class=\"author\">" + "A very long paragraph about the author ".repeat(5)
                + "</div>" + BODY).byline());
    }
}
