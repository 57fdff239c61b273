package dev.precis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NameSplitterTest {

    /** The mentions one run of words yields, as "text/KIND@wordIndex". */
    private static List<String> split(String run, EntityKind plainKind) {
        List<MentionExtractor.Word> span = new ArrayList<>();
        for (String w : run.split(" ")) {
            span.add(new MentionExtractor.Word(w, false));
        }
        List<Mention> out = new ArrayList<>();
        new NameSplitter(3, 1, out).emit(span, 10, plainKind);
        List<String> shown = new ArrayList<>();
        for (Mention m : out) {
            assertEquals(3, m.sentence());
            assertEquals(1, m.paragraph());
            shown.add(m.text() + "/" + m.kind() + "@" + m.wordIndex());
        }
        return shown;
    }

    private static List<String> split(String run) {
        return split(run, EntityKind.OTHER);
    }

    @Test
    void aLeadingDemonymIsAPlaceAndTheTitleHeadsAPerson() {
        assertEquals(List.of("Russia/PLACE@10", "Sergey Lavrov/PERSON@13"), split("Russian Foreign Minister Sergey Lavrov"));
    }

    @Test
    void aNameThenOfAndAPlaceIsTwoMentions() {
        assertEquals(List.of("Maria Sharapova/PERSON@10", "Russia/PLACE@13"), split("Maria Sharapova of Russia",
                EntityKind.PERSON));
    }

    @Test
    void aKnownPlaceOfTwoWordsStaysWhole() {
        assertEquals(List.of("Saudi Arabia/PLACE@10"), split("Saudi Arabia"));
    }

    @Test
    void aPlaceJoinedToAParticipleIsThePlaceThenTheRest() {
        assertEquals(List.of("Dubai/PLACE@10", "Emirates Airlines/ORGANIZATION@11"),
                split("Dubai-based Emirates Airlines"));
    }

    @Test
    void hyphenatedPlacesAreEachAPlace() {
        assertEquals(List.of("China/PLACE@10", "Russia/PLACE@10"), split("Sino-Russian"));
    }

    @Test
    void anOrganisationKeepsItsTitleWordsAndATitleAfterItHeadsAPerson() {
        assertEquals(List.of("Supreme Court Justice/ORGANIZATION@10"), split("Supreme Court Justice"));
        assertEquals(List.of("Senate/ORGANIZATION@10", "Bill Frist/PERSON@13"), split("Senate Majority Leader Bill Frist"));
    }

    @Test
    void postnominalsAndLeadingConnectorsAreDropped() {
        assertEquals(List.of("Jimi Heselden/OTHER@10"), split("Jimi Heselden OBE"));
        assertEquals(List.of("United States/PLACE@11"), split("of America"));
    }

    @Test
    void aPlainNameTakesTheKindItIsGiven() {
        assertEquals(List.of("Mao Ning/PERSON@10"), split("Mao Ning", EntityKind.PERSON));
        assertEquals(List.of("Mao Ning/OTHER@10"), split("Mao Ning", EntityKind.OTHER));
    }
}
