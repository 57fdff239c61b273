package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The share of an element's text inside links. */
class LinkDensityTest {

    @Test
    void noLinksIsZeroAndAllLinksIsOne() {
        assertEquals(0.0, LinkDensity.of(body("<p>no links here at all</p>")), 1e-9);
        assertEquals(1.0, LinkDensity.of(body("<p><a href=/x>all of it</a></p>")), 1e-9);
        assertEquals(0.0, LinkDensity.of(body("")), 1e-9);
    }

    @Test
    void charactersAreCountedWithEachRunOfWhitespaceAsOne() {
        // "abcd " is 5 characters outside the link, "efgh" 4 inside: 4 of 9.
        assertEquals(4.0 / 9, LinkDensity.of(body("<p>abcd   \n <a href=/x>efgh</a></p>")), 1e-9);
        assertEquals(4.0 / 9, LinkDensity.of(body("<p>abcd&nbsp;&nbsp;<a href=/x>efgh</a></p>")), 1e-9);
    }
}
