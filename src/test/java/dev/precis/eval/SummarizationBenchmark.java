package dev.precis.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.clean.ArticleCleaner;
import dev.precis.entity.EntityAnalyzer;
import dev.precis.entity.MentionExtractor;
import dev.precis.error.PrecisException;
import dev.precis.fetch.AddressClassifier;
import dev.precis.fetch.Connector;
import dev.precis.fetch.FetchPolicy;
import dev.precis.fetch.HostResolver;
import dev.precis.fetch.HttpFetcher;
import dev.precis.fetch.UrlGuard;
import dev.precis.summary.Summarizer;
import dev.precis.summary.Summary;
import dev.precis.text.LanguageDetector;
import dev.precis.text.Sentence;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;

/**
 * Every system on the same articles of a JSONL set of {@code {"id", "text", "reference", "title"?}}
 * lines: ROUGE against the reference, and the checks a reader makes of a bullet (opens pointing
 * back, is a photo caption, runs over 55 words) and of a derived headline (cut with "…").
 * Systems: {@code precis}, {@code lead3} (the first N sentences), {@code textrank},
 * {@code lexrank}, and ablations {@code precis-no-entities}, {@code precis-no-position},
 * {@code precis-no-centrality}, {@code precis-no-headline}.
 *
 * <pre>./precis eval summarization [--bullets N] [--set FILE.jsonl] [--systems a,b,..] [--per-article OUT.tsv]</pre>
 */
public final class SummarizationBenchmark {

    static final String USAGE = "precis eval summarization [--bullets N] [--set FILE.jsonl]"
            + " [--systems precis,lead3,textrank,lexrank,precis-no-entities,...] [--per-article OUT.tsv]";

    /** Opening words that point back to something a lone bullet's reader has not seen. */
    static final Set<String> POINTS_BACK = Set.of("he", "she", "they", "it", "his", "her", "their", "its", "this",
            "these", "those", "but", "and", "however", "also", "both", "them", "him", "that", "such", "there");
    /** A bullet longer than this (words) is a run-on, usually captions glued to a sentence. */
    static final int LONG_BULLET_WORDS = 55;
    /** What a photo caption or credit left in the text looks like. */
    static final Pattern CAPTION = Pattern.compile("(?i)(\\bpictured\\b|\\b(photo|photograph|image|picture|"
            + "credit)s?\\s*:|getty images|\\((ap|afp|reuters|epa|pa|getty)\\)|scroll down for|click here|"
            + "\\bcaption\\b)");

    /** Mean ROUGE F-measures (times 100) and the shares (percent) of bullets and headlines failing a check. */
    public record Result(double rouge1, double rouge2, double rougeL, double rougeLsum, double pointsBack,
            int articles, int failures, double captions, double longBullets, double headlinesCut, double words) {
    }

    private final Rouge rouge = new Rouge(new PorterStemmer());
    private final PorterStemmer stemmer = new PorterStemmer();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter(tokenizer);
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();

    public static Path defaultSet() {
        return ExtractionBenchmark.sharedDir().resolve("eval-data/summarization/cnndm_cased/cnndm_cased_dev.jsonl");
    }

    /** The shared development sets, by short name. */
    public static Path set(String name) {
        Path dir = ExtractionBenchmark.sharedDir().resolve("eval-data/summarization");
        return switch (name) {
            case "cnndm" -> defaultSet();
            case "bbc" -> dir.resolve("bbc_dev.jsonl");
            case "xsum" -> dir.resolve("xsum_dev.jsonl");
            default -> Path.of(name);
        };
    }

    /** Precis and Lead-N on every article of {@code set}: {precis, lead}. */
    public Result[] run(Path set, int bullets, Path perArticle) throws IOException {
        Map<String, Result> r = run(set, bullets, List.of("precis", "lead3"), perArticle);
        return new Result[] {r.get("precis"), r.get("lead3")};
    }

    /** What one system made of one article. */
    private record Output(List<String> bullets, String derivedHeadline, boolean failed) {
    }

    /** Every named system on every article of {@code set}, in the order asked. */
    public Map<String, Result> run(Path set, int bullets, List<String> systems, Path perArticle) throws IOException {
        for (String system : systems) {
            if (!system.equals("lead3") && !system.equals("textrank") && !system.equals("lexrank")
                    && pipeline(system) == null) {
                throw new IllegalArgumentException("unknown system " + system);
            }
        }
        List<JsonNode> items = EvalData.jsonl(set, "text", "reference");
        int k = systems.size();
        double[][] sums = new double[k][9];
        int[] bulletCount = new int[k];
        int[] headlines = new int[k];
        int[] failures = new int[k];
        BufferedWriter tsv = perArticle == null ? null : Files.newBufferedWriter(perArticle, StandardCharsets.UTF_8);
        try {
            if (tsv != null) {
                StringBuilder head = new StringBuilder("id");
                for (String s : systems) {
                    head.append('\t').append(s).append("_r1\t").append(s).append("_r2\t").append(s).append("_rlsum");
                }
                tsv.write(head + "\n");
            }
            for (JsonNode item : items) {
                String text = item.path("text").asText();
                String title = item.path("title").asText(null);
                String reference = item.path("reference").asText();
                List<Sentence> sentences = sentences(text);
                StringBuilder row = new StringBuilder(item.path("id").asText());
                for (int s = 0; s < k; s++) {
                    Output out = output(systems.get(s), text, title, sentences, bullets);
                    double[] score = score(reference, out.bullets());
                    for (int m = 0; m < 4; m++) {
                        sums[s][m] += score[m];
                    }
                    for (String b : out.bullets()) {
                        int words = b.isBlank() ? 0 : b.strip().split("\\s+").length;
                        sums[s][4] += pointsBack(b) ? 1 : 0;
                        sums[s][5] += CAPTION.matcher(b).find() ? 1 : 0;
                        sums[s][6] += words > LONG_BULLET_WORDS ? 1 : 0;
                        sums[s][8] += words;
                    }
                    bulletCount[s] += out.bullets().size();
                    if (out.derivedHeadline() != null) {
                        headlines[s]++;
                        sums[s][7] += out.derivedHeadline().endsWith("…") ? 1 : 0;
                    }
                    failures[s] += out.failed() ? 1 : 0;
                    row.append(String.format(Locale.ROOT, "\t%.2f\t%.2f\t%.2f", score[0], score[1], score[3]));
                }
                if (tsv != null) {
                    tsv.write(row + "\n");
                }
            }
        } finally {
            if (tsv != null) {
                tsv.close();
            }
        }
        int n = items.size();
        Map<String, Result> out = new LinkedHashMap<>();
        for (int s = 0; s < k; s++) {
            double b = Math.max(1, bulletCount[s]);
            out.put(systems.get(s), new Result(sums[s][0] / n, sums[s][1] / n, sums[s][2] / n, sums[s][3] / n,
                    100 * sums[s][4] / b, n, failures[s], 100 * sums[s][5] / b, 100 * sums[s][6] / b,
                    headlines[s] == 0 ? Double.NaN : 100 * sums[s][7] / headlines[s], sums[s][8] / n));
        }
        return out;
    }

    private Output output(String system, String text, String title, List<Sentence> sentences, int bullets) {
        return switch (system) {
            case "lead3" -> new Output(texts(sentences, leadIndices(sentences.size(), bullets)), null, false);
            case "textrank" -> new Output(texts(sentences, TextRank.pick(stemmedContent(sentences), bullets)), null,
                    false);
            case "lexrank" -> new Output(texts(sentences, LexRank.pick(stemmedContent(sentences), bullets)), null,
                    false);
            default -> {
                try {
                    SummaryRequest request = SummaryRequest.ofText(text).withBullets(bullets);
                    if (title != null && !title.isBlank()) {
                        request = request.withTitle(title);
                    }
                    Pipeline p = pipeline(system);
                    Article article = p.extract(request);
                    Summary summary = p.summarize(article, bullets, request.title());
                    boolean derived = request.title() == null && article.headline() == null;
                    yield new Output(summary.bullets(), derived ? summary.headline() : null, false);
                } catch (PrecisException e) {
                    yield new Output(List.of(), null, true);
                }
            }
        };
    }

    /** The pipeline for precis or one of its ablations; null for a name that is neither. */
    private Pipeline pipeline(String system) {
        Set<Summarizer.Signal> off = EnumSet.noneOf(Summarizer.Signal.class);
        if (!system.equals("precis")) {
            if (!system.startsWith("precis-no-")) {
                return null;
            }
            try {
                off.add(Summarizer.Signal.valueOf(system.substring("precis-no-".length()).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return pipelines.computeIfAbsent(system, s -> new Pipeline(
                new HttpFetcher(new UrlGuard(HostResolver.system(), new AddressClassifier()), Connector.direct(),
                        FetchPolicy.defaults()),
                new ArticleCleaner(), new SentenceSplitter(tokenizer), new EntityAnalyzer(new MentionExtractor()),
                new Summarizer(tokenizer, off), new LanguageDetector()));
    }

    private List<Sentence> sentences(String text) {
        try {
            return splitter.split(cleaner.fromText(text).paragraphs());
        } catch (PrecisException e) {
            return List.of();
        }
    }

    private static List<Integer> leadIndices(int size, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(size, n); i++) {
            out.add(i);
        }
        return out;
    }

    private static List<String> texts(List<Sentence> sentences, List<Integer> indices) {
        return indices.stream().map(i -> sentences.get(i).text()).toList();
    }

    /** Each sentence's content words, Porter-stemmed: what the graph methods compare. */
    private List<List<String>> stemmedContent(List<Sentence> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> words = new ArrayList<>();
            for (String w : tokenizer.contentWords(s.words())) {
                words.add(stemmer.stem(w));
            }
            out.add(words);
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
        List<Sentence> sentences = sentences(text);
        return texts(sentences, leadIndices(sentences.size(), n));
    }

    static boolean pointsBack(String bullet) {
        String first = bullet.replaceFirst("^[\\p{Punct}“‘\"'\\s]+", "").split("[\\s,;:]+", 2)[0]
                .toLowerCase(Locale.ROOT);
        return POINTS_BACK.contains(first) || bullet.toLowerCase(Locale.ROOT).startsWith("the two ");
    }

    public static void main(String[] args) {
        EvalData.run(USAGE, () -> {
            int bullets = 3;
            Path set = defaultSet();
            Path perArticle = null;
            List<String> systems = List.of("precis", "lead3");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bullets" -> bullets = Integer.parseInt(args[++i]);
                    case "--set" -> set = set(args[++i]);
                    case "--systems" -> systems = List.of(args[++i].split(","));
                    case "--per-article" -> perArticle = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            if (bullets < 1) {
                throw new IllegalArgumentException("--bullets");
            }
            Map<String, Result> r;
            try {
                r = new SummarizationBenchmark().run(set, bullets, systems, perArticle);
            } catch (IllegalArgumentException e) {
                throw new EvalData.BadSetException(e.getMessage() + " (usage: " + USAGE + ")");
            }
            Result any = r.values().iterator().next();
            System.out.printf("%d articles, %d bullets each (%s)%n", any.articles(), bullets, set.getFileName());
            System.out.printf("%-22s %8s %8s %8s %8s %6s %11s %9s %8s %13s%n", "system", "ROUGE-1", "ROUGE-2",
                    "ROUGE-L", "R-Lsum", "words", "points back", "captions", ">55 wds", "headline cut");
            for (Map.Entry<String, Result> e : r.entrySet()) {
                Result x = e.getValue();
                String name = e.getKey().equals("lead3") ? "lead-" + bullets : e.getKey();
                System.out.printf(Locale.ROOT, "%-22s %8.2f %8.2f %8.2f %8.2f %6.0f %10.1f%% %8.1f%% %7.1f%% %13s%n",
                        name, x.rouge1(), x.rouge2(), x.rougeL(), x.rougeLsum(), x.words(), x.pointsBack(),
                        x.captions(), x.longBullets(), Double.isNaN(x.headlinesCut()) ? "-"
                                : String.format(Locale.ROOT, "%.1f%%", x.headlinesCut()));
                if (x.failures() > 0) {
                    System.out.printf("  %s refused %d articles (counted as empty summaries)%n", name, x.failures());
                }
            }
        });
    }
}
