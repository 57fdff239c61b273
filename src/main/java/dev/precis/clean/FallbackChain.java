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
 * {@code articleBody}; the whole body, unless it lists other articles;</li>
 * <li>baseline rescues, which keep a short text rather than refuse it: a short article (two sentences,
 * a dozen words) from the main content, the structured body or the whole body; then a short post
 * (a few lines of the main content that are not mostly links and say no "page not found").</li>
 * </ol>
 * The page is refused only where no step finds anything: an index, an error page, nothing but links,
 * or nothing at all. (A wall is the caller's test, on what the chain kept.)
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

    private final Pruner namesIgnored = new Pruner(false);
    private final ContentScorer scorer = new ContentScorer();
    private final IndexDetector index;
    private final ParagraphCollector collector;
    private final BoilerplateFilter filter;

    FallbackChain(IndexDetector index, ParagraphCollector collector, BoilerplateFilter filter) {
        this.index = index;
        this.collector = collector;
        this.filter = filter;
    }

    /**
     * The article's paragraphs from {@code main} (the main extractor's choice, already known to be
     * no index) and, failing that, from the alternatives and rescues; throws NOT_AN_ARTICLE when
     * every step comes back empty-handed.
     */
    Result run(Element body, List<Element> main, PageMetadata meta) {
        return run(body, main, meta, () -> null);
    }

    /** As above; {@code freshBody} parses the page again (or gives null) for the steps that prune it differently. */
    Result run(Element body, List<Element> main, PageMetadata meta, Supplier<Element> freshBody) {
        String headline = meta.headline();
        // 1. Main extractor.
        BoilerplateFilter.Filtered filtered = filter.filterNotingWalls(collector.paragraphs(main));
        boolean walled = filtered.wall();
        List<String> fromMain = withoutHeadline(filtered.kept(), headline);
        if (isArticleSized(fromMain)) {
            return new Result(fromMain, Step.MAIN_CONTENT, walled);
        }
        // 2. Alternatives, in order of how much of the page they take: the first article-sized one wins.
        List<String> structured = List.of();
        if (meta.structuredBody() != null) {
            structured = filter.filter(List.of(meta.structuredBody().split("\\n+")));
            if (isArticleSized(structured)) {
                return new Result(structured, Step.STRUCTURED_BODY, walled);
            }
        }
        Element fresh = freshBody.get();
        if (fresh != null) {
            List<Element> relaxed = scorer.mainContent(fresh, namesIgnored.prune(fresh));
            if (!index.isIndex(relaxed)) {
                BoilerplateFilter.Filtered kept = filter.filterNotingWalls(collector.paragraphs(relaxed));
                List<String> found = withoutHeadline(kept.kept(), headline);
                if (isArticleSized(found) && keepsMostOf(found, fromMain)) {
                    return new Result(found, Step.IGNORING_NAMES, walled | kept.wall());
                }
            }
        }
        boolean bodyIsIndex = index.isIndex(List.of(body));
        List<String> whole = List.of();
        if (!bodyIsIndex) {
            filtered = filter.filterNotingWalls(collector.paragraphs(List.of(body)));
            walled |= filtered.wall();
            whole = withoutHeadline(filtered.kept(), headline);
            if (isArticleSized(whole)) {
                return new Result(whole, Step.WHOLE_BODY, walled);
            }
        }
        // 3. Baseline rescues: a short article is still one.
        if (isRescuable(fromMain)) {
            return new Result(fromMain, Step.SHORT_ARTICLE, walled);
        }
        if (isRescuable(structured)) {
            return new Result(structured, Step.SHORT_ARTICLE, walled);
        }
        if (isRescuable(whole)) {
            return new Result(whole, Step.SHORT_ARTICLE, walled);
        }
        if (isShortPost(main, fromMain)) {
            return new Result(fromMain, Step.SHORT_POST, walled);
        }
        if (bodyIsIndex) {
            throw new PrecisException(ErrorCode.NOT_AN_ARTICLE,
                    "the page lists other articles (an index or section page), it is not one article");
        }
        throw new PrecisException(ErrorCode.NOT_AN_ARTICLE,
                "the page holds no article text (too little prose outside navigation and clutter)");
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
     * A post of a few lines (a caption under a picture, a one-line note): some text, in a main content
     * that is not mostly links (a menu, a parked domain's link list) and that is no error page.
     */
    static boolean isShortPost(List<Element> main, List<String> paragraphs) {
        return !paragraphs.isEmpty() && linkDensity(main) < CleanHeuristics.MAX_SHORT_POST_LINK_DENSITY
                && !isErrorPage(paragraphs);
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

    /** A short text that says the page is missing ("404 : Page Not Found") is an error page, not a post. */
    static boolean isErrorPage(List<String> paragraphs) {
        for (String p : paragraphs) {
            if (CleanHeuristics.ERROR_PAGE_LINE.matcher(p).find()) {
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
        int words = 0;
        for (String p : paragraphs) {
            words += Whitespace.count(p) + ideographs(p) / 2;
            for (int i = 0; i < p.length(); i++) {
                if (CleanHeuristics.SENTENCE_ENDS.indexOf(p.charAt(i)) >= 0
                        && (i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1)) || p.charAt(i) >= Chars.FIRST_IDEOGRAPHIC_BLOCK)) {
                    sentences++;
                }
            }
        }
        return sentences >= CleanHeuristics.MIN_RESCUED_SENTENCES && words >= CleanHeuristics.MIN_RESCUED_WORDS;
    }

    static boolean isArticleSized(List<String> paragraphs) {
        int chars = 0;
        int words = 0;
        for (String p : paragraphs) {
            int ideographs = ideographs(p);
            // An ideograph carries about what a short word does: count it as three characters.
            chars += p.length() + 2 * ideographs;
            words += Whitespace.count(p) + ideographs / 2;
            if (chars >= CleanHeuristics.MIN_ARTICLE_CHARS && words >= CleanHeuristics.MIN_ARTICLE_WORDS) {
                return true; // enough already: the rest of a long article need not be counted
            }
        }
        return false;
    }

    /** Scripts written without spaces: two ideographs count as about one word. */
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
