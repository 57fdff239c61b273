package dev.precis.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import dev.precis.text.Whitespace;
import dev.precis.text.WordSets;

import static dev.precis.clean.CleanHeuristics.*;

/**
 * Finds the element that holds the article and returns its paragraphs: clutter removed by tag
 * and class name, containers scored by the prose they hold, the winner joined by siblings
 * that score close to it.
 */
final class ContentExtractor {

    private static final Set<String> HEADINGS = WordSets.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements that end a paragraph when paragraphs are collected. */
    private static final Set<String> BLOCKS = WordSets.of("p", "div", "section", "article", "li", "ul", "ol", "h1",
            "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "header",
            "main", "br", "hr", "address", "center", "details", "summary", "caption", "tbody", "thead");

    /**
     * Removes clutter from {@code body} in place and returns the prose blocks that remain, for
     * {@link #mainContent}. One walk removes chrome as it meets it, measures each block's text
     * once its children are settled, and notes the elements a name or style may doom; which of
     * those go depends on how much of the page's prose they hold, known only after the walk.
     */
    List<Block> prune(Element body) {
        Walk walk = new Walk();
        NodeTraversor.filter(walk, body);
        List<Block> blocks = new ArrayList<>(walk.blocks.size() + walk.divs.size());
        blocks.addAll(walk.blocks);
        blocks.addAll(walk.divs);
        Map<Element, Integer> prose = proseByAncestor(blocks, body);
        int total = prose.getOrDefault(body, 0);
        List<Element> doomed = new ArrayList<>();
        for (Element e : walk.suspects) {
            // A class name never removes the bulk of the page's prose: layout wrappers are
            // often called "has-sidebar" or "main-menu-open".
            int own = prose.getOrDefault(e, 0);
            boolean holdsTheProse = own > total * MAX_PROSE_SHARE_REMOVED;
            if (isHidden(e) && own <= total * MAX_PROSE_SHARE_HIDDEN) {
                doomed.add(e);
            } else if (!holdsTheProse && (REMOVE_UNLESS_PROSE.contains(e.normalName()) || isNestedItem(e))) {
                doomed.add(e);
            } else if (!holdsTheProse && walk.unlikely.contains(e)) {
                doomed.add(e);
            }
        }
        if (doomed.isEmpty()) {
            return blocks;
        }
        // Blocks that held a doomed element are measured again; blocks inside one are gone.
        Set<Element> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element d : doomed) {
            int level = 0;
            for (Element a = d.parent(); a != null && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
                if (!changed.add(a)) {
                    break;
                }
            }
        }
        doomed.forEach(Element::remove);
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            Element e = block.element();
            if (isInside(e, body)) {
                kept.add(changed.contains(e) ? measure(e) : block);
            }
        }
        return kept;
    }

    private static boolean isInside(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pruning walk: chrome removed where met; blocks measured on the way out (in document
     * order of their start); elements a style, tag or name may doom noted for later.
     */
    private static final class Walk implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final List<Block> divs = new ArrayList<>();
        final List<Element> suspects = new ArrayList<>();
        final Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
        // Pages repeat the same class names on many elements: judge each distinct name once.
        private final Map<String, Integer> verdicts = new HashMap<>();
        private final ArrayDeque<Integer> open = new ArrayDeque<>();

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isChrome(e)) {
                return FilterResult.REMOVE;
            }
            String name = e.normalName();
            if (SCORED_TAGS.contains(name)) {
                open.push(blocks.size());
                blocks.add(null);
            } else if (name.equals("div") || name.equals("section")) {
                open.push(-1 - divs.size());
                divs.add(null);
            }
            boolean unlikelyName = !NEVER_UNLIKELY.contains(name) && isUnlikely(e, verdicts);
            if (unlikelyName) {
                unlikely.add(e);
            }
            if (unlikelyName || REMOVE_UNLESS_PROSE.contains(name) || NESTED_ITEMS.contains(name)
                    || (e.attributesSize() > 0 && isHidden(e))) {
                suspects.add(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (SCORED_TAGS.contains(name)) {
                    blocks.set(open.pop(), measure(e));
                } else if (name.equals("div") || name.equals("section")) {
                    divs.set(-1 - open.pop(), measure(e));
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** Code, media and chrome by tag, ARIA role or hidden flag: one check per element, no selector. */
    private static boolean isChrome(Element e) {
        if (ALWAYS_REMOVE_TAGS.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        // The parser lower-cases attribute names: exact lookups, not case-insensitive scans.
        Attributes attributes = e.attributes();
        return attributes.hasKey("hidden") || attributes.get("aria-hidden").trim().equalsIgnoreCase("true")
                || ALWAYS_REMOVE_ROLES.contains(attributes.get("role").trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        for (String hiding : HIDING_STYLES) {
            if (compact.contains(hiding)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNestedItem(Element e) {
        if (!NESTED_ITEMS.contains(e.normalName())) {
            return false;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Characters of paragraph text inside each element, counted once per paragraph. */
    private static Map<Element, Integer> proseByAncestor(List<Block> blocks, Element body) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Block b : blocks) {
            Element p = b.element();
            int length = b.text().length();
            if (length < MIN_SCORED_CHARS) {
                continue;
            }
            int level = 0;
            for (Element a = p; a != null && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
                prose.merge(a, length, Integer::sum);
                if (a == body) {
                    break;
                }
            }
        }
        return prose;
    }

    static boolean isUnlikely(Element e) {
        return isUnlikely(e, null);
    }

    /**
     * Class and id tokens: any LIKELY_NAMES token keeps the element; otherwise any
     * UNLIKELY_PARTS part dooms it. With {@code verdicts}, each distinct class or id string is
     * judged once (pages repeat them on many elements).
     */
    private static boolean isUnlikely(Element e, Map<String, Integer> verdicts) {
        Attributes attributes = e.attributes();
        String cls = attributes.get("class");
        String id = attributes.get("id");
        if (id.isEmpty() && cls.isEmpty()) {
            return false;
        }
        int names = judged(cls, verdicts) | judged(id, verdicts);
        return (names & NAMES_LIKELY) == 0 && (names & NAMES_UNLIKELY) != 0;
    }

    private static final int NAMES_LIKELY = 1;
    private static final int NAMES_UNLIKELY = 2;

    private static int judged(String names, Map<String, Integer> verdicts) {
        if (names.isEmpty()) {
            return 0;
        }
        return verdicts == null ? judge(names) : verdicts.computeIfAbsent(names, ContentExtractor::judge);
    }

    /** NAMES_LIKELY if a token is a LIKELY_NAMES name, plus NAMES_UNLIKELY if a token has an UNLIKELY_PARTS part. */
    private static int judge(String names) {
        int verdict = 0;
        for (String token : Whitespace.split(names.toLowerCase(Locale.ROOT))) {
            if (LIKELY_NAMES.contains(token)) {
                verdict |= NAMES_LIKELY;
            } else if (hasUnlikelyPart(token)) {
                verdict |= NAMES_UNLIKELY;
            }
        }
        return verdict;
    }

    /**
     * True when a part of {@code token} between '-' and '_' separators is an UNLIKELY_PARTS word,
     * before any LABEL_PARTS part that other parts follow: "category-social_media" is a topic label.
     */
    static boolean hasUnlikelyPart(String token) {
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_') {
                if (i > start) {
                    String part = token.substring(start, i);
                    if (i < token.length() && LABEL_PARTS.contains(part)) {
                        return false; // what follows is a label's value
                    }
                    if (UNLIKELY_PARTS.contains(part)) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The elements, in document order, whose paragraphs make up the article; {@code blocks} from {@link #prune}. */
    List<Element> mainContent(Element body, List<Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            vote(b, scores);
        }
        // Link density costs a walk of the candidate's subtree: only the strongest pay it.
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        scores = new IdentityHashMap<>();
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()))) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - linkDensity(candidate)) + classWeight(candidate);
            scores.put(candidate, score);
            if (score > best) {
                best = score;
                top = candidate;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = promote(top, best, scores, body);
        best = Math.max(best, scores.getOrDefault(top, best));
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, best * SIBLING_SHARE);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            if (s != null && s >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                if (text.length() > SIBLING_PARAGRAPH_CHARS && linkDensity(sibling) < SIBLING_PARAGRAPH_LINK_DENSITY) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    /**
     * An article split over several containers (one per few paragraphs) scores as several
     * near-equal candidates: when enough of them share an ancestor, that ancestor is the article.
     */
    private static Element promote(Element top, double best, Map<Element, Double> scores, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getKey() != top && e.getValue() >= best * RIVAL_SHARE) {
                rivals.add(e.getKey());
            }
        }
        if (rivals.size() < MIN_RIVALS || isNamedArticle(top, rivals)) {
            return top;
        }
        int level = 0;
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body && level++ < MAX_ANCESTOR_WALK;
                ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                if (isAncestor(ancestor, r)) {
                    inside++;
                }
            }
            if (inside >= MIN_RIVALS) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * The page named the winner as its article (a LIKELY_NAMES class) and it holds more text than
     * its rivals outside it together: the rivals are other columns (a rail of teasers), not more of
     * the article. A named lede shorter than the sections around it is still promoted.
     */
    private static boolean isNamedArticle(Element top, List<Element> rivals) {
        if (classWeight(top) <= 0) {
            return false;
        }
        long others = 0;
        for (Element r : rivals) {
            if (!isAncestor(r, top) && !isAncestor(top, r)) {
                others += r.text().length();
            }
        }
        return top.text().length() * NAMED_ARTICLE_SHARE > others;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        int level = 0;
        for (Element a = e.parent(); a != null && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block that may hold prose, with its text, measured once: paragraph-like elements
     * ({@code SCORED_TAGS}) with all their text, divs and sections with their own inline text.
     */
    record Block(Element element, String text) {
    }

    /** A block's text: all of a paragraph-like element's, a div's or section's own inline text. */
    private static Block measure(Element e) {
        return new Block(e, SCORED_TAGS.contains(e.normalName()) ? e.text() : inlineText(e));
    }

    /** Text of a container's inline content (text, spans, links), leaving nested blocks out. */
    private static String inlineText(Element container) {
        StringBuilder sb = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element e && !BLOCKS.contains(e.normalName())) {
                sb.append(e.text()).append(' ');
            }
        }
        return sb.toString().trim();
    }

    private static void vote(Block block, Map<Element, Double> scores) {
        Element paragraph = block.element();
        String text = block.text();
        if (text.length() < MIN_SCORED_CHARS) {
            return;
        }
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        double vote = PARAGRAPH_BASE + commas * PER_COMMA
                + Math.min((double) text.length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
        Element parent = paragraph.parent();
        if (parent == null) {
            return;
        }
        scores.merge(parent, vote, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
            scores.merge(grandparent, vote * GRANDPARENT_SHARE, Double::sum);
        }
    }

    private static double classWeight(Element e) {
        double w = 0;
        String names = (e.className() + " " + e.id()).trim();
        if (names.isEmpty()) {
            return 0;
        }
        for (String token : Whitespace.split(names.toLowerCase(Locale.ROOT))) {
            if (LIKELY_NAMES.contains(token)) {
                w = CLASS_WEIGHT;
            }
        }
        if (w == 0 && isUnlikely(e)) {
            w = -CLASS_WEIGHT;
        }
        return w;
    }

    /** Share of an element's text inside links: one walk counting characters, no text built. */
    static double linkDensity(Element e) {
        LinkText count = new LinkText();
        NodeTraversor.traverse(count, e);
        return count.total == 0 ? 0 : Math.min(1.0, (double) count.links / count.total);
    }

    /** Counts text characters, each run of whitespace as one, and those inside links apart. */
    private static final class LinkText implements NodeVisitor {
        int total;
        int links;
        private int linkDepth;
        private boolean space = true;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                int counted = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    boolean white = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
                    if (!white) {
                        counted++;
                        space = false;
                    } else if (!space) {
                        counted++;
                        space = true;
                    }
                }
                total += counted;
                if (linkDepth > 0) {
                    links += counted;
                }
            } else if (node instanceof Element el && el.normalName().equals("a")) {
                linkDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && el.normalName().equals("a")) {
                linkDepth--;
            }
        }
    }

    /**
     * True when the content lists other articles: at least {@code MIN_INDEX_HEADLINES} links
     * with headline-length text that stand alone in their block, holding
     * {@code MIN_INDEX_HEADLINE_SHARE} of its text. An article's links sit inside its prose.
     */
    boolean isIndex(List<Element> roots) {
        int headlines = 0;
        int headlineChars = 0;
        for (Element root : roots) {
            for (Element a : root.getElementsByTag("a")) {
                String text = a.text();
                if (Whitespace.count(text) >= HEADLINE_LINK_WORDS && standsAlone(a, text.length())) {
                    headlines++;
                    headlineChars += text.length();
                }
            }
        }
        if (headlines < MIN_INDEX_HEADLINES) {
            return false; // the common case, decided without measuring all the text
        }
        int totalChars = 0;
        for (Element root : roots) {
            totalChars += root.text().length();
        }
        return totalChars > 0 && (double) headlineChars / totalChars >= MIN_INDEX_HEADLINE_SHARE
                && longestProseRun(roots) < INDEX_ESCAPE_PROSE_RUN_WORDS;
    }

    /**
     * The most words of prose in consecutive lines with no heading or headline link among them, counted
     * for runs of at least {@code INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS} lines (a long notice alone is no article).
     * Lines that are neither (a date, a byline) neither add to a run nor end it.
     */
    static int longestProseRun(List<Element> roots) {
        ProseRuns runs = new ProseRuns();
        for (Element root : roots) {
            NodeTraversor.traverse(runs, root);
            runs.flush();
        }
        return runs.best;
    }

    /**
     * The walk behind {@link #longestProseRun}: text in document order, split into lines at block
     * boundaries and line breaks (a container's own text beside its nested blocks is a line of its
     * own, where it stands; a story set in one cell with breaks is several), each line a heading, a
     * headline link, prose, or neither.
     */
    private static final class ProseRuns implements NodeVisitor {
        int best;
        private int run;
        private int paragraphs;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int longestHeadlineLink;
        private int headingDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a")) {
                    String linkText = e.text();
                    linkChars += linkText.length();
                    if (Whitespace.count(linkText) >= HEADLINE_LINK_WORDS) {
                        longestHeadlineLink = Math.max(longestHeadlineLink, linkText.length());
                    }
                } else if (BLOCKS.contains(name)) {
                    flush();
                    if (HEADINGS.contains(name)) {
                        headingDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
                if (HEADINGS.contains(e.normalName())) {
                    headingDepth--;
                }
            }
        }

        void flush() {
            String line = BoilerplateFilter.normalizeSpace(text.toString());
            int links = Math.min(linkChars, line.length());
            boolean heading = headingDepth > 0;
            int headlineLink = longestHeadlineLink;
            text.setLength(0);
            linkChars = 0;
            longestHeadlineLink = 0;
            if (line.isEmpty()) {
                return; // an empty wrapper
            }
            if (heading || headlineLink >= HEADLINE_LINK_BLOCK_SHARE * line.length()
                    || links >= HEADLINE_LINK_BLOCK_SHARE * line.length()) {
                run = 0; // a teaser's headline, linked or not, starts the next teaser
                paragraphs = 0;
            } else if (hasSentenceEnd(line) && links * 2 < line.length()) {
                run += Whitespace.count(line);
                paragraphs++;
                if (paragraphs >= INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS) {
                    best = Math.max(best, run);
                }
            }
        }
    }

    /** A link that is (nearly) all the text of its block, as a teaser's headline is; a link inside prose is not. */
    private static boolean standsAlone(Element link, int linkChars) {
        Element block = link.parent();
        while (block != null && !BLOCKS.contains(block.normalName())) {
            block = block.parent();
        }
        return block == null || linkChars >= HEADLINE_LINK_BLOCK_SHARE * block.text().length();
    }

    /** Prose ends sentences; a tag cloud or a menu of links, however long, does not. */
    private static boolean hasSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text blocks inside {@code roots}, in order, link-dense navigation left out. */
    List<String> paragraphs(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        return collector.paragraphs;
    }

    /** Walks the DOM gathering inline text into paragraphs, split at block boundaries. */
    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.trim().length();
                }
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (TABLE_CELLS.contains(name)) {
                    text.append(' '); // a table row reads as one line, its cells apart
                } else if (BLOCKS.contains(name)) {
                    flush();
                } else if (name.equals("a")) {
                    linkDepth++;
                } else if (name.equals("img") || name.equals("wbr")) {
                    text.append(name.equals("img") ? " " : "");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (TABLE_CELLS.contains(name)) {
                    text.append(' ');
                } else if (BLOCKS.contains(name)) {
                    flush();
                } else if (name.equals("a")) {
                    linkDepth--;
                }
            }
        }

        void flush() {
            String p = BoilerplateFilter.normalizeSpace(text.toString());
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            if (p.isEmpty()) {
                return;
            }
            boolean prose = (p.length() >= LINK_DENSE_PROSE_CHARS || p.length() - links >= LINK_DENSE_OWN_CHARS)
                    && hasSentenceEnd(p);
            if ((double) links / p.length() > MAX_LINK_DENSITY && !prose) {
                return;
            }
            if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(p)) {
                return;
            }
            paragraphs.add(p);
        }
    }
}
