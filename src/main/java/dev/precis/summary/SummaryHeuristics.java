package dev.precis.summary;

import java.util.List;
import java.util.Set;

import dev.precis.text.Chars;
import dev.precis.text.WordSets;

/** The summary stage's weights, each with the reason it exists. */
final class SummaryHeuristics {

    private SummaryHeuristics() {
    }

    // Weights were set on the CNN/DailyMail development set (./precis eval summarization); the
    // lead bonus dominates because news puts what matters first, the entity term then picks
    // among the early sentences and lifts later ones that carry the story's main actors.

    /** A sentence is worth the salience of the entities it carries... */
    static final double W_ENTITIES = 1.0;
    /** ...plus a lead bonus: news puts what matters first (the inverted pyramid). */
    static final double W_POSITION = 2.5;
    /** How fast the lead bonus fades, per sentence (1 / (1 + decay * index)). */
    static final double POSITION_DECAY = 0.25;
    /** The article's very first sentence is its lede; an extra nudge beyond the position curve. */
    static final double LEDE_BONUS = 0.5;
    /** Frequent content words stand in for entities where a script has no capitals to find names by. */
    static final double W_TERMS = 1.0;
    /** Sentences that say what the whole article says (cosine to its word counts) are its gist. */
    static final double W_CENTRALITY = 2.0;
    /** Words shared with the headline mark the sentence as on-topic. */
    static final double W_HEADLINE_OVERLAP = 0.3;

    /**
     * The last characters of a whole sentence: the sentence ends less the ellipsis (a sentence
     * trailing off in "…" was cut short), or a closing quote or bracket after one.
     */
    static final String BULLET_ENDS = Chars.SENTENCE_ENDS.replace("…", "") + "\"”’)";
    /** Shorter than this (words) is a fragment, not a bullet. */
    static final int MIN_WORDS = 6;
    /** Longer than this (words) reads badly as a bullet, so it keeps only part of its score. */
    static final int LONG_WORDS = 45;

    // Penalties, as the share of its score a sentence keeps.
    /** Questions rarely carry the news; they set it up. */
    static final double KEEP_QUESTION = 0.3;
    /** Fragments (no final punctuation, too few words): subheads, captions, bylines. */
    static final double KEEP_FRAGMENT = 0.2;
    /** Long sentences are fine news but heavy bullets. */
    static final double KEEP_LONG = 0.8;
    /** Still opens pointing back after rewriting ("They ...", "This ..."): makes no sense alone. */
    static final double KEEP_POINTS_BACK = 0.4;
    /** Opens with a quotation: the speaker comes later or not at all. */
    static final double KEEP_BARE_QUOTE = 0.5;
    /** Calls to action are page furniture that slipped into the text. */
    static final double KEEP_CALL_TO_ACTION = 0.1;
    /** How a call to action opens, in lower case; a sentence's opening matches regardless of ASCII case. */
    static final List<String> CALL_TO_ACTION_OPENINGS = List.of("click", "tap", "scroll down", "scroll up",
            "follow us", "sign up", "subscribe", "share this", "watch the video", "read more", "download the");
    /** Photo credits are page furniture too; as little as a call to action, but tuned on their own. */
    static final double KEEP_PHOTO_CREDIT = 0.1;
    /** How a photo credit or its label opens a line, in lower case, matched as the call-to-action openings are. */
    static final List<String> PHOTO_CREDIT_OPENINGS = List.of("photo:", "image:", "picture:", "credit:");
    /** How far from a sentence's end a photo credit is looked for. */
    static final int PHOTO_CREDIT_TAIL = 40;
    /** A photo credit closing a line: "(Getty Images)", "(AP)". */
    static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "(?i)\\((getty|ap|reuters|afp|epa)( images)?\\)\\W*$");

    /** Past this many words a bullet is a run-on (often captions glued to a sentence), not a sentence. */
    static final int RUN_ON_WORDS = 55;
    /** Run-ons keep little of their score: a reader skips them. */
    static final double KEEP_RUN_ON = 0.3;
    /** Caption and video-prompt furniture anywhere in a sentence: "Pictured: ...", "Scroll down for video". */
    static final java.util.regex.Pattern CAPTION_TEXT = java.util.regex.Pattern.compile(
            "(?i)(\\bpictured\\b|\\b(photo|photograph|image|picture)s?\\s*:|getty images|scroll down for|"
            + "click here|\\((ap|afp|reuters|epa|pa|getty)\\))");
    /** Captions keep as little as calls to action. */
    static final double KEEP_CAPTION = 0.4;

    /** Maximal marginal relevance: share of the score vs. novelty against bullets already chosen. */
    static final double MMR_LAMBDA = 0.7;
    /** A sentence this similar (cosine of content words) to a chosen one is a repeat and skipped. */
    static final double MAX_SIMILARITY = 0.6;

    /** Opening words that point back to something the reader of a lone bullet has not seen. */
    static final Set<String> POINTS_BACK = WordSets.of("he", "she", "they", "it", "his", "her", "their", "its",
            "this", "these", "those", "that", "but", "and", "however", "also", "both", "them", "him", "there",
            "such", "so", "then", "yet", "or", "meanwhile", "still", "instead", "otherwise", "nevertheless",
            "furthermore", "moreover", "additionally", "besides", "thus", "hence", "therefore", "here");

    /** A pronoun's referent must be named within this many sentences before it. */
    static final int REFERENT_WINDOW = 2;
    /** People a pronoun may mean who have no name in the text: a rewrite would name the wrong one. */
    static final Set<String> UNNAMED_PEOPLE = WordSets.of("man", "woman", "boy", "girl", "men", "women", "wife",
            "husband", "son", "daughter", "mother", "father", "brother", "sister", "uncle", "aunt", "grandfather",
            "grandmother", "nephew", "niece", "cousin", "friend", "boyfriend", "girlfriend", "partner", "widow",
            "king", "queen", "prince", "princess", "judge", "officer", "victim", "suspect", "player", "driver",
            "child", "baby", "teenager", "student", "teacher", "doctor", "patient", "lawyer", "spokesman",
            "spokeswoman", "spokesperson", "colleague", "coach", "manager", "chairman", "owner", "pilot", "soldier",
            "gunman", "mum", "dad", "mom", "actor", "actress", "singer", "star", "captain", "leader", "president",
            "minister", "official", "boss", "chief", "team-mate", "teammate", "rival", "opponent", "winner");

    /** A derived headline is one clause of at most this many words: longer reads as a sentence. */
    static final int HEADLINE_MAX_WORDS = 12;
    /** Shorter than this is a fragment, not a headline. */
    static final int HEADLINE_MIN_WORDS = 5;
    /** Beyond the bullets, how many of the best-scored sentences may give the headline its clause. */
    static final int HEADLINE_CANDIDATES = 5;
}
