package dev.precis.eval;

import java.util.Map;

/**
 * The Porter stemmer as NLTK runs it by default (its "NLTK extensions" mode), which is what
 * rouge-score uses. Written from the published algorithm and NLTK's documented departures:
 * a small pool of irregular forms, "ies"/"ied" on four-letter words, "y" to "i" only after a
 * consonant, and the extra step-2 rules (fulli, lessli, logi; alli applied first).
 */
public final class PorterStemmer {

    private static final Map<String, String> POOL = Map.ofEntries(
            Map.entry("skies", "sky"), Map.entry("sky", "sky"), Map.entry("dying", "die"), Map.entry("lying", "lie"),
            Map.entry("tying", "tie"), Map.entry("news", "news"), Map.entry("innings", "inning"),
            Map.entry("inning", "inning"), Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"), Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

    /** A rule: a suffix, its replacement, and the condition on the stem left without the suffix. */
    private record Rule(String suffix, String replacement, java.util.function.Predicate<String> condition) {
    }

    public String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String pooled = POOL.get(w);
        if (pooled != null) {
            return pooled;
        }
        if (w.length() <= 2) {
            return w;
        }
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = step2(w);
        w = step3(w);
        w = step4(w);
        w = step5a(w);
        w = step5b(w);
        return w;
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !consonant(w, i - 1);
        }
        return true;
    }

    /** The m of [C](VC)^m[V]. */
    static int measure(String stem) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean vowel = !consonant(stem, i);
            if (!vowel && previousVowel) {
                m++;
            }
            previousVowel = vowel;
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!consonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
    }

    private static boolean endsCvc(String w) {
        int n = w.length();
        if (n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1)) {
            char last = w.charAt(n - 1);
            return last != 'w' && last != 'x' && last != 'y';
        }
        return n == 2 && !consonant(w, 0) && consonant(w, 1);
    }

    private static String applyRules(String w, Rule... rules) {
        for (Rule r : rules) {
            if (r.suffix().equals("*d")) {
                if (endsDoubleConsonant(w)) {
                    String stem = w.substring(0, w.length() - 2);
                    return r.condition() == null || r.condition().test(stem) ? stem + r.replacement() : w;
                }
                continue;
            }
            if (w.endsWith(r.suffix())) {
                String stem = w.substring(0, w.length() - r.suffix().length());
                return r.condition() == null || r.condition().test(stem) ? stem + r.replacement() : w;
            }
        }
        return w;
    }

    private static Rule rule(String suffix, String replacement, java.util.function.Predicate<String> condition) {
        return new Rule(suffix, replacement, condition);
    }

    private static boolean positive(String stem) {
        return measure(stem) > 0;
    }

    private static boolean aboveOne(String stem) {
        return measure(stem) > 1;
    }

    private static String step1a(String w) {
        if (w.endsWith("ies") && w.length() == 4) {
            return w.substring(0, 1) + "ie";
        }
        return applyRules(w, rule("sses", "ss", null), rule("ies", "i", null), rule("ss", "ss", null),
                rule("s", "", null));
    }

    private static String step1b(String w) {
        if (w.endsWith("ied")) {
            return w.length() == 4 ? w.substring(0, 1) + "ie" : w.substring(0, w.length() - 3) + "i";
        }
        if (w.endsWith("eed")) {
            String stem = w.substring(0, w.length() - 3);
            return measure(stem) > 0 ? stem + "ee" : w;
        }
        String stem = null;
        for (String suffix : new String[] {"ed", "ing"}) {
            if (w.endsWith(suffix)) {
                String candidate = w.substring(0, w.length() - suffix.length());
                if (containsVowel(candidate)) {
                    stem = candidate;
                    break;
                }
            }
        }
        if (stem == null) {
            return w;
        }
        String s = stem;
        char last = s.charAt(s.length() - 1);
        return applyRules(s, rule("at", "ate", null), rule("bl", "ble", null), rule("iz", "ize", null),
                rule("*d", String.valueOf(last), x -> last != 'l' && last != 's' && last != 'z'),
                rule("", "e", x -> measure(x) == 1 && endsCvc(x)));
    }

    private static String step1c(String w) {
        return applyRules(w, rule("y", "i", stem -> stem.length() > 1 && consonant(stem, stem.length() - 1)));
    }

    private static String step2(String w) {
        if (w.endsWith("alli") && positive(w.substring(0, w.length() - 4))) {
            return step2(w.substring(0, w.length() - 4) + "al");
        }
        String word = w;
        return applyRules(w, rule("ational", "ate", PorterStemmer::positive),
                rule("tional", "tion", PorterStemmer::positive), rule("enci", "ence", PorterStemmer::positive),
                rule("anci", "ance", PorterStemmer::positive), rule("izer", "ize", PorterStemmer::positive),
                rule("bli", "ble", PorterStemmer::positive), rule("alli", "al", PorterStemmer::positive),
                rule("entli", "ent", PorterStemmer::positive), rule("eli", "e", PorterStemmer::positive),
                rule("ousli", "ous", PorterStemmer::positive), rule("ization", "ize", PorterStemmer::positive),
                rule("ation", "ate", PorterStemmer::positive), rule("ator", "ate", PorterStemmer::positive),
                rule("alism", "al", PorterStemmer::positive), rule("iveness", "ive", PorterStemmer::positive),
                rule("fulness", "ful", PorterStemmer::positive), rule("ousness", "ous", PorterStemmer::positive),
                rule("aliti", "al", PorterStemmer::positive), rule("iviti", "ive", PorterStemmer::positive),
                rule("biliti", "ble", PorterStemmer::positive), rule("fulli", "ful", PorterStemmer::positive),
                rule("lessli", "less", PorterStemmer::positive),
                rule("logi", "log", stem -> positive(word.substring(0, word.length() - 3))));
    }

    private static String step3(String w) {
        return applyRules(w, rule("icate", "ic", PorterStemmer::positive), rule("ative", "", PorterStemmer::positive),
                rule("alize", "al", PorterStemmer::positive), rule("iciti", "ic", PorterStemmer::positive),
                rule("ical", "ic", PorterStemmer::positive), rule("ful", "", PorterStemmer::positive),
                rule("ness", "", PorterStemmer::positive));
    }

    private static String step4(String w) {
        return applyRules(w, rule("al", "", PorterStemmer::aboveOne), rule("ance", "", PorterStemmer::aboveOne),
                rule("ence", "", PorterStemmer::aboveOne), rule("er", "", PorterStemmer::aboveOne),
                rule("ic", "", PorterStemmer::aboveOne), rule("able", "", PorterStemmer::aboveOne),
                rule("ible", "", PorterStemmer::aboveOne), rule("ant", "", PorterStemmer::aboveOne),
                rule("ement", "", PorterStemmer::aboveOne), rule("ment", "", PorterStemmer::aboveOne),
                rule("ent", "", PorterStemmer::aboveOne),
                rule("ion", "", stem -> aboveOne(stem) && !stem.isEmpty()
                        && (stem.endsWith("s") || stem.endsWith("t"))),
                rule("ou", "", PorterStemmer::aboveOne), rule("ism", "", PorterStemmer::aboveOne),
                rule("ate", "", PorterStemmer::aboveOne), rule("iti", "", PorterStemmer::aboveOne),
                rule("ous", "", PorterStemmer::aboveOne), rule("ive", "", PorterStemmer::aboveOne),
                rule("ize", "", PorterStemmer::aboveOne));
    }

    private static String step5a(String w) {
        if (w.endsWith("e")) {
            String stem = w.substring(0, w.length() - 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsCvc(stem))) {
                return stem;
            }
        }
        return w;
    }

    private static String step5b(String w) {
        return applyRules(w, rule("ll", "l", stem -> measure(w.substring(0, w.length() - 1)) > 1));
    }
}
