package dev.precis.clean;

import static dev.precis.clean.CleanHeuristics.ALWAYS_REMOVE_ROLES;
import static dev.precis.clean.CleanHeuristics.ALWAYS_REMOVE_TAGS;
import static dev.precis.clean.CleanHeuristics.HIDING_STYLES;
import static dev.precis.clean.CleanHeuristics.MAX_ANCESTOR_WALK;
import static dev.precis.clean.CleanHeuristics.MAX_PROSE_SHARE_HIDDEN;
import static dev.precis.clean.CleanHeuristics.MAX_PROSE_SHARE_REMOVED;
import static dev.precis.clean.CleanHeuristics.MIN_SCORED_CHARS;
import static dev.precis.clean.CleanHeuristics.NESTED_ITEMS;
import static dev.precis.clean.CleanHeuristics.NEVER_UNLIKELY;
import static dev.precis.clean.CleanHeuristics.REMOVE_UNLESS_PROSE;
import static dev.precis.clean.CleanHeuristics.SCORED_TAGS;
import static dev.precis.clean.CleanHeuristics.TEASER_END;
import static dev.precis.clean.CleanHeuristics.MIN_TEASER_CHARS;
import static dev.precis.clean.CleanHeuristics.MAX_TEASER_OFFSET_CHARS;
import static dev.precis.clean.CleanHeuristics.PROSE_ITEM_TAGS;
import static dev.precis.clean.CleanHeuristics.MIN_PROSE_ITEM_CHARS;
import static dev.precis.clean.CleanHeuristics.MAX_PROSE_ITEM_LINK_DENSITY;
import static dev.precis.clean.CleanHeuristics.CLOSING_MARKS;
import static dev.precis.clean.CleanHeuristics.SENTENCE_ENDS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first extraction stage (Readability.js's "unlikely candidates" pass): removes page chrome
 * from the body in place and measures the prose blocks that remain, for {@link ContentScorer}.
 */
final class Pruner {

    /** Whether class and id names may remove elements. */
    enum Names {
        /** The main extractor: chrome by tag, role, style and class or id name. */
        PRUNE,
        /**
         * Class and id names remove nothing (Readability.js's retry without its "strip unlikely
         * candidates" flag): the fallback chain's second try when a name cost the article.
         */
        IGNORED
    }

    private final Names names;

    /** The pruner of the main extractor. */
    Pruner() {
        this(Names.PRUNE);
    }

    Pruner(Names names) {
        this.names = names;
    }

    /**
     * Removes clutter from {@code body} in place and returns the prose blocks that remain. One
     * walk removes chrome as it meets it, measures each block's text once its children are
     * settled, and notes the elements a name or style may doom; which of those go depends on how
     * much of the page's prose they hold, known only after the walk.
     */
    List<Block> prune(Element body) {
        Walk walk = new Walk(names);
        NodeTraversor.filter(walk, body);
        List<Block> blocks = new ArrayList<>(walk.blocks.size() + walk.divs.size());
        blocks.addAll(walk.blocks);
        blocks.addAll(walk.divs);
        blocks.addAll(walk.items);
        List<Element> doomed = doomed(walk, proseByAncestor(blocks, body), body, blocks);
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
                kept.add(changed.contains(e) ? Block.measure(e) : block);
            }
        }
        return kept;
    }

    /** The suspects that go: hidden ones holding little prose, others holding no bulk of it. */
    private static List<Element> doomed(Walk walk, Map<Element, Integer> prose, Element body, List<Block> blocks) {
        int total = prose.getOrDefault(body, 0);
        List<Element> doomed = new ArrayList<>();
        List<String> teasers = null;
        for (Element e : walk.suspects) {
            // A class name never removes the bulk of the page's prose: layout wrappers are
            // often called "has-sidebar" or "main-menu-open".
            int own = prose.getOrDefault(e, 0);
            boolean holdsTheProse = own > total * MAX_PROSE_SHARE_REMOVED;
            boolean hidden = isHidden(e) && own <= total * MAX_PROSE_SHARE_HIDDEN;
            if (hidden && teasers == null) {
                teasers = teasers(blocks);
            }
            if (hidden && !expandsATeaser(e, teasers)) {
                doomed.add(e);
            } else if (!holdsTheProse && (REMOVE_UNLESS_PROSE.contains(e.normalName()) || isNestedItem(e))) {
                doomed.add(e);
            } else if (!holdsTheProse && walk.unlikely.contains(e)) {
                doomed.add(e);
            }
        }
        return doomed;
    }

    /**
     * The visible teasers of the page, each cut at its ellipsis: a block ending "..." or "…" (a "more"
     * link after it allowed) that no inline style hides, its text before the ellipsis long enough to
     * be a sentence's start.
     */
    private static List<String> teasers(List<Block> blocks) {
        List<Block> cut = new ArrayList<>();
        List<String> teasers = new ArrayList<>();
        for (Block b : blocks) {
            java.util.regex.Matcher m = TEASER_END.matcher(b.text());
            if (m.find() && m.start() >= MIN_TEASER_CHARS && !isInsideHidden(b.element())) {
                cut.add(b);
                teasers.add(b.text().substring(0, m.start()).strip());
            }
        }
        // A teaser whose text another visible block holds (not one around it: the article's own
        // first paragraph) needs no expander: a hidden copy of it is a duplicate (a metadata block), not the text.
        for (int i = teasers.size() - 1; i >= 0; i--) {
            for (Block b : blocks) {
                if (b != cut.get(i) && b.text().contains(teasers.get(i)) && !isInside(cut.get(i).element(), b.element())
                        && !isInsideHidden(b.element())) {
                    teasers.remove(i);
                    break;
                }
            }
        }
        return teasers;
    }

    /**
     * A hidden element opening with the text a visible teaser cuts short (after a heading or a byline at
     * most) and going on past it: a "read more" expander, the only full copy of its text. A hidden
     * duplicate of the whole article holds the teaser far from its start, or not at all.
     */
    static boolean expandsATeaser(Element hidden, List<String> teasers) {
        if (teasers.isEmpty()) {
            return false;
        }
        String text = hidden.text();
        for (String teaser : teasers) {
            int at = text.indexOf(teaser);
            if (at >= 0 && at <= MAX_TEASER_OFFSET_CHARS && text.length() > at + teaser.length() + MIN_TEASER_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsideHidden(Element e) {
        int level = 0;
        for (Element a = e; a != null && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
            if (isHidden(a)) {
                return true;
            }
        }
        return false;
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
        final List<Block> items = new ArrayList<>();
        final List<Element> suspects = new ArrayList<>();
        final Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
        private final ClassNames classNames = new ClassNames();
        private final ArrayDeque<Integer> open = new ArrayDeque<>();
        private final boolean byName;

        Walk(Names names) {
            this.byName = names == Names.PRUNE;
        }

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
            boolean unlikelyName = byName && !NEVER_UNLIKELY.contains(name) && classNames.unlikely(e);
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
                    blocks.set(open.pop(), Block.measure(e));
                } else if (name.equals("div") || name.equals("section")) {
                    divs.set(-1 - open.pop(), Block.measure(e));
                } else if (PROSE_ITEM_TAGS.contains(name)) {
                    Block item = Block.measure(e);
                    if (isProseItem(item)) {
                        items.add(item);
                    }
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * A list item written as prose (a notes post or a how-to written as bullets): long, ending a
     * sentence, mostly not link text. A menu's or a related-stories list's items are short or links.
     */
    static boolean isProseItem(Block item) {
        String text = item.text();
        return text.length() >= MIN_PROSE_ITEM_CHARS && endsSentence(text)
                && LinkDensity.of(item.element()) < MAX_PROSE_ITEM_LINK_DENSITY;
    }

    /**
     * The text's last mark ends a sentence (a closing quote or bracket after it allowed), and is
     * no ellipsis: a teaser's blurb is cut off ("...") and a comment's ends with its author's name.
     */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 1 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 && text.charAt(end - 2) != '.';
    }

    /** Code, media and chrome by tag, ARIA role or hidden flag: one check per element, no selector. */
    static boolean isChrome(Element e) {
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

    /** Hidden by an inline style ({@code HIDING_STYLES}). */
    static boolean isHidden(Element e) {
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

    /** An item (an {@code <article>}) inside another of its kind: a teaser in a story's rail. */
    static boolean isNestedItem(Element e) {
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

    /**
     * Characters of paragraph text inside each element, each character counted once: a paragraph-like
     * block's text includes the blocks nested in it (a table cell inside a layout cell, a paragraph in
     * a cell), so their text is taken off the nearest such block around them. Counted twice, a page
     * laid out in nested tables made every inner cell, the article's too, a small share of its prose.
     */
    private static Map<Element, Integer> proseByAncestor(List<Block> blocks, Element body) {
        Map<Element, Integer> own = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.text().length() >= MIN_SCORED_CHARS) {
                own.put(b.element(), b.text().length());
            }
        }
        for (Block b : blocks) {
            Element p = b.element();
            Integer length = own.get(p);
            if (length == null) {
                continue;
            }
            int level = 0;
            for (Element a = p.parent(); a != null && a != body && level++ < MAX_ANCESTOR_WALK; a = a.parent()) {
                Integer outer = own.get(a);
                if (outer != null) {
                    if (SCORED_TAGS.contains(a.normalName())) {
                        own.put(a, outer - b.text().length());
                    }
                    break;
                }
            }
        }
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Block b : blocks) {
            Element p = b.element();
            Integer length = own.get(p);
            if (length == null || length <= 0) {
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
}
