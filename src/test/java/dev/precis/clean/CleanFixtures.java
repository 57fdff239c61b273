package dev.precis.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Small pages for the extraction stages' unit tests. */
final class CleanFixtures {

    static final String PROSE = "The city council voted on Monday to approve a network of protected bike"
            + " lanes across the downtown core, after a debate that lasted well into the night.";

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

    static Element body(String html) {
        return Jsoup.parse(html).body();
    }
}
