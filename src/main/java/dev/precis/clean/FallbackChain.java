package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.text.Chars;
import dev.precis.text.Whitespace;

/**
 * The cascade from a pruned page to its article's paragraphs, each step named (after trafilatura's
 * documented cascade), each tried only when the ones before found less than an article
 * ({@code MIN_ARTICLE_CHARS}, {@code MIN_ARTICLE_WORDS}):
 * <ol>
 * <li>main content: the paragraphs of the container the scorer chose (the caller has refused it if
 * it lists other articles);</li>
 * <li>alternatives, the first that keeps an article's worth of text winning: the page's own JSON-LD
 * {@code articleBody}; the main extractor again on a fresh parse with class and id names removing
 * nothing (Readability.js's retry), when it keeps most of what the first try found; the whole body,
 * unless it lists other articles;</li>
 * <li>baseline rescues, which keep a short text rather than refuse it: a short article (two
 * sentences, a dozen words) from the main content, the structured body or the whole body; then a
 * short post (a few words of the main content that are not mostly links).</li>
 * </ol>
 * No rescue keeps the site talking ({@code SITE_NOTICE_LINES}: an error page, a browser check, a
 * cookie banner, a copyright line). The page is refused only where no step finds anything: an index,
 * a notice, nothing but links, or nothing at all. (A wall is the caller's test, on what the chain kept.)
 */
final class FallbackChain {

    /** The step whose paragraphs became the article. */
    enum Step {
        /** The main extractor's container and the siblings that joined it. */
        MAIN_CONTENT,
        /** The page's own structured data (JSON-LD {@code articleBody}). */
        STRUCTURED_BODY,
        /** The main extractor again on a fresh copy of the page, class and id names removing nothing. */
        IGNORING_NAMES,
        /** The whole body, when the main content was too short and the body is no index. */
        WHOLE_BODY,
        /** Rescue: a few sentences (main content, structured body or whole body), when nothing longer is an article. */
        SHORT_ARTICLE,
        /** Rescue: the main content's few lines (a caption, a one-line post), when it is not a list of links. */
        SHORT_POST
    }

    /** What the chain kept, the step that found it, and whether a wall prompt was met on the way. */
    record Result(List<String> paragraphs, Step step, boolean walled) {
    }

    private final Pruner namesIgnored;
    private final ContentScorer scorer;
    private final IndexDetector index;
    private final ParagraphCollector collector;
    private final BoilerplateFilter filter;

    /** {@code namesIgnored} prunes for the retry ({@link Pruner.Names#IGNORED}); the others are the main extractor's. */
    FallbackChain(Pruner namesIgnored, ContentScorer scorer, IndexDetector index, ParagraphCollector collector,
            BoilerplateFilter filter) {
        this.namesIgnored = namesIgnored;
        this.scorer = scorer;
        this.index = index;
        this.collector = collector;
        this.filter = filter;
    }

    /**
     * The article's paragraphs from {@code main} (the main extractor's choice, already known to be no
     * index) and, failing that, from the alternatives and rescues; throws NOT_AN_ARTICLE when every
     * step comes back empty-handed. {@code freshBody} parses the page again (or gives null) for the
     * retry that prunes it differently: {@code body} has been pruned in place.
     */
    Result run(Element body, List<Element> main, PageMetadata meta, Supplier<Element> freshBody) {
        Tried tried = new Tried(meta.headline());
        Result found = mainContent(main, tried);
        if (found == null) {
            found = structuredBody(meta, tried);
        }
        if (found == null) {
            found = ignoringNames(freshBody, tried);
        }
        if (found == null) {
            found = wholeBody(body, tried);
        }
        if (found == null) {
            found = rescue(main, tried);
        }
        if (found != null) {
            return found;
        }
        if (tried.bodyIsIndex) {
            throw IndexDetector.listsArticles();
        }
        throw new PrecisException(ErrorCode.NOT_AN_ARTICLE,
                "the page holds no article text (too little prose outside navigation and clutter, or only a site notice)");
    }

    /** What the steps so far found, for the rescues: one per page, never shared. */
    private static final class Tried {
        final String headline;
        List<String> fromMain = List.of();
        List<String> structured = List.of();
        List<String> whole = List.of();
        boolean walled;
        boolean bodyIsIndex;

        Tried(String headline) {
            this.headline = headline;
        }

        Result keep(List<String> paragraphs, Step step) {
            return new Result(paragraphs, step, walled);
        }
    }

    /** Step 1: the main extractor's container. */
    private Result mainContent(List<Element> main, Tried tried) {
        tried.fromMain = collect(main, tried);
        return isArticleSized(tried.fromMain) ? tried.keep(tried.fromMain, Step.MAIN_CONTENT) : null;
    }

    /** Step 2a: the page's JSON-LD {@code articleBody}. */
    private Result structuredBody(PageMetadata meta, Tried tried) {
        if (meta.structuredBody() == null) {
            return null;
        }
        tried.structured = filter.filter(List.of(meta.structuredBody().split("\\n+")));
        return isArticleSized(tried.structured) ? tried.keep(tried.structured, Step.STRUCTURED_BODY) : null;
    }

    /**
     * Step 2b: the main extractor on a fresh parse, class and id names removing nothing; kept when it
     * holds most of what the first try found (the rest of the article around it). When the first try
     * found nothing there is nothing to anchor it: on the development pages the retry then found a
     * sidebar or a thread (dragnet R101: 272 words, F1 0.04), so it is not taken.
     */
    private Result ignoringNames(Supplier<Element> freshBody, Tried tried) {
        Element fresh = freshBody.get();
        if (fresh == null) {
            return null;
        }
        List<Element> relaxed = scorer.mainContent(fresh, namesIgnored.prune(fresh));
        if (index.isIndex(relaxed)) {
            return null;
        }
        boolean walled = tried.walled;
        List<String> found = collect(relaxed, tried);
        if (isArticleSized(found) && keepsMostOf(found, tried.fromMain)) {
            return tried.keep(found, Step.IGNORING_NAMES);
        }
        tried.walled = walled; // a prompt in text not kept is no wall
        return null;
    }

    /** Step 2c: every paragraph of the page, unless it lists other articles. */
    private Result wholeBody(Element body, Tried tried) {
        tried.bodyIsIndex = index.isIndex(List.of(body));
        if (tried.bodyIsIndex) {
            return null;
        }
        tried.whole = collect(List.of(body), tried);
        return isArticleSized(tried.whole) ? tried.keep(tried.whole, Step.WHOLE_BODY) : null;
    }

    /** Step 3: a short article, else a short post; never a site notice. */
    private Result rescue(List<Element> main, Tried tried) {
        for (List<String> candidate : List.of(tried.fromMain, tried.structured, tried.whole)) {
            if (isRescuable(candidate) && !isSiteNotice(candidate, tried.headline)) {
                return tried.keep(candidate, Step.SHORT_ARTICLE);
            }
        }
        if (isShortPost(main, tried.fromMain) && !isSiteNotice(tried.fromMain, tried.headline)) {
            return tried.keep(tried.fromMain, Step.SHORT_POST);
        }
        return null;
    }

    /** The roots' paragraphs, line clutter and the headline out; a wall prompt among them is noted. */
    private List<String> collect(List<Element> roots, Tried tried) {
        BoilerplateFilter.Filtered filtered = filter.filterNotingWalls(collector.paragraphs(roots));
        tried.walled |= filtered.wall();
        return withoutTrailingLabels(withoutHeadline(filtered.kept(), tried.headline));
    }

    /**
     * The article without the run of labels that closes it: lines of a few words that end no sentence
     * ("Story tools", "Most popular", "Next »", a date) are the page's chrome after the story, left
     * when their links were dropped. A text of nothing but such lines is kept whole.
     */
    static List<String> withoutTrailingLabels(List<String> paragraphs) {
        int end = paragraphs.size();
        while (end > 0 && isLabel(paragraphs.get(end - 1))) {
            end--;
        }
        return end == 0 || end == paragraphs.size() ? paragraphs : paragraphs.subList(0, end);
    }

    private static boolean isLabel(String line) {
        return words(List.of(line)) <= CleanHeuristics.MAX_TRAILING_LABEL_WORDS && !Pruner.endsSentence(line);
    }

    /**
     * True when {@code wider} holds most of {@code narrower}'s text: a retry that found the rest of
     * the article around what the main extractor kept, not another part of the page (a comment thread).
     */
    static boolean keepsMostOf(List<String> wider, List<String> narrower) {
        String joined = String.join("\n", wider);
        int total = 0;
        int kept = 0;
        for (String p : narrower) {
            total += p.length();
            if (joined.contains(p)) {
                kept += p.length();
            }
        }
        return total > 0 && kept >= total * CleanHeuristics.MIN_RETRY_KEPT_SHARE;
    }

    /**
     * A post of a few lines (a caption under a picture, a one-line note): a few words, in a main content
     * that is not mostly links (a menu, a parked domain's link list).
     */
    static boolean isShortPost(List<Element> main, List<String> paragraphs) {
        return words(paragraphs) >= CleanHeuristics.MIN_SHORT_POST_WORDS
                && linkDensity(main) < CleanHeuristics.MAX_SHORT_POST_LINK_DENSITY;
    }

    /** Share of the roots' text inside links, each root weighted by its length. */
    private static double linkDensity(List<Element> roots) {
        double links = 0;
        int total = 0;
        for (Element root : roots) {
            int length = root.text().length();
            links += LinkDensity.of(root) * length;
            total += length;
        }
        return total == 0 ? 1 : links / total;
    }

    /** The site talking, not an article: a line of the text, or the headline, is a {@code SITE_NOTICE_LINES} line. */
    static boolean isSiteNotice(List<String> paragraphs, String headline) {
        if (headline != null && isNoticeLine(headline)) {
            return true;
        }
        for (String p : paragraphs) {
            if (isNoticeLine(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoticeLine(String line) {
        for (Pattern notice : CleanHeuristics.SITE_NOTICE_LINES) {
            if (notice.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    static List<String> withoutHeadline(List<String> paragraphs, String headline) {
        if (headline == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (!p.equalsIgnoreCase(headline)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Too short for the article threshold, but prose: at least two sentences and a dozen words. */
    static boolean isRescuable(List<String> paragraphs) {
        int sentences = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                if (CleanHeuristics.SENTENCE_ENDS.indexOf(p.charAt(i)) >= 0
                        && (i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1)) || p.charAt(i) >= Chars.FIRST_IDEOGRAPHIC_BLOCK)) {
                    sentences++;
                }
            }
        }
        return sentences >= CleanHeuristics.MIN_RESCUED_SENTENCES && words(paragraphs) >= CleanHeuristics.MIN_RESCUED_WORDS;
    }

    static boolean isArticleSized(List<String> paragraphs) {
        int chars = 0;
        int words = 0;
        for (String p : paragraphs) {
            int ideographs = ideographs(p);
            chars += p.length() + (CleanHeuristics.CHARS_PER_IDEOGRAPH - 1) * ideographs;
            words += Whitespace.count(p) + ideographs / CleanHeuristics.IDEOGRAPHS_PER_WORD;
            if (chars >= CleanHeuristics.MIN_ARTICLE_CHARS && words >= CleanHeuristics.MIN_ARTICLE_WORDS) {
                return true; // enough already: the rest of a long article need not be counted
            }
        }
        return false;
    }

    /** Words in the paragraphs, scripts written without spaces counted by {@code IDEOGRAPHS_PER_WORD}. */
    static int words(List<String> paragraphs) {
        int words = 0;
        for (String p : paragraphs) {
            words += Whitespace.count(p) + ideographs(p) / CleanHeuristics.IDEOGRAPHS_PER_WORD;
        }
        return words;
    }

    private static int ideographs(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
