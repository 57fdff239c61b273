package dev.precis.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language without a model: the script decides for scripts used by one
 * language family (Han, kana, Hangul, Arabic, Cyrillic, Greek, Hebrew, Thai); for Latin text,
 * the language whose common function words occur most.
 */
public final class LanguageDetector {

    /** How much text to look at: the opening is enough and keeps this cheap. */
    private static final int SAMPLE_CHARS = 1500;
    /** Fewer function-word hits than this in a Latin sample is too little evidence. */
    private static final int MIN_HITS = 3;
    /** No function word in the lists is longer; longer words are not looked up. */
    private static final int MAX_FUNCTION_WORD = 6;

    /** Common function words per language, in a fixed order so ties resolve the same way every run. */
    private static final List<Map.Entry<String, Set<String>>> FUNCTION_WORDS = List.of(
            Map.entry("en", WordSets.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on",
                    "said", "he", "she", "it", "are", "by")),
            Map.entry("de", WordSets.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich",
                    "auf", "für", "ein", "eine", "dem", "auch", "wurde")),
            Map.entry("fr", WordSets.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui",
                    "sur", "pas", "avec", "du", "au", "été")),
            Map.entry("es", WordSets.of("el", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para",
                    "se", "su", "es", "fue", "como", "pero")),
            Map.entry("it", WordSets.of("il", "che", "di", "della", "gli", "una", "per", "sono", "con", "non", "del",
                    "nel", "anche", "è", "alla", "delle", "ha")),
            Map.entry("pt", WordSets.of("o", "os", "que", "não", "uma", "para", "com", "do", "da", "dos", "das",
                    "em", "foi", "mas", "ao", "é", "pelo")),
            Map.entry("nl", WordSets.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "met", "voor", "op",
                    "ook", "werd", "maar", "bij", "naar", "wordt")));

    /** Each function word → the indexes (into FUNCTION_WORDS) of the languages that use it: one lookup per word. */
    private static final Map<String, int[]> LANGUAGES_BY_WORD = index();
    /**
     * The same table for the common case, a word of Latin-1 letters: each word packed into a
     * long, one byte per lower-cased letter, sorted for a binary search. Looking a word up
     * then needs no string made for it.
     */
    private static final long[] PACKED_WORDS;
    private static final int[][] PACKED_LANGUAGES;

    static {
        long[] keys = new long[LANGUAGES_BY_WORD.size()];
        int n = 0;
        for (String w : LANGUAGES_BY_WORD.keySet()) {
            long key = pack(w, 0, w.length());
            if (key >= 0) {
                keys[n++] = key;
            }
        }
        PACKED_WORDS = Arrays.copyOf(keys, n);
        Arrays.sort(PACKED_WORDS);
        PACKED_LANGUAGES = new int[n][];
        for (String w : LANGUAGES_BY_WORD.keySet()) {
            int at = Arrays.binarySearch(PACKED_WORDS, pack(w, 0, w.length()));
            if (at >= 0) {
                PACKED_LANGUAGES[at] = LANGUAGES_BY_WORD.get(w);
            }
        }
    }

    private static Map<String, int[]> index() {
        Map<String, int[]> byWord = new HashMap<>();
        for (int k = 0; k < FUNCTION_WORDS.size(); k++) {
            for (String w : FUNCTION_WORDS.get(k).getValue()) {
                int[] old = byWord.getOrDefault(w, new int[0]);
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = k;
                byWord.put(w, grown);
            }
        }
        return Map.copyOf(byWord);
    }

    /**
     * The lower-cased letters of text[from, to) packed one byte each, or -1 if one is not
     * Latin-1 (Latin-1 letters lower-case within Latin-1, one char to one char).
     */
    private static long pack(CharSequence text, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return -1;
            }
            key = key << 8 | Character.toLowerCase(c);
        }
        return key;
    }

    /**
     * The language of paragraphs, judged from their opening as if they were joined by line
     * breaks: each is read in place, not copied into a sample.
     */
    public String detect(List<String> paragraphs) {
        Evidence evidence = new Evidence();
        int budget = SAMPLE_CHARS;
        for (String p : paragraphs) {
            if (budget <= 0) {
                break;
            }
            int take = Math.min(p.length(), budget);
            evidence.read(p, take);
            budget -= take + 1; // and the line break
        }
        return evidence.verdict();
    }

    /** A language code (ISO 639-1), or null when the text gives too little evidence. */
    public String detect(String text) {
        Evidence evidence = new Evidence();
        evidence.read(text, Math.min(text.length(), SAMPLE_CHARS));
        return evidence.verdict();
    }

    /**
     * What the sample shows, in one pass: letters counted by script (Latin directly, the rarer
     * others through a map in the order first seen) and, for Latin text, each language's
     * function words.
     */
    private static final class Evidence {
        /** Made on the first letter of another script: most samples have none. */
        Map<Character.UnicodeScript, Integer> scripts;
        private static final Set<Map.Entry<Character.UnicodeScript, Integer>> NO_SCRIPTS = Set.of();
        int latinLetters;
        boolean kana;
        final int[] hits = new int[FUNCTION_WORDS.size()];

        /** Reads text[0, n); a word ends where the piece does. */
        void read(String text, int n) {
            int wordStart = -1;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                boolean letter = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
                if (!letter) {
                    if (wordStart >= 0 && i - wordStart <= MAX_FUNCTION_WORD) {
                        countFunctionWord(text, wordStart, i, hits);
                    }
                    wordStart = -1;
                    continue;
                }
                if (wordStart < 0) {
                    wordStart = i;
                }
                Character.UnicodeScript script = c < 0x0250 ? Character.UnicodeScript.LATIN
                        : Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.LATIN) {
                    latinLetters++;
                    continue;
                }
                if (scripts == null) {
                    scripts = new LinkedHashMap<>();
                }
                scripts.merge(script, 1, Integer::sum);
                kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            }
        }

        String verdict() {
            // The most letters wins; on a tie the script seen first, Latin last.
            Character.UnicodeScript main = null;
            int most = 0;
            for (Map.Entry<Character.UnicodeScript, Integer> e : scripts == null ? NO_SCRIPTS : scripts.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    main = e.getKey();
                }
            }
            if (latinLetters > most) {
                main = Character.UnicodeScript.LATIN;
            }
            if (main == null) {
                return null;
            }
            return languageOf(main, kana, hits);
        }
    }

    private static String languageOf(Character.UnicodeScript main, boolean kana, int[] hits) {
        switch (main) {
            case HAN:
            case HIRAGANA:
            case KATAKANA:
                return kana ? "ja" : "zh";
            case HANGUL:
                return "ko";
            case ARABIC:
                return "ar";
            case CYRILLIC:
                return "ru";
            case GREEK:
                return "el";
            case HEBREW:
                return "he";
            case THAI:
                return "th";
            case LATIN:
                return latin(hits);
            default:
                return null;
        }
    }

    /** Counts the word text[from, to) for every language that has it among its function words. */
    private static void countFunctionWord(String text, int from, int to, int[] hits) {
        int[] languages = languagesOf(text, from, to);
        if (languages != null) {
            for (int k : languages) {
                hits[k]++;
            }
        }
    }

    /**
     * The languages whose function word text[from, to) is, any case, or null: through the packed
     * table for Latin-1 words, without making a string.
     */
    static int[] languagesOf(String text, int from, int to) {
        long key = pack(text, from, to);
        if (key >= 0) {
            int at = Arrays.binarySearch(PACKED_WORDS, key);
            return at >= 0 ? PACKED_LANGUAGES[at] : null;
        }
        // A letter beyond Latin-1: the word is lower-cased as a string, as the lists were written.
        return plainLanguagesOf(text.substring(from, to));
    }

    /** The plain rule {@link #languagesOf} speeds up: the word lower-cased, looked up in the lists' index. */
    static int[] plainLanguagesOf(String word) {
        return LANGUAGES_BY_WORD.get(word.toLowerCase(Locale.ROOT));
    }

    /** Every function word of every language's list. */
    static Set<String> functionWords() {
        return LANGUAGES_BY_WORD.keySet();
    }

    private static String latin(int[] hits) {
        int best = 0;
        for (int k = 1; k < hits.length; k++) {
            if (hits[k] > hits[best]) {
                best = k;
            }
        }
        return hits[best] >= MIN_HITS ? FUNCTION_WORDS.get(best).getKey() : null;
    }

    /** Languages that write nouns with capitals, where capitals alone do not mark a name. */
    public static boolean capitalisesNouns(String language) {
        return language != null && (language.startsWith("de") || language.startsWith("lb"));
    }
}
