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

    /** The language of paragraphs, judged from their opening: no need to join a whole article. */
    public String detect(List<String> paragraphs) {
        StringBuilder sample = new StringBuilder(SAMPLE_CHARS + 64);
        for (String p : paragraphs) {
            if (sample.length() >= SAMPLE_CHARS) {
                break;
            }
            sample.append(p, 0, Math.min(p.length(), SAMPLE_CHARS - sample.length())).append('\n');
        }
        return detect(sample.toString());
    }

    /** A language code (ISO 639-1), or null when the text gives too little evidence. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        // Latin letters are counted directly; other scripts, rarer in a sample, go through a map.
        Map<Character.UnicodeScript, Integer> scripts = new LinkedHashMap<>();
        int latinLetters = 0;
        boolean kana = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = c < 0x0250 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latinLetters++;
                continue;
            }
            scripts.merge(script, 1, Integer::sum);
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        }
        if (latinLetters > 0) {
            scripts.merge(Character.UnicodeScript.LATIN, latinLetters, Integer::sum);
        }
        if (scripts.isEmpty()) {
            return null;
        }
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Character.UnicodeScript.LATIN);
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
                return latin(sample);
            default:
                return null;
        }
    }

    private static String latin(String sample) {
        int[] hits = new int[FUNCTION_WORDS.size()];
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= MAX_FUNCTION_WORD) {
                // Only the short words are looked up, so only they are lower-cased.
                int[] languages = LANGUAGES_BY_WORD.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    for (int k : languages) {
                        hits[k]++;
                    }
                }
            }
        }
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
