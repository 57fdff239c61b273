package dev.precis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Web Content Extraction Benchmark's metric (extraction-wide SOURCE.md): ROUGE-LSum as
 * rouge-score 0.1.2 computes it without stemming, over Punkt sentences joined by newlines and
 * tokens split on whitespace with case and punctuation kept. Tokens are numbered per page so the
 * LCS tables compare ints; the tie-breaks of rouge-score's backtrack are kept, since the union of
 * LCS matches depends on them.
 */
public final class WcebScore {

    private static final Pattern SPACES = Pattern.compile(Punkt.WS + "+");

    /** One page's precision, recall and F1. */
    public record PageScore(double precision, double recall, double f1) {
        static PageScore of(double p, double r) {
            return new PageScore(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    private final Punkt punkt;

    public WcebScore(Punkt punkt) {
        this.punkt = punkt;
    }

    /** The empty cases first (SOURCE.md step 4), then the summary-level LCS. */
    public PageScore score(String truth, String output) {
        boolean noTruth = truth == null || truth.isEmpty();
        boolean noOutput = output == null || output.isEmpty();
        if (noTruth && noOutput) {
            return new PageScore(1, 1, 1);
        }
        if (noOutput) {
            return new PageScore(0, 0, 0);
        }
        if (noTruth) {
            return new PageScore(0, 1, 0);
        }
        Map<String, Integer> ids = new HashMap<>();
        return summaryLevelLcs(sentences(truth, ids), sentences(output, ids), ids.size());
    }

    /** Punkt sentences, joined with newlines and split again as rouge-score reads them, as token ids. */
    int[][] sentences(String text, Map<String, Integer> ids) {
        List<int[]> out = new ArrayList<>();
        for (String sentence : punkt.sentences(text)) {
            out.add(tokens(sentence, ids));
        }
        return out.toArray(new int[0][]);
    }

    /** {@code re.split(r'\s+', s.strip())}: a blank line gives one empty token, as in Python. */
    static List<String> tokens(String line) {
        int start = 0;
        int end = Punkt.rstripLength(line);
        while (start < end && Punkt.isPySpace(line.charAt(start))) {
            start++;
        }
        return List.of(SPACES.split(line.substring(start, end), -1));
    }

    private static int[] tokens(String line, Map<String, Integer> ids) {
        List<String> words = tokens(line);
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(words.get(i), k -> ids.size());
        }
        return out;
    }

    /** rouge-score's {@code _summary_level_lcs}. */
    static PageScore summaryLevelLcs(int[][] ref, int[][] can, int vocabulary) {
        int m = 0;
        int n = 0;
        int[] refCounts = new int[vocabulary];
        int[] canCounts = new int[vocabulary];
        for (int[] s : ref) {
            m += s.length;
            for (int t : s) {
                refCounts[t]++;
            }
        }
        for (int[] s : can) {
            n += s.length;
            for (int t : s) {
                canCounts[t]++;
            }
        }
        if (m == 0 || n == 0) {
            return new PageScore(0, 0, 0);
        }
        int hits = 0;
        boolean[] union = new boolean[0];
        for (int[] r : ref) {
            if (union.length < r.length) {
                union = new boolean[r.length];
            } else {
                java.util.Arrays.fill(union, 0, r.length, false);
            }
            for (int[] c : can) {
                markLcs(r, c, union);
            }
            for (int i = 0; i < r.length; i++) {
                int t = r[i];
                if (union[i] && canCounts[t] > 0 && refCounts[t] > 0) {
                    hits++;
                    canCounts[t]--;
                    refCounts[t]--;
                }
            }
        }
        return PageScore.of((double) hits / n, (double) hits / m);
    }

    /** Marks in {@code union} the indices of {@code ref} in one LCS with {@code can}, backtracked as rouge-score does. */
    static void markLcs(int[] ref, int[] can, boolean[] union) {
        int rows = ref.length;
        int cols = can.length;
        if (rows == 0 || cols == 0) {
            return;
        }
        int[] table = new int[(rows + 1) * (cols + 1)];
        int w = cols + 1;
        for (int i = 1; i <= rows; i++) {
            int ri = ref[i - 1];
            int row = i * w;
            int up = row - w;
            for (int j = 1; j <= cols; j++) {
                table[row + j] = ri == can[j - 1] ? table[up + j - 1] + 1 : Math.max(table[up + j], table[row + j - 1]);
            }
        }
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == can[j - 1]) {
                union[i - 1] = true;
                i--;
                j--;
            } else if (table[i * w + j - 1] > table[(i - 1) * w + j]) {
                j--;
            } else {
                i--;
            }
        }
    }
}
