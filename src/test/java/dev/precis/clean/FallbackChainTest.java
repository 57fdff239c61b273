package dev.precis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/** The cascade's steps one at a time: which step keeps a page's text, and when none does. */
class FallbackChainTest {

    private final FallbackChain chain = new FallbackChain(new Pruner(Pruner.Names.IGNORED), new ContentScorer(),
            new IndexDetector(), new ParagraphCollector(), new BoilerplateFilter());
    private final Pruner pruner = new Pruner();
    private final ContentScorer scorer = new ContentScorer();

    private static final PageMetadata NO_METADATA = new PageMetadata(null, null, null, null, null, null, null);

    private FallbackChain.Result run(String html) {
        Element body = Jsoup.parse(html).body();
        return chain.run(body, scorer.mainContent(body, pruner.prune(body)), NO_METADATA, () -> null);
    }

    @Test
    void anArticleComesFromTheMainContent() {
        String p = "<p>The council voted on Monday to approve a network of protected bike lanes across the downtown "
                + "core, after a debate that lasted well into the night.</p>";
        FallbackChain.Result r = run("<div class=\"story\">" + p + p.replace("Monday", "Tuesday") + "</div>");
        assertEquals(FallbackChain.Step.MAIN_CONTENT, r.step());
        assertEquals(2, r.paragraphs().size());
    }

    @Test
    void aOneLinePostBesideAListOfHeadlinesIsKept() {
        FallbackChain.Result r = run("<div id=\"post\"><div class=\"entry\"><img src=\"a.jpg\">"
                + "<p>Repurposing food as art is creative, and these sculptures prove it.</p></div></div>"
                + CleanFixtures.latestStories());
        assertEquals(FallbackChain.Step.SHORT_POST, r.step());
        assertEquals(List.of("Repurposing food as art is creative, and these sculptures prove it."), r.paragraphs());
    }

    @Test
    void aPageOfOnlyLinksIsStillRefused() {
        PrecisException e = assertThrows(PrecisException.class, () -> run("<div><p><a href=/a>Welcome to our "
                + "site</a> <a href=/b>Encyclopedia</a> <a href=/c>Chess clocks</a></p></div>"));
        assertEquals(ErrorCode.NOT_AN_ARTICLE, e.code());
    }

    private FallbackChain.Result runWithRetry(String html) {
        Element body = Jsoup.parse(html).body();
        return chain.run(body, scorer.mainContent(body, pruner.prune(body)), NO_METADATA,
                () -> Jsoup.parse(html).body());
    }

    private static final String SENTENCE = "The festival opens this weekend in Singapore, and there will be plenty "
            + "of merchandise, from figures to posters, for the visitors who queue early.";

    @Test
    void anArticleSetInElementsWithAClutterNameIsFoundByTheRetryIgnoringNames() {
        StringBuilder html = new StringBuilder("<div class=\"post-body\"><h2>Merchandise</h2><p>Posted on Wednesday</p>");
        for (int i = 0; i < 4; i++) {
            html.append("<div class=\"caption-image\"><img src=\"").append(i).append(".jpg\"><p>").append(i)
                    .append(". ").append(SENTENCE).append("</p></div>");
        }
        FallbackChain.Result r = runWithRetry(html.append("</div>").toString());
        assertEquals(FallbackChain.Step.IGNORING_NAMES, r.step());
        assertEquals(6, r.paragraphs().size(), r.paragraphs().toString());
    }

    @Test
    void theRetryIgnoringNamesDoesNotTradeAShortPostForItsComments() {
        StringBuilder html = new StringBuilder("<div class=\"entry\"><p>A short note on the festival, with a picture.</p>"
                + "</div><div class=\"comments\">");
        for (int i = 0; i < 4; i++) {
            html.append("<div class=\"comment\"><p>").append(i).append(". ").append(SENTENCE).append("</p></div>");
        }
        FallbackChain.Result r = runWithRetry(html.append("</div>").toString());
        assertEquals(FallbackChain.Step.SHORT_POST, r.step());
        assertEquals(List.of("A short note on the festival, with a picture."), r.paragraphs());
        assertFalse(FallbackChain.keepsMostOf(List.of(SENTENCE), List.of("A short note on the festival.")));
        assertTrue(FallbackChain.keepsMostOf(List.of("Posted on Wednesday", SENTENCE), List.of("Posted on Wednesday")));
    }

    @Test
    void anErrorPageIsRefused() {
        PrecisException e = assertThrows(PrecisException.class, () -> run("<div><h1>404 : Page Not Found</h1></div>"));
        assertEquals(ErrorCode.NOT_AN_ARTICLE, e.code());
        for (String error : List.of("The page you requested could not be found.", "Error 404 - Not Found",
                "The page you are looking for doesn't exist.", "Sorry, this page can't be found.",
                "It looks like nothing was found at this location.")) {
            assertTrue(FallbackChain.isSiteNotice(List.of(error), null), error);
        }
        assertFalse(FallbackChain.isSiteNotice(List.of("404 people attended the rally on Sunday."), null));
    }

    @Test
    void noRescueKeepsTheSiteTalking() {
        for (String notice : List.of("Access denied. You do not have permission to access this page.",
                "Please enable cookies to continue.", "You need to enable JavaScript to run this app.",
                "You must enable JavaScript to use this site.", "JavaScript is required to use this site.",
                "Checking your browser before accessing the site.", "Verifying you are human. This may take a few seconds.",
                "Just a moment...", "403 Forbidden", "This site uses cookies.", "We use cookies to improve your experience.",
                "© 2024 Example Media Ltd. All rights reserved.",
                "We are currently down for maintenance. We will be back shortly.", "Coming soon!", "Loading...")) {
            assertTrue(FallbackChain.isSiteNotice(List.of(notice), null), notice);
            assertThrows(PrecisException.class, () -> run("<div><p>" + notice + "</p></div>"), notice);
        }
        // A page whose headline says it is missing keeps nothing either (a soft 404 in WordPress).
        PageMetadata missing = new PageMetadata("Nothing Found", null, null, null, null, null, null);
        Element body = Jsoup.parse("<div><p>It seems we can not find what you are looking for. Perhaps searching can "
                + "help. Try one of the links below.</p></div>").body();
        assertThrows(PrecisException.class,
                () -> chain.run(body, scorer.mainContent(body, pruner.prune(body)), missing, () -> null));
        // A short real post is no notice.
        for (String post : List.of("Access to the beach was denied to walkers on Sunday.",
                "Forbidden City reopens to visitors after the storm.", "The cookies we baked for the fair sold out by noon.")) {
            assertFalse(FallbackChain.isSiteNotice(List.of(post), null), post);
        }
    }

    @Test
    void aShortPostNeedsAFewWords() {
        assertThrows(PrecisException.class, () -> run("<div><p>Getty Images</p></div>"));
        assertEquals(FallbackChain.Step.SHORT_POST, run("<div><p>Sunset over the harbour wall</p></div>").step());
    }

    @Test
    void anEmptyPageIsRefused() {
        assertThrows(PrecisException.class, () -> run("<div id=\"root\"></div>"));
    }

    @Test
    void theLabelsClosingTheArticleAreLeftOut() {
        String second = CleanFixtures.PROSE.replace("Monday", "Tuesday");
        FallbackChain.Result r = run("<div><p>" + CleanFixtures.PROSE + "</p><p>" + second
                + "</p><p>Next »</p><p>Story tools</p><p>Most popular stories</p></div>");
        assertEquals(List.of(CleanFixtures.PROSE, second), r.paragraphs());
        // A closing line that ends a sentence stays, and so does a text of nothing but labels.
        assertEquals(List.of("A line.", "Ends here."), FallbackChain.withoutTrailingLabels(List.of("A line.", "Ends here.")));
        assertEquals(List.of("Home", "Sports"), FallbackChain.withoutTrailingLabels(List.of("Home", "Sports")));
    }
}
