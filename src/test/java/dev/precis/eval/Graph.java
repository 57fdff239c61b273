package dev.precis.eval;

/** PageRank on a weighted, undirected sentence graph, as TextRank and LexRank both use it. */
final class Graph {

    private Graph() {
    }

    /**
     * Scores by the power method: s(i) = (1 - d) / N + d * sum_j w(j,i) / out(j) * s(j), where
     * out(j) is the sum of j's edge weights; stops when no score moves by more than epsilon.
     */
    static double[] rank(double[][] w, double d, double epsilon, int maxIterations) {
        int n = w.length;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                out[j] += w[j][i];
            }
        }
        double[] s = new double[n];
        java.util.Arrays.fill(s, n == 0 ? 0 : 1.0 / n);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] next = new double[n];
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] != 0 && out[j] > 0) {
                        sum += w[j][i] / out[j] * s[j];
                    }
                }
                next[i] = (1 - d) / n + d * sum;
                delta = Math.max(delta, Math.abs(next[i] - s[i]));
            }
            s = next;
            if (delta < epsilon) {
                break;
            }
        }
        return s;
    }
}
