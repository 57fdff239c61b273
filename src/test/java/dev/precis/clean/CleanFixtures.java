package dev.precis.clean;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Small pages for the extraction stages' unit tests. */
final class CleanFixtures {

    static final String PROSE = "The city council voted on Monday to approve a network of protected bike"
            + " lanes across the downtown core, after a debate that lasted well into the night.";

    /** Two paragraphs of an article, for tests of what the page around them says. */
    static final String ALLERGY_STORY = "<p>Peanut allergy is one of the most common food allergies in children, and "
            + "doctors say the number of cases has doubled in the past decade across the country.</p>"
            + "<p>Reactions range from a mild rash to anaphylaxis, which can be fatal within minutes if it is not "
            + "treated with an injection of adrenaline.</p>";

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    private CleanFixtures() {
    }

    /** {@code paragraphs} numbered paragraphs of {@link #PROSE}. */
    static String story(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>").append(i).append(". ").append(PROSE).append("</p>");
        }
        return sb.toString();
    }

    /** The article cleaned from a page of {@code head} and {@code body}. */
    static Article page(String head, String body) {
        return CLEANER.fromHtml("<html><head>" + head + "</head><body>" + body + "</body></html>", null);
    }

    /** Six headline links of a latest-stories list, as a blog's sidebar sets them beside a story. */
    static String latestStories() {
        StringBuilder list = new StringBuilder("<div class=\"latest\"><h3>Latest stories</h3><ul>");
        for (String h : List.of("Pound rises after the Bank of England decision", "Mortgage rates fall for a third week",
                "Retail sales beat forecasts in the run-up to Christmas", "Factory output shrinks for the sixth month",
                "House prices edge up in the north of England", "Unemployment holds steady at four percent")) {
            list.append("<li><a href=\"/r\">").append(h).append("</a></li>");
        }
        return list.append("</ul></div>").toString();
    }

    static Element body(String html) {
        return Jsoup.parse(html).body();
    }
}
