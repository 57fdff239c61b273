package dev.precis.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.precis.text.Chars;
import dev.precis.text.WordSets;

/**
 * Every heuristic of the clean stage in one table: the patterns that recognise page clutter,
 * and the weights that pick the main content. Tuning the extractor means editing this file.
 */
final class CleanHeuristics {

    private CleanHeuristics() {
    }

    // ---- Elements removed before scoring -------------------------------------------------

    /**
     * Never article text: code, embedded media and page chrome, by tag. Elements marked
     * {@code hidden} or {@code aria-hidden="true"} go too.
     */
    static final Set<String> ALWAYS_REMOVE_TAGS = WordSets.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "nav", "aside", "footer", "figure",
            "figcaption", "picture", "video", "audio", "map", "dialog");
    /**
     * Cut from the markup before it is parsed ({@link MarkupPrescan}): elements no reader sees
     * and the list above removes anyway, and whose bulk (scripts and styles are about 40% of a
     * news page's characters) the parser would otherwise turn into nodes. Comments go too.
     */
    static final List<String> PRESCAN_CUT = List.of("script", "style", "svg", "noscript", "template", "iframe",
            "textarea");
    /**
     * Emptied before parsing: page chrome by tag (from the list above) whose content never
     * reaches the article. Their start and end tags stay, so the parser closes an open
     * paragraph at them as it would; their menus, footers and galleries (about a third of a
     * news page's markup once scripts are gone) are never turned into nodes.
     */
    static final List<String> PRESCAN_HOLLOW = List.of("nav", "footer", "aside", "figure", "picture", "video",
            "audio", "select", "button", "dialog");
    /**
     * ...unless they hold what the metadata falls back on when a page has no meta tags for it:
     * a byline ({@code rel="author"}, {@code itemprop="author"}), a {@code <time>}, an {@code <h1>}.
     */
    static final List<String> PRESCAN_METADATA_MARKS = List.of("author", "<time", "<h1");
    /** Of the cut and hollowed elements, those that can hold themselves: their end tag is found by counting. */
    static final Set<String> PRESCAN_NESTABLE = WordSets.of("svg", "template", "nav", "footer", "aside", "figure",
            "picture", "video", "audio", "select", "button", "dialog");
    /** Raw-text elements kept whole: their text is never searched for tags, as the tokenizer never reads tags there. */
    static final List<String> PRESCAN_OPAQUE = List.of("title", "xmp", "noembed", "noframes");
    /**
     * A title's text longer than this that holds body markup was never closed (50 of L3S-GN1's
     * 621 pages): the HTML parser would make the whole page its text. Real titles are a line.
     */
    static final int MAX_TITLE_CHARS = 1000;
    /** ARIA roles of page chrome: menus, sidebars, banners, footers, dialogs. */
    static final Set<String> ALWAYS_REMOVE_ROLES = WordSets.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog");

    /**
     * Removed like the above, except where one holds the bulk of the page's prose: forms are
     * search boxes and comment or sign-up forms, but some frameworks (ASP.NET WebForms) wrap
     * the whole page, article included, in a single form.
     */
    static final Set<String> REMOVE_UNLESS_PROSE = WordSets.of("form");

    /**
     * An element of this kind inside another of its kind is, in HTML's own terms, a separate
     * item: a related story or a comment inside the article. Removed unless it holds the prose.
     */
    static final Set<String> NESTED_ITEMS = WordSets.of("article");

    /** Inline styles that hide an element from readers: hidden metadata blocks, duplicates, templates. */
    static final List<String> HIDING_STYLES = List.of("display:none", "visibility:hidden");
    /**
     * A link holding this many paragraphs is an unclosed {@code <a>} the parser carried into the
     * article (see UnclosedLinks); a teaser card links one paragraph at most.
     */
    static final int MIN_PARAGRAPHS_IN_BROKEN_LINK = 3;
    /** A link with this scheme runs a script instead of leading anywhere: its text is unwrapped, not navigation. */
    static final String SCRIPT_LINK_SCHEME = "javascript:";
    /**
     * A hidden element is removed unless it holds more than this share of the prose: pages
     * that reveal their only copy of the article by script keep it; hidden duplicates go.
     */
    static final double MAX_PROSE_SHARE_HIDDEN = 0.5;
    /**
     * ...or when it holds the whole text of a visible teaser that ends in an ellipsis (and perhaps a
     * "more" link): a "read more" expander, whose hidden half is the only full copy of the text.
     */
    static final Pattern TEASER_END = Pattern.compile("(?i)(\\.\\.\\.|…)\\s*(\\[?\\(?(read |see |show )?more\\)?\\]?)?\\s*$");
    /** A teaser's text before its ellipsis is at least this long (characters): a sentence's start, not a label. */
    static final int MIN_TEASER_CHARS = 40;
    /** ...and the expander opens with it, after at most this many characters (a heading, a byline). */
    static final int MAX_TEASER_OFFSET_CHARS = 200;

    /**
     * Parts of class/id names (each token split on '-' and '_', compared lower-cased) that mark
     * clutter: share bars, related links, prompts, comments, page chrome. Set lookups, not a
     * regular expression: every element with a class is checked.
     */
    static final Set<String> UNLIKELY_PARTS = WordSets.of("share", "sharing", "sharebar", "social", "related",
            "recommended", "newsletter", "subscribe", "subscription", "signup", "cookie", "consent", "gdpr", "promo",
            "advert", "advertisement", "adsbygoogle", "ad", "ads", "sponsor", "sponsored", "sidebar", "widget",
            "breadcrumb", "breadcrumbs", "caption", "credit", "popup", "modal", "overlay", "comment", "comments",
            "disqus", "footer", "masthead", "navbar", "nav", "menu", "tag", "tags", "bio", "byline", "meta", "toolbar",
            "print", "rating", "pagination", "pager", "skip", "trending", "popular", "outbrain", "taboola", "banner",
            "readmore", "follow", "gnews");

    /**
     * Parts of a class/id token that introduce a label rather than a role: blog engines mark a post
     * with its topics ("category-social_media", "entry-category-sharing", "tag-related-news"), and the
     * words after such a part name what the post is about, so they never mark it as clutter.
     */
    static final Set<String> LABEL_PARTS = WordSets.of("category", "categories", "tag", "topic", "label");

    /** Whole class/id tokens (lower-cased) of the article container; an element carrying one is never removed. */
    static final Set<String> LIKELY_NAMES = WordSets.of("article", "articlebody", "article-body", "articlecontent",
            "article-content", "articletext", "content", "bodytext", "body-text", "entrycontent", "entry-content", "main",
            "maincontent", "main-content", "post", "postbody", "post-body", "postcontent", "post-content", "posttext",
            "post-text", "story", "storybody", "story-body", "storycontent", "story-content", "text");

    /**
     * An element holding more than this share of the page's paragraph text is never pruned by
     * its name: CMS wrappers around the body get names like "wrapper_meta_field" or "has-sidebar".
     */
    static final double MAX_PROSE_SHARE_REMOVED = 0.3;

    /** Tags whose class/id is never used to remove them: removing them would remove the page. */
    static final Set<String> NEVER_UNLIKELY = WordSets.of("html", "body", "article", "main");

    // ---- Content scoring -------------------------------------------------------------------

    /** Elements whose text counts as a paragraph when scoring candidates. */
    static final Set<String> SCORED_TAGS = WordSets.of("p", "pre", "td", "blockquote");
    /** List items that vote like paragraphs when written as prose (an article set out as bullets)... */
    static final Set<String> PROSE_ITEM_TAGS = WordSets.of("li");
    /** ...at least this long (characters): a menu entry or a headline link is shorter... */
    static final int MIN_PROSE_ITEM_CHARS = 100;
    /** ...and with less than this share of link text: a list of teasers is mostly links. */
    static final double MAX_PROSE_ITEM_LINK_DENSITY = 0.5;
    /** Commas, the Latin and the CJK ones: each earns a paragraph's vote a point (a sign of prose). */
    static final String COMMAS = ",，、";
    /** Paragraphs shorter than this (characters) are too small to vote for a container. */
    static final int MIN_SCORED_CHARS = 25;
    /** Each paragraph's base vote: a container of many paragraphs beats one of a single long one. */
    static final double PARAGRAPH_BASE = 1.0;
    /** Commas mark running prose rather than lists of links or labels. */
    static final double PER_COMMA = 1.0;
    /** One point per this many characters of text... */
    static final int CHARS_PER_POINT = 100;
    /** ...up to this many points, so one giant block cannot outvote the rest. */
    static final double MAX_LENGTH_POINTS = 3.0;
    /** Share of a paragraph's vote given to its grandparent (the parent gets all of it). */
    static final double GRANDPARENT_SHARE = 0.5;
    /** Bonus or malus from a LIKELY_NAMES / UNLIKELY_PARTS class name. */
    static final double CLASS_WEIGHT = 25.0;
    /** Candidates scoring this share of the winner's score are its rivals... */
    static final double RIVAL_SHARE = 0.4;
    /** ...and when this many rivals share an ancestor with it, the ancestor holds the article. */
    static final int MIN_RIVALS = 2;
    /**
     * ...unless the winner carries an article class name and holds more than its rivals outside it
     * (times this): then the rivals are another column, and the named container is the article.
     */
    static final double NAMED_ARTICLE_SHARE = 1.0;
    /** Siblings of the winner join it when they score at least this share of its score. */
    static final double SIBLING_SHARE = 0.2;
    /** ...and, whatever the winner scored, at least this much (about two short paragraphs: a section after a subhead). */
    static final double MIN_SIBLING_SCORE = 5;
    /** A sibling paragraph that scored nothing still joins when it is this long (characters)... */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** ...and mostly not link text: a real paragraph beside the winner, not a link list. */
    static final double SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;

    // ---- Bounds that keep hostile pages cheap -----------------------------------------------

    /** More tags than this is no article page (the benchmark's largest has about 3,300). */
    static final int MAX_ELEMENTS = 100_000;
    /** Article text longer than this (characters) is refused: a long feature is about 60,000. */
    static final int MAX_ARTICLE_CHARS = 500_000;
    /** Only the best-scoring candidates get the costly link-density check. */
    static final int MAX_CANDIDATES = 10;
    /** Ancestor walks stop after this many levels; real pages nest far less deeply. */
    static final int MAX_ANCESTOR_WALK = 64;

    // ---- Paragraph collection ------------------------------------------------------------------

    /** A block whose text is mostly link text is navigation, not prose... */
    static final double MAX_LINK_DENSITY = 0.5;
    /** ...unless it is long enough to be prose that happens to link a lot, and ends a sentence somewhere. */
    static final int LINK_DENSE_PROSE_CHARS = 200;
    /** ...or it adds a sentence of its own beside its link, as a linked lede followed by prose does. */
    static final int LINK_DENSE_OWN_CHARS = 40;
    /** Table cells join their row's line instead of each making a paragraph. */
    static final Set<String> TABLE_CELLS = WordSets.of("td", "th");
    /** Elements that end a paragraph (and a line, for the index test) when text is collected. */
    static final Set<String> PARAGRAPH_BREAK_TAGS = WordSets.of("p", "div", "section", "article", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
            "header", "main", "br", "hr", "address", "center", "details", "summary", "caption", "tbody", "thead");
    /** Headings: a line inside one starts a new teaser or section, never adds to a run of prose. */
    static final Set<String> HEADING_TAGS = WordSets.of("h1", "h2", "h3", "h4", "h5", "h6");
    /**
     * Characters that end a sentence when judging whether a block is prose: the text stage's
     * marks less the ellipsis, which ends teasers and cut-off link text more often than sentences.
     */
    static final String SENTENCE_ENDS = Chars.SENTENCE_ENDS.replace("…", "");

    /**
     * In plain text, a line ending in one of these closes its paragraph (a wrapped line does not): a
     * sentence end, a closing quote or bracket after one, or a colon introducing what follows.
     */
    static final String TEXT_PARAGRAPH_ENDS = SENTENCE_ENDS + "\"”’):";
    /** Marks that may follow a sentence's end: closing quotes and brackets. */
    static final String CLOSING_MARKS = "\"”’')]»";
    /** Lines of at most this many words that end no sentence, closing the article, are labels of the page around it. */
    static final int MAX_TRAILING_LABEL_WORDS = 4;
    /** Below this many characters of body text in total, the page is not an article. */
    static final int MIN_ARTICLE_CHARS = 200;
    /** Below this many words of body text in total, the page is not an article. */
    static final int MIN_ARTICLE_WORDS = 30;
    /** Scripts written without spaces (Chinese, Japanese): about this many ideographs make a word... */
    static final int IDEOGRAPHS_PER_WORD = 2;
    /** ...and an ideograph carries about what this many letters do, when text is measured in characters. */
    static final int CHARS_PER_IDEOGRAPH = 3;

    // ---- Line-level boilerplate ------------------------------------------------------------------

    /**
     * A photo credit glued to the end of a paragraph after its last sentence ("... on Tuesday evening.
     * Photo: Jo Smith/Reuters"): a caption's source, never a sentence of the article, and a bullet
     * if it stayed. Only a short name after the colon, with no sentence end of its own.
     */
    static final Pattern TRAILING_CREDIT = Pattern.compile("(?i)(?<=[.!?\"”’)])\\s+\\(?((photo|image|picture|photograph"
            + "|file photo|video)s?( credit)?|credit)\\s*:\\s*[^.!?:]{1,60}\\)?$");
    /**
     * The credit's colon is at most this many characters from the paragraph's end, a cheap test before
     * the pattern: its name (60 characters) with the spaces and bracket around it.
     */
    static final int MAX_TRAILING_CREDIT_CHARS = 60 + 8;
    /** The credit's label and the sentence end before it fit in this many characters before its colon. */
    static final int MAX_TRAILING_CREDIT_LABEL_CHARS = 30;

    /** Inserts, prompts and notices that appear inside article bodies but are not the article. */
    static final List<Pattern> BOILERPLATE_LINES = List.of(
            // Related-link inserts: "See also ...", "Also read: ...", "READ MORE: ..."
            Pattern.compile("(?i)^(see also|also see|also read|read also|read more|related|recommended"
                    + "|must read|more from|more on this|don't miss|watch|listen)\\b\\s*[:\\-–—|]?\\s"),
            // Share and follow calls.
            Pattern.compile("(?i)^(follow us|follow (him|her|them|me)|join us|like us|connect with us|share this"
                    + "|share on|click here|tap here|download (the|our)\\b.*\\bapp)\\b"),
            // Syndication and editing disclaimers.
            Pattern.compile("(?i)(published|generated) from an? (syndicated|agency|wire) feed"),
            Pattern.compile("(?i)has not been edited by .{1,40} staff"),
            // Newsletter prompts.
            Pattern.compile("(?i)^(sign up|subscribe)\\b.{0,80}\\b(newsletter|inbox|updates|alerts)\\b"),
            Pattern.compile("(?i)^get (the|our) .{1,60} (in|to) your inbox"),
            // Captions and credits standing alone.
            Pattern.compile("(?i)^(photo|image|picture|video|file photo|credit|photograph)\\s*(credit)?\\s*[:(].{0,120}$"),
            Pattern.compile("(?i)^\\((file|photo|image|representational image)\\)$"),
            // Page furniture that leaks into bodies.
            Pattern.compile("(?i)^(advertisement|sponsored|story continues below|scroll to continue"
                    + "|continue reading|this article is more than .{1,20} old)\\W*$"),
            // Subheads framed by dashes: "– Ongoing support –".
            Pattern.compile("^[–—-]\\s*[^–—]{1,80}\\s*[–—-]$"),
            // A dateline standing alone: "Beijing:", "NEW DELHI:".
            Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,40}:$"));

    /**
     * The header that opens a reader-comment thread: the article ends there, and what follows
     * (the comments, the form to add one) is not the article.
     */
    static final Pattern COMMENTS_START = Pattern.compile("(?i)^(\\d+\\s+)?(readers?'? (views|comments|responses)"
            + "|(user |reader )?comments|add (a |your )?comments?|leave a (comment|reply)|post (a |your )?comment"
            + "|have your say( about this (article|story|post))?|join the (discussion|conversation)|discuss this (article|story)"
            + "|comments (are|have been) (now )?closed( for this (article|story|post|entry))?\\.?"
            + "|(\\d+ )?(responses?|replies) to .{1,80}|\\d+ (comments?|responses?|replies))"
            + "\\s*(\\(\\d+\\)|:|»)?\\s*$");
    /** A comments header is a short line... */
    static final int MAX_COMMENTS_HEADER_CHARS = 100;
    /** ...and ends the article only after this many words of it, so a page never loses its whole text. */
    static final int MIN_WORDS_BEFORE_COMMENTS = 30;

    /** Inserts and notices are one short line; a longer paragraph is prose and is not checked. */
    static final int MAX_BOILERPLATE_CHARS = 300;

    // ---- Pages that are not an article -----------------------------------------------------------

    /**
     * Login and subscription walls: prompts that stand where the rest of the article would be.
     * They are removed like other boilerplate, and they mark the page as possibly walled.
     */
    static final List<Pattern> WALL_LINES = List.of(
            Pattern.compile("(?i)^(subscribe|register|sign up|log ?in|sign ?in)\\b.{0,40}\\b(to|and) "
                    + "(continue|keep|start|finish) reading\\b"),
            Pattern.compile("(?i)\\byou('ve| have) (read|reached|used)\\b.{0,40}\\bfree (articles|stories|reads)\\b"),
            Pattern.compile("(?i)^(already (a subscriber|subscribed|have an account|registered)|"
                    + "subscribe (now|today) for (unlimited|full) access)\\b"),
            Pattern.compile("(?i)^(this (article|story|content) is (only )?(available|reserved|exclusive) (to|for) "
                    + "(subscribers|members|registered))"),
            Pattern.compile("(?i)^(create a free account|register for free|log ?in or register) to (read|continue|access)"));
    /**
     * A walled page keeps only its teaser; with fewer words than this left beside a wall
     * prompt, the page is a wall, not an article (a metered page that shows everything keeps far more).
     */
    static final int MIN_WALLED_ARTICLE_WORDS = 150;

    /**
     * Index pages (section fronts, tag pages, search results) list other articles: many links
     * whose text is a headline. A link of at least this many words reads as a headline...
     */
    static final int HEADLINE_LINK_WORDS = 4;
    /** ...when it holds this share of its block's text, as a teaser's headline does (a link in prose does not)... */
    static final double HEADLINE_LINK_BLOCK_SHARE = 0.8;
    /** ...and a main content with this many of them... */
    static final int MIN_INDEX_HEADLINES = 6;
    /** ...holding this share of its text in them is a list of articles, not one. */
    static final double MIN_INDEX_HEADLINE_SHARE = 0.25;
    /**
     * ...unless it also holds a run of this many words of prose with no headline link between its
     * paragraphs: an index alternates headlines and one-line blurbs, while a short news item on a
     * page with a related-stories box has its paragraphs side by side.
     */
    static final int INDEX_ESCAPE_PROSE_RUN_WORDS = 50;
    /** A line counts as prose for a run only when under this share of it is link text. */
    static final double MAX_PROSE_LINE_LINK_SHARE = 0.5;
    /** ...in at least this many paragraphs: one long block alone is as often a site notice as a story. */
    static final int INDEX_ESCAPE_PROSE_RUN_PARAGRAPHS = 2;
    /**
     * ...or a run of this many paragraphs side by side (a teaser has a blurb, two lines at most)...
     */
    static final int INDEX_ESCAPE_SIDE_BY_SIDE_PARAGRAPHS = 3;
    /** ...holding this many words: a short video story's three lines beside a most-watched list. */
    static final int INDEX_ESCAPE_SIDE_BY_SIDE_WORDS = 30;
    /**
     * ...or this many paragraphs of prose, wherever they stand, each at least INDEX_LONG_PARAGRAPH_WORDS
     * long: a blurb is a line or two, while a roundup's items (a diary of the week's events) are written out.
     */
    static final int INDEX_ESCAPE_LONG_PARAGRAPHS = 3;
    /** ...words long: longer than any teaser's blurb. */
    static final int INDEX_LONG_PARAGRAPH_WORDS = 80;

    /**
     * The fallback chain's retry with class and id names ignored wins only when its text holds this share
     * of what the main extractor kept: the rest of the article around it, not a comment thread elsewhere.
     */
    static final double MIN_RETRY_KEPT_SHARE = 0.5;

    /**
     * The last step of the fallback chain (baseline rescue): a page whose best candidate is shorter
     * than {@code MIN_ARTICLE_WORDS} is still an article when it holds this many sentences...
     */
    static final int MIN_RESCUED_SENTENCES = 2;
    /** ...and this many words of prose: two sentences are the least a summary can be made of. */
    static final int MIN_RESCUED_WORDS = 12;
    /**
     * Failing that, a main content of a few lines (a caption under a picture, a one-line post) is still
     * kept when less than this share of its text is links: a menu or a parked domain's link list is not.
     */
    static final double MAX_SHORT_POST_LINK_DENSITY = 0.5;
    /** ...and when it holds at least this many words: a lone "Getty Images" or "Loading..." is no post. */
    static final int MIN_SHORT_POST_WORDS = 3;
    /**
     * No rescue keeps a short text that is the site talking, not an article: a line (or the headline)
     * saying the page is missing, kept from the reader, checking the browser, asking for cookies or
     * JavaScript, closed for maintenance, or only a copyright notice. A long article that mentions
     * one of these is never tested: only texts shorter than an article are.
     */
    static final List<Pattern> SITE_NOTICE_LINES = List.of(
            // Error pages, hard and soft: "404 : Page Not Found", "The page you are looking for can't be found."
            Pattern.compile("(?i)^(error )?[45]\\d\\d\\W*(error|(page )?not found|forbidden|gone)\\b"),
            Pattern.compile("(?i)^(oops\\W*|sorry\\W*)?(the |this )?(page|file|document|post)( you (requested|are looking for))?"
                    + " (((was|is|does|did|could|can|has been)( not|n't|n’t))|can't|can’t|cannot|(is )?no longer)( be)?"
                    + " (found|available|exists?|removed)\\b"),
            Pattern.compile("(?i)\\b(nothing (was )?found|page not found|no (results|posts|articles) (were )?found)\\b"),
            // Access refused.
            Pattern.compile("(?i)^(access (is )?denied\\b|(forbidden|unauthori[sz]ed|not authori[sz]ed)\\W*$)"),
            // Browser checks and requirements.
            Pattern.compile("(?i)\\b(enable|turn on|allow|activate) (javascript|cookies)\\b"
                    + "|\\bjavascript (is )?(required|disabled|not enabled)\\b"),
            Pattern.compile("(?i)^(checking|verifying) (if the site connection is secure|your browser|(that )?you are (a )?"
                    + "(human|not a robot))|^just a moment\\W*$|^are you a (human|robot)\\b"),
            // Cookie and consent banners.
            Pattern.compile("(?i)\\b(this (site|website)|we) uses? cookies\\b"),
            // Maintenance and placeholders.
            Pattern.compile("(?i)\\b(down|closed|offline) for (scheduled )?maintenance\\b|\\bunder (construction|maintenance)\\b"
                    + "|^coming soon\\W*$|^loading\\W*$|\\bwill be back (soon|shortly)\\b"),
            // Copyright lines.
            Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b)|\\ball rights reserved\\b"));

    /** A heading of at least this many words that the {@code <title>} repeats is the headline. */
    static final int MIN_TITLED_HEADING_WORDS = 2;
    /** A title (site name split off) this long reads as a headline; a shorter one is often the site's name. */
    static final int MIN_TITLE_HEADLINE_WORDS = 4;
    /** A byline-classed element inside one of these is chrome: a sidebar's writers, a menu, a comment form's "Name". */
    static final Set<String> BYLINE_CHROME_TAGS = WordSets.of("aside", "nav", "form");
    /** A visible byline longer than this is a paragraph that happens to carry an author class. */
    static final int MAX_BYLINE_CHARS = 100;
    /**
     * A lone lower-case token ("admin", "jsmith", "editor_2") is the CMS account that posted the
     * page, which WordPress writes as the JSON-LD or meta author; a byline names a person or a desk.
     */
    static final Pattern ACCOUNT_NAME = Pattern.compile("[\\p{Ll}\\d._-]+");
    /** Greetings open blog headers ("Hi, I'm Nicolas."), never a headline. */
    static final Pattern GREETING = Pattern.compile("(?i)(hi|hello|hey|welcome|greetings)\\b[ ,!.]");

    /** A dateline opening the first paragraph: "BEIJING (Reuters) - " or "NEW DELHI: ". */
    static final Pattern LEADING_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’ ,-]{1,40}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})"
            + "(?:\\s*\\([^)]{1,30}\\))?\\s*(?::|--|[-–—])\\s+(?=[\\p{Lu}“\"‘'])");

    /** Prose ends sentences; a tag cloud or a menu of links, however long, does not. */
    static boolean hasSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
