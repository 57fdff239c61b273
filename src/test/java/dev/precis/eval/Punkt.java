package dev.precis.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * NLTK's Punkt sentence tokenizer (3.9, {@code sent_tokenize}) with trained parameters, as the
 * extraction-wide benchmark's metric splits sentences with it. Only the tokenizing half: the
 * parameters are read, never trained. Each step follows the NLTK function named beside it, so a
 * disagreement can be traced to one place; Python's Unicode {@code \s}, {@code \w} and
 * {@code \d} are spelled out because Java's defaults are ASCII.
 */
public final class Punkt {

    /** Python's {@code str.isspace()} set, which its Unicode {@code \s} matches. */
    static final String WS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    static final String NWS = "[^\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    /** Python's {@code [^\W\d]}: word characters that are not decimal digits. */
    private static final String ALPHA = "[\\p{L}\\p{Nl}\\p{No}_]";

    private static final String NON_WORD = "(?:[)\";}\\]*:@'({\\[!?])";
    private static final String MULTI_CHAR = "(?:-{2,}|\\.{2,}|(?:\\." + WS + "){2,}\\.)";
    private static final String WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";
    private static final Pattern WORD_TOKEN = Pattern.compile("(" + MULTI_CHAR + "|(?=" + WORD_START + ")" + NWS
            + "+?(?=" + WS + "|$|" + NON_WORD + "|" + MULTI_CHAR + "|,(?=$|" + WS + "|" + NON_WORD + "|" + MULTI_CHAR
            + "))|" + NWS + ")", Pattern.UNIX_LINES);
    private static final Pattern PERIOD_CONTEXT = Pattern.compile("[.?!](?=(" + NON_WORD + "|" + WS + "+(" + NWS
            + "+)))", Pattern.UNIX_LINES);
    private static final Pattern REALIGN = Pattern.compile("[\"')\\]}]+?(?:" + WS + "+|(?=--)|$)",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern NUMERIC = Pattern.compile("^-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?$", Pattern.UNIX_LINES);
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.+$", Pattern.UNIX_LINES);
    private static final Pattern INITIAL = Pattern.compile(ALPHA + "\\.$", Pattern.UNIX_LINES);

    private static final int ORTHO_BEG_UC = 1 << 1;
    private static final int ORTHO_MID_UC = 1 << 2;
    private static final int ORTHO_UNK_UC = 1 << 3;
    private static final int ORTHO_BEG_LC = 1 << 4;
    private static final int ORTHO_MID_LC = 1 << 5;
    private static final int ORTHO_UNK_LC = 1 << 6;
    private static final int ORTHO_UC = ORTHO_BEG_UC + ORTHO_MID_UC + ORTHO_UNK_UC;
    private static final int ORTHO_LC = ORTHO_BEG_LC + ORTHO_MID_LC + ORTHO_UNK_LC;

    private final Set<String> abbrevTypes;
    private final Set<String> collocations;
    private final Set<String> sentStarters;
    private final Map<String, Integer> orthoContext;

    /** Collocations are "first,second" type pairs, as NLTK's punkt_tab stores them. */
    public Punkt(Set<String> abbrevTypes, Set<String> collocations, Set<String> sentStarters,
            Map<String, Integer> orthoContext) {
        this.abbrevTypes = Set.copyOf(abbrevTypes);
        this.collocations = Set.copyOf(collocations);
        this.sentStarters = Set.copyOf(sentStarters);
        this.orthoContext = Map.copyOf(orthoContext);
    }

    /** Parameters from a JSON file with NLTK's four tables (AbbrevTypes, Collocations, SentStarters, OrthoContext). */
    public static Punkt load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Integer> ortho = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("OrthoContext").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            ortho.put(e.getKey(), e.getValue().asInt());
        }
        return new Punkt(keys(root.path("AbbrevTypes")), keys(root.path("Collocations")),
                keys(root.path("SentStarters")), ortho);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** {@code PunktSentenceTokenizer.tokenize(text)} with boundary realignment. */
    public List<String> sentences(String text) {
        List<int[]> slices = realign(text, slicesFromText(text));
        List<String> out = new ArrayList<>(slices.size());
        for (int[] s : slices) {
            out.add(text.substring(s[0], s[1]));
        }
        return out;
    }

    /** {@code _slices_from_text} over {@code _match_potential_end_contexts}. */
    private List<int[]> slicesFromText(String text) {
        List<int[]> out = new ArrayList<>();
        int lastBreak = 0;
        Matcher m = PERIOD_CONTEXT.matcher(text);
        int prevStart = 0;
        int prevStop = 0;
        MatchInfo previous = null;
        while (m.find()) {
            int ws = lastWhitespace(text, prevStop, m.start());
            int wordStart = ws > 0 ? ws + prevStop + 1 : prevStart;
            if (previous != null && prevStop <= wordStart) {
                lastBreak = consider(text, out, lastBreak, previous, text.substring(prevStart, prevStop));
            }
            previous = new MatchInfo(m.start(), m.end(), m.group(1), m.group(2) == null ? -1 : m.start(2));
            prevStart = wordStart;
            prevStop = m.start();
        }
        if (previous != null) {
            lastBreak = consider(text, out, lastBreak, previous, text.substring(prevStart, prevStop));
        }
        out.add(new int[] {lastBreak, Math.max(lastBreak, rstripLength(text))});
        return out;
    }

    private record MatchInfo(int start, int end, String afterTok, int nextTokStart) {
    }

    private int consider(String text, List<int[]> out, int lastBreak, MatchInfo match, String before) {
        String context = before + text.substring(match.start(), match.end()) + match.afterTok();
        if (!containsSentbreak(context)) {
            return lastBreak;
        }
        out.add(new int[] {lastBreak, match.end()});
        return match.nextTokStart() >= 0 ? match.nextTokStart() : match.end();
    }

    /** {@code _get_last_whitespace_index}: 0 both for "none" and for index 0, as in NLTK. */
    private static int lastWhitespace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') {
                return i - from;
            }
        }
        return 0;
    }

    static int rstripLength(String text) {
        int end = text.length();
        while (end > 0 && isPySpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static boolean isPySpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** {@code _realign_boundaries}: closing quotes and brackets move to the sentence they close. */
    private static List<int[]> realign(String text, List<int[]> slices) {
        List<int[]> out = new ArrayList<>();
        int realign = 0;
        for (int i = 0; i < slices.size(); i++) {
            int[] s1 = {slices.get(i)[0] + realign, slices.get(i)[1]};
            if (i + 1 == slices.size()) {
                if (s1[1] > s1[0]) {
                    out.add(s1);
                }
                continue;
            }
            int[] s2 = slices.get(i + 1);
            Matcher m = REALIGN.matcher(text).region(s2[0], Math.max(s2[0], s2[1]));
            m.useAnchoringBounds(true);
            if (m.lookingAt()) {
                int len = rstripLength(m.group());
                out.add(new int[] {s1[0], s2[0] + len});
                realign = m.end() - s2[0];
            } else {
                realign = 0;
                if (s1[1] > s1[0]) {
                    out.add(s1);
                }
            }
        }
        return out;
    }

    /** {@code text_contains_sentbreak}: a break before the context's last token. */
    private boolean containsSentbreak(String context) {
        List<Token> tokens = words(context);
        for (Token t : tokens) {
            firstPass(t);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            secondPass(tokens.get(i), tokens.get(i + 1));
            if (tokens.get(i).sentbreak) {
                return true;
            }
        }
        return false;
    }

    /** {@code _tokenize_words}: tokens line by line. */
    static List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        boolean paraStart = false;
        for (String line : text.split("\n", -1)) {
            if (!hasNonPySpace(line)) {
                paraStart = true;
                continue;
            }
            Matcher m = WORD_TOKEN.matcher(line);
            boolean first = true;
            while (m.find()) {
                Token t = new Token(m.group(1));
                if (first) {
                    t.paraStart = paraStart;
                    t.lineStart = true;
                    paraStart = false;
                    first = false;
                }
                out.add(t);
            }
        }
        return out;
    }

    private static boolean hasNonPySpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isPySpace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code PunktToken}: the token's type and the flags the two passes set. */
    static final class Token {
        final String tok;
        final String type;
        final boolean periodFinal;
        boolean paraStart;
        boolean lineStart;
        boolean sentbreak;
        boolean abbr;
        boolean ellipsis;

        Token(String tok) {
            this.tok = tok;
            String lower = tok.toLowerCase(Locale.ROOT);
            this.type = NUMERIC.matcher(lower).matches() ? "##number##" : lower;
            this.periodFinal = tok.endsWith(".");
        }

        String typeNoPeriod() {
            return type.length() > 1 && type.endsWith(".") ? type.substring(0, type.length() - 1) : type;
        }

        String typeNoSentperiod() {
            return sentbreak ? typeNoPeriod() : type;
        }

        boolean firstUpper() {
            int c = tok.codePointAt(0);
            return Character.isUpperCase(c);
        }

        boolean firstLower() {
            return Character.isLowerCase(tok.codePointAt(0));
        }

        boolean isInitial() {
            return INITIAL.matcher(tok).matches();
        }
    }

    private void firstPass(Token t) {
        String tok = t.tok;
        if (tok.equals(".") || tok.equals("?") || tok.equals("!")) {
            t.sentbreak = true;
        } else if (ELLIPSIS.matcher(tok).matches()) {
            t.ellipsis = true;
        } else if (t.periodFinal && !tok.endsWith("..")) {
            String stem = tok.substring(0, tok.length() - 1).toLowerCase(Locale.ROOT);
            String[] parts = stem.split("-", -1);
            if (abbrevTypes.contains(stem) || abbrevTypes.contains(parts[parts.length - 1])) {
                t.abbr = true;
            } else {
                t.sentbreak = true;
            }
        }
    }

    /** {@code _second_pass_annotation}: collocations, abbreviations, initials and ordinals. */
    private void secondPass(Token t1, Token t2) {
        if (!t1.periodFinal) {
            return;
        }
        String typ = t1.typeNoPeriod();
        String nextTyp = t2.typeNoSentperiod();
        boolean initial = t1.isInitial();
        if (collocations.contains(typ + "," + nextTyp)) {
            t1.sentbreak = false;
            t1.abbr = true;
            return;
        }
        if ((t1.abbr || t1.ellipsis) && !initial) {
            Boolean starter = ortho(t2);
            if (Boolean.TRUE.equals(starter)) {
                t1.sentbreak = true;
                return;
            }
            if (t2.firstUpper() && sentStarters.contains(nextTyp)) {
                t1.sentbreak = true;
                return;
            }
        }
        if (initial || typ.equals("##number##")) {
            Boolean starter = ortho(t2);
            if (Boolean.FALSE.equals(starter)) {
                t1.sentbreak = false;
                t1.abbr = true;
                return;
            }
            if (starter == null && initial && t2.firstUpper()
                    && (orthoContext.getOrDefault(nextTyp, 0) & ORTHO_LC) == 0) {
                t1.sentbreak = false;
                t1.abbr = true;
            }
        }
    }

    /** {@code _ortho_heuristic}: true, false, or null for "unknown". */
    private Boolean ortho(Token t) {
        if (";:,.!?".contains(t.tok)) {
            return false;
        }
        int ctx = orthoContext.getOrDefault(t.typeNoSentperiod(), 0);
        if (t.firstUpper() && (ctx & ORTHO_LC) != 0 && (ctx & ORTHO_MID_UC) == 0) {
            return true;
        }
        if (t.firstLower() && ((ctx & ORTHO_UC) != 0 || (ctx & ORTHO_BEG_LC) == 0)) {
            return false;
        }
        return null;
    }
}
