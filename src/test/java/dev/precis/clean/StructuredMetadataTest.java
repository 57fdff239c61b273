package dev.precis.clean;

import static dev.precis.clean.CleanFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Headline, byline and date from structured metadata, on pages written here: the order of trust
 * (JSON-LD, then Dublin Core, then Open Graph and Twitter tags), meta keys as pages spell them, and
 * JSON-LD as templates wrap it.
 */
class StructuredMetadataTest {

    private static final String BODY = CleanFixtures.ALLERGY_STORY;

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdIsTrustedBeforeTheShareTagsItDisagreesWith() {
        Article a = page("<meta property=\"og:title\" content=\"You won't believe these allergy numbers\">"
                + "<meta property=\"article:published_time\" content=\"2024-12-07T12:43:39Z\">"
                + "<meta name=\"author\" content=\"Health Desk\">"
                + ld("{\"@type\":\"NewsArticle\",\"headline\":\"Peanut allergy cases double in a decade\","
                        + "\"datePublished\":\"2024-12-06T22:00:40Z\",\"author\":[{\"@type\":\"Person\",\"name\":"
                        + "\"Stella Kim\"},{\"@type\":\"Person\",\"name\":\"Jennifer Jett\"}]}"),
                BODY);
        assertEquals("Peanut allergy cases double in a decade", a.headline());
        assertEquals("2024-12-06T22:00:40Z", a.published());
        assertEquals("Stella Kim, Jennifer Jett", a.byline());
    }

    @Test
    void jsonLdInACdataSectionIsRead() {
        assertEquals("Peanut allergy cases double in a decade", page(ld("<![CDATA[\n{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Peanut allergy cases double in a decade\"}\n]]>"), BODY).headline());
        assertEquals("Peanut allergy cases double in a decade", page(ld("//<![CDATA[\n{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Peanut allergy cases double in a decade\"}\n//]]>"), BODY).headline());
        assertEquals("{\"a\":1}", MetadataExtractor.withoutCdata("/*<![CDATA[*/{\"a\":1}/*]]>*/"));
        assertEquals("{\"a\":1}", MetadataExtractor.withoutCdata("{\"a\":1}"));
    }

    @Test
    void ofAJsonLdHeadlineAndNameTheOneCoveringMoreOfTheTitleWins() {
        String wiki = "{\"@type\":\"Article\",\"name\":\"New Zealand\",\"headline\":\"constitutional monarchy in Oceania\"}";
        assertEquals("New Zealand", page("<title>New Zealand - Wikipedia</title>" + ld(wiki), BODY).headline());
        String news = "{\"@type\":\"NewsArticle\",\"name\":\"The Courier\",\"headline\":\"Peanut allergy cases double\"}";
        assertEquals("Peanut allergy cases double",
                page("<title>Peanut allergy cases double - The Courier</title>" + ld(news), BODY).headline());
    }

    @Test
    void dublinCoreIsTrustedBeforeOpenGraphAndTheAuthorTag() {
        Article a = page("<meta property=\"og:title\" content=\"A share title\">"
                + "<meta name=\"DC.title\" content=\"Peanut allergy cases double\">"
                + "<meta name=\"author\" content=\"Web Team\"><meta name=\"dc.creator\" content=\"Erin Cunningham\">",
                BODY);
        assertEquals("Peanut allergy cases double", a.headline());
        assertEquals("Erin Cunningham", a.byline());
    }

    @Test
    void aPropertyListingSeveralKeysGivesEachOfThemItsContent() {
        Article a = page("<title>Title Element</title>"
                + "<meta property=\"x:title dc:title\" content=\"Preferred title\">"
                + "<meta property=\"og:title twitter:title\" content=\"A title\">"
                + "<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">", BODY);
        assertEquals("Preferred title", a.headline());
        assertEquals("Creator Name", a.byline());
        assertEquals("A title", page("<meta property=\"og:title  twitter:title\" content=\"A title\">", BODY).headline());
    }

    @Test
    void repeatedCreatorsAreSeveralAuthors() {
        assertEquals("Kooman, F., Jong, Michiel de", page("<meta name=\"DC.Creator\" content=\"Kooman, F.\">"
                + "<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">"
                + "<meta name=\"DC.Creator\" content=\"Kooman, F.\">", BODY).byline());
    }

    @Test
    void aVisibleBylineIsNotTakenFromASidebarAndALongOneIsPassedOver() {
        assertEquals("Nataliya Vasilyeva", page("", "<div role=\"complementary\"><div class=\"followauthor\">"
                + "<span class=\"author-name\">Katie Couric</span></div></div>"
                + "<aside><span class=\"byline\">Matt Bai</span></aside>"
                + "<div class=\"author\">Nataliya Vasilyeva</div>" + BODY).byline());
        assertEquals("Erin Cunningham", page("", "<div class=\"author-bio\">" + "A long note about the author ".repeat(5)
                + "</div><span class=\"byline\">By Erin Cunningham</span>" + BODY).byline());
    }

    @Test
    void jsonLdTextIsUnescapedAndItsAuthorsFoundByReference() {
        Article a = page(ld("{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Allergy cases &#8220;double&#8221;"
                + "&nbsp;in a decade\",\"author\":{\"@id\":\"https://x.example/#/person/1\"}},"
                + "{\"@type\":[\"Person\"],\"@id\":\"https://x.example/#/person/1\",\"name\":\"Lewis White\"}]}"),
                "<aside><p class=\"widget-author\">by Anmol</p></aside>" + BODY);
        assertEquals("Allergy cases \u201cdouble\u201d in a decade", a.headline());
        assertEquals("Lewis White", a.byline());
    }

    @Test
    void aJsonLdHeadlineCutShortIsCompletedFromTheTitleButNotWithTheSiteName() {
        String cut = ld("{\"@type\":\"NewsArticle\",\"headline\":\"Hunter diagnosed with plague after eating a rabbit"
                + " making him third Beijing local to contract\"}");
        assertEquals("Hunter diagnosed with plague after eating a rabbit making him third Beijing local to contract"
                + " medieval disease", page("<title>Hunter diagnosed with plague after eating a rabbit making him third"
                        + " Beijing local to contract medieval disease | Section | The Sun</title>" + cut, BODY).headline());
        String whole = ld("{\"@type\":\"NewsArticle\",\"headline\":\"The Future of Banking Is You're Broke\"}");
        assertEquals("The Future of Banking Is You're Broke",
                page("<title>The Future of Banking Is You're Broke | WIRED</title>" + whole, BODY).headline());
    }

    @Test
    void aDateThatDoesNotParseGivesWayToTheNextSource() {
        assertEquals("2019-11-19T11:21:08Z", page("<meta property=\"article:published_time\" content=\"2019-11-19T11:21:08Z\">"
                + ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"November 19, 2019\"}"), BODY).published());
    }

    @Test
    void aCommentFormsNameFieldIsNoByline() {
        assertEquals(null, page("", BODY + "<form id=\"commentform\"><p class=\"comment-form-author\">"
                + "<label>Name (required)</label><input name=\"author\"></p></form>").byline());
    }

    @Test
    void theCmsAccountThatPostedThePageIsNoByline() {
        Article a = page(ld("{\"@type\":\"NewsArticle\",\"headline\":\"Peanut allergy cases double\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"admin\"}}")
                + "<meta name=\"author\" content=\"Stella Kim\">", BODY);
        assertEquals("Stella Kim", a.byline());
        assertEquals(null, page("<meta name=\"author\" content=\"jsmith\">", BODY).byline());
        assertEquals("AFP", page("<meta name=\"author\" content=\"AFP\">", BODY).byline());
    }

    @Test
    void eachAuthorTagIsJudgedBeforeTheyAreJoined() {
        assertEquals("Jane Doe", page("<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta name=\"author\" content=\"https://facebook.com/janedoe\">", BODY).byline());
        assertEquals("Jane Doe, Sam Roe", page("<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta name=\"author\" content=\"admin\"><meta name=\"author\" content=\"Sam Roe\">", BODY).byline());
    }

    @Test
    void aMetaDateIsTrustedBeforeAVisibleTimeAndDublinCoreBeforeOpenGraph() {
        assertEquals("2020-01-01", page("<meta name=\"DC.date\" content=\"2020-01-01\">",
                "<time datetime=\"2023-05-05\">May 5</time>" + BODY).published());
        assertEquals("2020-01-01", page("<meta name=\"dcterms.issued\" content=\"2020-01-01\">"
                + "<meta property=\"article:published_time\" content=\"2021-02-02\">", BODY).published());
        assertEquals("2023-05-05", page("", "<time datetime=\"2023-05-05\">May 5</time>" + BODY).published());
    }
}
