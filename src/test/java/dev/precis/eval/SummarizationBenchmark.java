package dev.precis.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.ArticleCleaner;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

/**
 * ROUGE of our bullets and of Lead-3 (the first three sentences) on a JSONL set of
 * {@code {"id", "text", "reference"}} lines, computed in the same run.
 *
 * <pre>./precis eval summarization [--bullets N] [--set FILE.jsonl] [--per-article OUT.tsv]</pre>
 */
public final class SummarizationBenchmark {

    /** Opening words that point back to something a lone bullet's reader has not seen. */
    static final Set<String> POINTS_BACK = Set.of("he", "she", "they", "it", "his", "her", "their", "its", "this",
            "these", "those", "but", "and", "however", "also", "both", "them", "him", "that", "such", "there");

    /** Mean ROUGE F-measures (times 100) and the share of bullets that open pointing back. */
    public record Result(double rouge1, double rouge2, double rougeL, double rougeLsum, double pointsBack, int articles,
            int failures) {
    }

    private final Rouge rouge = new Rouge(new PorterStemmer());
    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final ObjectMapper json = new ObjectMapper();

    public static Path defaultSet() {
        return ExtractionBenchmark.sharedDir().resolve("eval-data/summarization/cnndm_cased/cnndm_cased_dev.jsonl");
    }

    /** Our summaries and Lead-3 on every article of {@code set}: {ours, lead3}. */
    public Result[] run(Path set, int bullets, Path perArticle) throws IOException {
        List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        double[][] sums = new double[2][5];
        int n = 0;
        int failures = 0;
        int[] bulletCount = new int[2];
        BufferedWriter tsv = perArticle == null ? null : Files.newBufferedWriter(perArticle, StandardCharsets.UTF_8);
        try {
            if (tsv != null) {
                tsv.write("id\tours_r1\tours_r2\tours_rlsum\tlead3_r1\tlead3_r2\tlead3_rlsum\n");
            }
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                String text = item.path("text").asText();
                String reference = item.path("reference").asText();
                List<String> ours;
                try {
                    ours = pipeline.summarize(SummaryRequest.ofText(text).withBullets(bullets)).bullets();
                } catch (PrecisException e) {
                    ours = List.of();
                    failures++;
                }
                List<String> lead = lead(text, bullets);
                double[][] scores = {score(reference, ours), score(reference, lead)};
                for (int k = 0; k < 2; k++) {
                    for (int m = 0; m < 4; m++) {
                        sums[k][m] += scores[k][m];
                    }
                    List<String> b = k == 0 ? ours : lead;
                    sums[k][4] += b.stream().filter(SummarizationBenchmark::pointsBack).count();
                    bulletCount[k] += b.size();
                }
                if (tsv != null) {
                    tsv.write(String.format(Locale.ROOT, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f%n",
                            item.path("id").asText(), scores[0][0], scores[0][1], scores[0][3], scores[1][0],
                            scores[1][1], scores[1][3]));
                }
                n++;
            }
        } finally {
            if (tsv != null) {
                tsv.close();
            }
        }
        Result[] out = new Result[2];
        for (int k = 0; k < 2; k++) {
            out[k] = new Result(sums[k][0] / n, sums[k][1] / n, sums[k][2] / n, sums[k][3] / n,
                    100.0 * sums[k][4] / Math.max(1, bulletCount[k]), n, k == 0 ? failures : 0);
        }
        return out;
    }

    private double[] score(String reference, List<String> bullets) {
        String prediction = String.join("\n", bullets);
        return new double[] {100 * rouge.rougeN(reference, prediction, 1).f(),
            100 * rouge.rougeN(reference, prediction, 2).f(), 100 * rouge.rougeL(reference, prediction).f(),
            100 * rouge.rougeLsum(reference, prediction).f()};
    }

    /** The first {@code n} sentences, split by the same splitter the summarizer uses. */
    List<String> lead(String text, int n) {
        try {
            List<Sentence> sentences = splitter.split(cleaner.fromText(text).paragraphs());
            return sentences.subList(0, Math.min(n, sentences.size())).stream().map(Sentence::text).toList();
        } catch (PrecisException e) {
            return List.of();
        }
    }

    static boolean pointsBack(String bullet) {
        String first = bullet.replaceFirst("^[\\p{Punct}“‘\"'\\s]+", "").split("[\\s,;:]+", 2)[0]
                .toLowerCase(Locale.ROOT);
        return POINTS_BACK.contains(first) || bullet.toLowerCase(Locale.ROOT).startsWith("the two ");
    }

    public static void main(String[] args) throws IOException {
        int bullets = 3;
        Path set = defaultSet();
        Path perArticle = null;
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--bullets" -> bullets = Integer.parseInt(rest.get(++i));
                case "--set" -> set = Path.of(rest.get(++i));
                case "--per-article" -> perArticle = Path.of(rest.get(++i));
                default -> {
                    System.err.println("usage: precis eval summarization [--bullets N] [--set FILE.jsonl]"
                            + " [--per-article OUT.tsv]");
                    System.exit(2);
                }
            }
        }
        Result[] r = new SummarizationBenchmark().run(set, bullets, perArticle);
        System.out.printf("%d articles, %d bullets each (%s)%n", r[0].articles(), bullets, set.getFileName());
        System.out.printf("%-8s %8s %8s %8s %8s %12s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "R-Lsum",
                "points back");
        String[] names = {"precis", "lead-3"};
        for (int k = 0; k < 2; k++) {
            System.out.printf(Locale.ROOT, "%-8s %8.2f %8.2f %8.2f %8.2f %11.1f%%%n", names[k], r[k].rouge1(),
                    r[k].rouge2(), r[k].rougeL(), r[k].rougeLsum(), r[k].pointsBack());
        }
        if (r[0].failures() > 0) {
            System.out.printf("precis refused %d articles (counted as empty summaries)%n", r[0].failures());
        }
    }
}
