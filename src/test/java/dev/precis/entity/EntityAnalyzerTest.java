package dev.precis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.precis.clean.Article;
import dev.precis.clean.ArticleCleaner;
import dev.precis.testing.Samples;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

class EntityAnalyzerTest {

    private final EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor());
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    private EntityAnalysis analyze(String headline, List<String> paragraphs) {
        return analyzer.analyze(headline, splitter.split(paragraphs), paragraphs.size());
    }

    private static Optional<Entity> find(EntityAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private EntityAnalysis seed() {
        Article article = new ArticleCleaner().fromText(Samples.text("seed-article.txt"));
        return analyze(article.headline(), article.paragraphs());
    }

    @Test
    void saliencesAreSharesSummingToOne() {
        EntityAnalysis a = seed();
        double sum = a.entities().stream().mapToDouble(Entity::salience).sum();
        assertEquals(1.0, sum, 1e-9);
        a.entities().forEach(e -> assertTrue(e.salience() >= 0 && e.salience() <= 1));
    }

    @Test
    void titlesAreStrippedAndSurnamesJoinTheirPerson() {
        EntityAnalysis a = seed();
        Entity campbell = find(a, "Kurt Campbell").orElseThrow();
        assertTrue(campbell.aliases().contains("Campbell"), campbell.aliases().toString());
        assertEquals(EntityKind.PERSON, campbell.kind());
        Entity lavrov = find(a, "Sergey Lavrov").orElseThrow();
        assertTrue(lavrov.aliases().contains("Lavrov"));
        Entity xi = find(a, "Xi Jinping").orElseThrow();
        assertEquals(3, xi.mentions());
        assertFalse(find(a, "Campbell").isPresent());
        assertFalse(find(a, "Lavrov").isPresent());
        assertFalse(find(a, "President Xi Jinping").isPresent());
    }

    @Test
    void namesakesStayApart() {
        EntityAnalysis a = seed();
        assertNotNull(find(a, "Mao Ning").orElse(null));
        assertNotNull(find(a, "Mao Zedong").orElse(null));
    }

    @Test
    void demonymsCountForTheirPlace() {
        EntityAnalysis a = analyze(null, List.of("Chinese officials met Russian diplomats in Geneva on Monday."));
        Entity china = find(a, "China").orElseThrow();
        assertEquals(EntityKind.PLACE, china.kind());
        assertTrue(find(a, "Russia").isPresent());
    }

    @Test
    void sentenceInitialCapitalsAreNotNames() {
        EntityAnalysis a = analyze(null, List.of("Analysts say the market will recover soon.",
                "Yesterday the index rose by two percent."));
        assertTrue(a.entities().isEmpty(), a.entities().toString());
    }

    @Test
    void acronymsJoinTheirExpansion() {
        EntityAnalysis a = analyze(null, List.of(
                "The North Atlantic Treaty Organization met in Brussels on Tuesday.",
                "Officials said NATO would expand its presence in the region."));
        Entity nato = find(a, "North Atlantic Treaty Organization").orElseThrow();
        assertTrue(nato.aliases().contains("NATO"));
    }

    @Test
    void eachSentenceKnowsItsEntities() {
        EntityAnalysis a = seed();
        List<Integer> first = a.bySentence().get(0);
        List<String> names = first.stream().map(i -> a.entities().get(i).name()).toList();
        assertTrue(names.containsAll(List.of("China", "Russia")), names.toString());
    }

    @Test
    void quotationOpenersAndCalendarWordsAreNotNames() {
        EntityAnalysis a = analyze(null, List.of(
                "Foreign Minister Sergey Lavrov met Wang Yi on Tuesday in Beijing.",
                "Lavrov said: “If the talks fail, Moscow will respond.”"));
        List<String> names = a.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Wang Yi"), names.toString());
        assertFalse(names.contains("Wang Yi on Tuesday"), names.toString());
        assertFalse(names.contains("If"), names.toString());
    }

    private List<String> names(String... paragraphs) {
        return analyze(null, List.of(paragraphs)).entities().stream().map(Entity::name).toList();
    }

    @Test
    void functionWordsNeverBecomeNamesEvenWhereTheyAreCapitalisedInside() {
        List<String> names = names("Delegates from The Gambia arrived on Monday in Banjul for the talks.",
                "The talks began late. It was cold. We waited. But In the end FOR the record they met.");
        assertTrue(names.contains("Gambia"), names.toString());
        for (String word : List.of("The", "It", "We", "But", "In", "FOR", "The Gambia")) {
            assertFalse(names.contains(word), word + " in " + names);
        }
    }

    @Test
    void namesStopAtCalendarWordsFunctionWordsAndLineBreaks() {
        List<String> names = names("Officials told state television Saturday Iranian negotiators had replied.",
                "The quake struck the Kamchatka Peninsula The Interfax agency said.",
                "The deal was signed by Harbourline Energy\nHarbourline Energy Ltd will pay in cash.");
        assertTrue(names.contains("Iran"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Saturday")), names.toString());
        assertTrue(names.contains("Kamchatka Peninsula"), names.toString());
        assertTrue(names.contains("Interfax"), names.toString());
        assertTrue(names.contains("Harbourline Energy Ltd"), names.toString());
        assertFalse(names.contains("Harbourline Energy Harbourline Energy Ltd"), names.toString());
    }

    @Test
    void companySuffixesStayWithTheirName() {
        EntityAnalysis a = analyze(null, List.of("Acme Corp said on Monday it would cut 200 jobs.",
                "Harbourline Energy Ltd agreed to buy a rival."));
        assertEquals(EntityKind.ORGANIZATION, find(a, "Acme Corp").orElseThrow().kind());
        assertTrue(find(a, "Harbourline Energy Ltd").isPresent());
        assertFalse(find(a, "Corp").isPresent());
    }

    @Test
    void aDemonymDoesNotSplitAMultiWordName() {
        EntityAnalysis a = analyze(null, List.of("The European Union sent ships to the Indian Ocean.",
                "Russian Foreign Minister Sergey Lavrov objected."));
        assertTrue(find(a, "European Union").isPresent());
        assertEquals(EntityKind.PLACE, find(a, "Indian Ocean").orElseThrow().kind());
        assertFalse(find(a, "Union").isPresent());
        assertTrue(find(a, "Russia").isPresent());
        assertTrue(find(a, "Sergey Lavrov").isPresent());
    }

    @Test
    void titlesAreStrippedInGermanFrenchAndSpanish() {
        List<String> names = names("Oberbürgermeisterin Sabine Kühn eröffnete am Montag die Messe in Leipzig.",
                "Hier sprach auch Ministre Jean Dupont, und Presidenta Ana García kam aus Madrid.");
        assertTrue(names.contains("Sabine Kühn"), names.toString());
        assertTrue(names.contains("Jean Dupont"), names.toString());
        assertTrue(names.contains("Ana García"), names.toString());
    }

    @Test
    void theGazetteerAndHonorificsGiveKinds() {
        EntityAnalysis a = analyze(null, List.of("Voters in Ohio went to the polls on Tuesday.",
                "Mr Docherty was charged in Auckland."));
        assertEquals(EntityKind.PLACE, find(a, "Ohio").orElseThrow().kind());
        assertEquals(EntityKind.PLACE, find(a, "Auckland").orElseThrow().kind());
        assertEquals(EntityKind.PERSON, find(a, "Docherty").orElseThrow().kind());
    }

    @Test
    void aPlaceOfOriginIsSplitFromTheNameItFollows() {
        List<String> names = names("Former champion Maria Sharapova of Russia lost in the second round.",
                "Sharapova said she would return. The Bank of England and the Order of Canada were unmoved.");
        assertTrue(names.contains("Maria Sharapova"), names.toString());
        assertTrue(names.contains("Russia"), names.toString());
        assertFalse(names.contains("Maria Sharapova of Russia"), names.toString());
        assertFalse(names.contains("Sharapova"), names.toString());
        assertTrue(names.contains("Bank of England"), names.toString());
        assertTrue(names.contains("Order of Canada"), names.toString());
    }

    @Test
    void aTitleAfterAnOrganisationHeadsAPersonAndATitlesPortfolioIsNoName() {
        EntityAnalysis a = analyze(null, List.of("On Monday Senate Majority Leader Bill Frist backed the bill.",
                "The bill went to the Supreme Court Justice department and to Minister for Foreign Affairs Kim.",
                "Jack Weil, founder and CEO of Rockmount Ranch Wear, died."));
        assertEquals(EntityKind.PERSON, find(a, "Bill Frist").orElseThrow().kind());
        assertTrue(find(a, "Senate").isPresent());
        assertTrue(find(a, "Supreme Court Justice").isPresent());
        assertEquals(EntityKind.PERSON, find(a, "Kim").orElseThrow().kind());
        assertFalse(a.entities().stream().anyMatch(e -> e.name().startsWith("for ")), a.entities().toString());
        assertFalse(find(a, "Rockmount Ranch Wear").orElseThrow().kind() == EntityKind.PERSON);
    }

    @Test
    void aKnownPlaceOpeningASentenceKeepsItsFirstWord() {
        List<String> names = names("United States air carrier Continental Airlines was charged on Monday.");
        assertTrue(names.contains("United States"), names.toString());
        assertFalse(names.contains("States"), names.toString());
    }

    @Test
    void aNameJoinsItsHeadedFormInitialsAndKoreanFamilyName() {
        EntityAnalysis a = analyze(null, List.of("Rockets were fired from the Gaza Strip on Monday.",
                "Residents of Gaza fled as the Shas Party left the coalition. Later Shas returned.",
                "The New South Wales parliament met; the NSW upper house did not.",
                "North Korea's envoy, Han Sang-ryol, spoke. Han said talks would go on."));
        assertEquals(2, find(a, "Gaza Strip").orElseThrow().mentions());
        assertFalse(find(a, "Gaza").isPresent());
        assertEquals(2, find(a, "Shas Party").orElseThrow().mentions());
        assertTrue(find(a, "New South Wales").orElseThrow().aliases().contains("NSW"));
        assertEquals(2, find(a, "Han Sang-ryol").orElseThrow().mentions());
    }

    @Test
    void aPluralDemonymCountsForItsPlace() {
        EntityAnalysis a = analyze(null, List.of("Iranians voted on Friday.", "Officials in Iran counted the votes."));
        assertEquals(2, find(a, "Iran").orElseThrow().mentions());
        assertFalse(find(a, "Iranians").isPresent());
    }

    @Test
    void wikiItalicsContractionsTimeZonesAndCurrencyCodesAreNotNames() {
        List<String> names = names("The ''Toronto Star'' said the launch was at 10:00 UTC and cost 5 million USD.",
                "\"We're ready. We're not going back,\" the crew said, and the launch went ahead.");
        assertTrue(names.contains("Toronto Star"), names.toString());
        for (String word : List.of("Toronto Star''", "UTC", "USD", "We're")) {
            assertFalse(names.contains(word), word + " in " + names);
        }
    }

    @Test
    void aPlaceBeforeAParticipleIsAPlaceAndADemonymBeforeOneIsNot() {
        List<String> names = names("The Norway-led base in Faryab was attacked.",
                "Passengers flew with Dubai-based Emirates Airlines; French-speaking Walloon towns voted.");
        assertTrue(names.contains("Norway"), names.toString());
        assertTrue(names.contains("Dubai"), names.toString());
        assertTrue(names.contains("Emirates Airlines"), names.toString());
        assertFalse(names.contains("France"), names.toString());
    }

    @Test
    void honoursAfterANameAndPartyLabelsBeforeItAreNotPartOfIt() {
        EntityAnalysis a = analyze(null, List.of("On Tuesday Christine O'Donnell won.",
                "The Republican O'Donnell will face Democrat Christopher A. Coons, and Jimi Heselden OBE spoke."));
        assertEquals(2, find(a, "Christine O'Donnell").orElseThrow().mentions());
        assertTrue(find(a, "Christopher A Coons").isPresent(), a.entities().toString());
        assertTrue(find(a, "Jimi Heselden").isPresent(), a.entities().toString());
    }

    @Test
    void aDottedClubSuffixAndAnAcronymFindTheirOrganisation() {
        EntityAnalysis a = analyze(null, List.of("Kilmarnock F.C. beat Hibernian on Saturday.",
                "Fans of Kilmarnock cheered. The MTR Corporation said MTR would pay."));
        assertEquals(2, find(a, "Kilmarnock F.C.").orElseThrow().mentions());
        assertEquals(EntityKind.ORGANIZATION, find(a, "Kilmarnock F.C.").orElseThrow().kind());
        assertEquals(2, find(a, "MTR Corporation").orElseThrow().mentions());
    }

    @Test
    void aMiddleInitialKeepsASentenceOpeningGivenName() {
        List<String> names = names("Jack A. Weil, founder of Rockmount Ranch Wear, died on Monday.");
        assertTrue(names.contains("Jack A Weil"), names.toString());
    }

    /** Weights with every feature off but the ones a test sets. */
    private static SalienceWeights only(double knownKind, double mentionShare, double bareAcronym) {
        return new SalienceWeights(0, 0, 0.25, 0, 0, 0, knownKind, mentionShare, bareAcronym);
    }

    @Test
    void theMentionShareIsACountMeasuredAgainstTheArticle() {
        EntityAnalyzer shares = new EntityAnalyzer(new MentionExtractor(), only(0, 1, 0));
        EntityAnalysis a = shares.analyze(null, splitter.split(List.of(
                "Acme Corp met Globex Corp on Monday.", "The deal was signed by Acme Corp.")), 2);
        assertEquals(2.0 / 3, find(a, "Acme Corp").orElseThrow().salience(), 1e-9);
        assertEquals(1.0 / 3, find(a, "Globex Corp").orElseThrow().salience(), 1e-9);
    }

    @Test
    void anAcronymNeverSpelledOutLosesTheBareAcronymWeight() {
        EntityAnalyzer penalised = new EntityAnalyzer(new MentionExtractor(), only(1, 0, 0.5));
        EntityAnalysis a = penalised.analyze(null, splitter.split(List.of(
                "Acme Corp told the NHTSA on Monday that the North Atlantic Treaty Organization had called.",
                "NATO said so.")), 2);
        double acme = find(a, "Acme Corp").orElseThrow().salience();
        assertEquals(acme / 2, find(a, "NHTSA").orElseThrow().salience(), 1e-9);
        assertEquals(acme, find(a, "North Atlantic Treaty Organization").orElseThrow().salience(), 1e-9);
    }
}
