package dev.precis.eval;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.entity.Entity;
import dev.precis.entity.EntityAnalysis;
import dev.precis.entity.EntityAnalyzer;
import dev.precis.entity.MentionExtractor;
import dev.precis.entity.SalienceWeights;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Explained;
import dev.precis.text.Sentence;
import dev.precis.text.Tokenizer;

/**
 * Entity salience against SEL's crowd scores (the matching rule of the salience set's SOURCE.md):
 * P@1, P@3, P@5 and R@10 of Precis's ranked entities, beside the same entities in order of first
 * mention and of mention count.
 *
 * <pre>./precis eval salience [--set FILE.jsonl] [--show N]
 * ./precis eval salience --function-words bbc|cnndm|xsum|FILE.jsonl
 * ./precis eval salience --fit [FILE.jsonl] [--hold mentions,spread]  # the weights, fitted on the development set
 * ./precis eval salience --cv [FILE.jsonl] [--hold mentions,spread]   # the fit, 2-fold cross-validated on it</pre>
 */
public final class SalienceBenchmark {

    static final String USAGE = "precis eval salience [--set FILE.jsonl] [--show N] | --function-words SET"
            + " | --fit|--cv [FILE] [--hold WEIGHT,...]";
    /** A gold entity is salient from this crowd score up. */
    static final double SALIENT = 2.0;
    /** How many entities a system lists. */
    static final int LIST = 10;
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words too generic to match a longer name by prefix or suffix ("Union" is not "European Union"). */
    private static final Set<String> GENERIC = Set.of("union", "party", "state", "states", "united", "national",
            "new", "north", "south", "east", "west", "republic", "city", "university", "government", "court",
            "house", "council", "ministry", "department", "minister", "president", "army", "police", "island",
            "islands", "river", "sea", "ocean", "company", "group", "bank", "league", "club", "team", "world",
            "international", "federal", "central", "general", "american", "european", "county", "province",
            "district", "war", "prime", "foreign", "office", "news", "times", "association", "center", "centre");

    /** The four figures for one ranking over one set, and how many articles list a function word. */
    public record Scores(double p1, double p3, double p5, double r10, int articles, int functionWordArticles) {
    }

    /** Words that are never an entity's name; any of them in a top 10 is a defect. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "it", "its", "we", "he", "she", "they", "i",
            "you", "his", "her", "their", "this", "that", "these", "there", "but", "and", "or", "in", "on", "at",
            "of", "for", "to", "from", "by", "with", "as", "if", "so", "when", "while", "after", "what", "who");

    static boolean isFunctionWord(String name) {
        return FUNCTION_WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** How many articles of a JSONL set of texts (any set: BBC, SEL) list a function word in their top 10. */
    public int[] functionWordArticles(Path set) {
        int bad = 0;
        int n = 0;
        for (JsonNode item : EvalData.jsonl(set, "text")) {
            n++;
            try {
                Article article = pipeline.extract(SummaryRequest.ofText(item.get("text").asText()));
                List<Entity> all = pipeline.explain(article, 3, null).analysis().entities();
                if (all.subList(0, Math.min(LIST, all.size())).stream().anyMatch(e -> isFunctionWord(e.name()))) {
                    bad++;
                }
            } catch (PrecisException e) {
                // no entities, no function words among them
            }
        }
        return new int[] {bad, n};
    }

    /** One gold entity: its aliases (normalised), salient or not. */
    record Gold(List<String> aliases, boolean salient) {
    }

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    public static Path defaultSet() {
        return ExtractionBenchmark.sharedDir().resolve("eval-data/salience/sel_dev.jsonl");
    }

    /** The named orderings of the same ten entities, and how each is scored. */
    static final List<String> SYSTEMS = List.of("precis", "first-mention", "frequency");

    /** Scores per system, in {@link #SYSTEMS} order; with show > 0 prints that many articles' lists. */
    public Scores[] run(Path set, int show) {
        List<JsonNode> items = EvalData.jsonl(set, "text", "gold");
        double[][] sums = new double[SYSTEMS.size()][4];
        int n = 0;
        int functionWords = 0;
        int shown = 0;
        for (JsonNode item : items) {
            List<Gold> gold = gold(item.get("gold"));
            int salient = (int) gold.stream().filter(Gold::salient).count();
            if (salient == 0) {
                continue;
            }
            List<Entity> top;
            List<Sentence> sentences;
            try {
                Article article = pipeline.extract(SummaryRequest.ofText(item.get("text").asText()));
                String title = item.path("title").asText("");
                if (!title.isBlank()) {
                    article = article.withHeadline(title);
                }
                Explained explained = pipeline.explain(article, 3, null);
                EntityAnalysis analysis = explained.analysis();
                sentences = explained.sentences();
                top = analysis.entities().subList(0, Math.min(LIST, analysis.entities().size()));
            } catch (PrecisException e) {
                top = List.of();
                sentences = List.of();
            }
            List<Sentence> text = sentences;
            functionWords += top.stream().anyMatch(e -> isFunctionWord(e.name())) ? 1 : 0;
            List<List<String>> rankings = List.of(names(top, null),
                    names(top, Comparator.comparingLong(e -> firstMention(e, text))),
                    names(top, Comparator.comparingInt(Entity::mentions).reversed()));
            for (int k = 0; k < rankings.size(); k++) {
                boolean[] hits = hits(rankings.get(k), gold);
                sums[k][0] += precision(hits, 1);
                sums[k][1] += precision(hits, 3);
                sums[k][2] += precision(hits, 5);
                int found = 0;
                for (boolean h : hits) {
                    found += h ? 1 : 0;
                }
                sums[k][3] += (double) found / salient;
            }
            if (shown++ < show) {
                System.out.println(item.path("id").asText() + "\t" + rankings.get(0) + "\tsalient: "
                        + gold.stream().filter(Gold::salient).map(g -> g.aliases().get(0)).toList());
            }
            n++;
        }
        Scores[] out = new Scores[SYSTEMS.size()];
        for (int k = 0; k < out.length; k++) {
            int d = Math.max(1, n);
            out[k] = new Scores(sums[k][0] / d, sums[k][1] / d, sums[k][2] / d, sums[k][3] / d, n, functionWords);
        }
        return out;
    }

    /** Where the entity is first named: its first sentence, then the first of its forms there. */
    private static long firstMention(Entity e, List<Sentence> sentences) {
        int first = e.sentences().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        if (first >= sentences.size()) {
            return Long.MAX_VALUE;
        }
        String s = sentences.get(first).text();
        int at = s.length();
        for (String alias : e.aliases()) {
            // A word that opens with the form: "Iran" is first named by "Iranian".
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias)).matcher(s);
            if (m.find()) {
                at = Math.min(at, m.start());
            }
        }
        return (long) first * 1_000_000 + at;
    }

    private static List<String> names(List<Entity> top, Comparator<Entity> order) {
        List<Entity> sorted = new ArrayList<>(top);
        if (order != null) {
            sorted.sort(order);  // stable: ties keep Precis's order
        }
        return sorted.stream().map(Entity::name).toList();
    }

    /** Gold entities with a title or a spot, their aliases normalised. */
    static List<Gold> gold(JsonNode goldArray) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode g : goldArray) {
            Set<String> aliases = new LinkedHashSet<>();
            JsonNode title = g.get("title");
            if (title != null && !title.isNull()) {
                String t = normalise(QUALIFIER.matcher(title.asText().replace('_', ' ')).replaceAll(""));
                if (!t.isEmpty()) {
                    aliases.add(t);
                }
            }
            for (JsonNode spot : g.path("spots")) {
                String s = normalise(spot.asText());
                if (!s.isEmpty()) {
                    aliases.add(s);
                }
            }
            if (!aliases.isEmpty()) {
                out.add(new Gold(List.copyOf(aliases), g.path("score").asDouble(0) >= SALIENT));
            }
        }
        return out;
    }

    /** For each listed name, whether it is credited with a distinct salient gold entity. */
    static boolean[] hits(List<String> ranked, List<Gold> gold) {
        boolean[] credited = new boolean[gold.size()];
        boolean[] hits = new boolean[ranked.size()];
        for (int r = 0; r < ranked.size(); r++) {
            String name = normalise(ranked.get(r));
            int match = find(name, gold, credited, true);
            if (match < 0) {
                match = find(name, gold, credited, false);
            }
            if (match >= 0) {
                credited[match] = true;
                hits[r] = gold.get(match).salient();
            }
        }
        return hits;
    }

    /** The first uncredited gold entity the name matches, exactly or (when not exact) partially. */
    /** One article made ready for scoring: what the analyzer reads, and its gold. */
    private record Prepared(Article article, List<Sentence> sentences, List<Gold> gold, int salient) {
    }

    /**
     * Fits the salience weights on a set by coordinate search, from the weights in use: each weight
     * in turn is scaled by each of {@link #STEPS} and the best P@1 + P@3 kept, for three rounds.
     * Deterministic, so the same data always gives the same weights.
     */
    public SalienceWeights fit(Path set, Set<String> held) {
        return fit(prepare(set), held, true);
    }

    /** The articles of a set with a salient gold entity, split into sentences once for every trial. */
    private List<Prepared> prepare(Path set) {
        List<Prepared> prepared = new ArrayList<>();
        for (JsonNode item : EvalData.jsonl(set, "text", "gold")) {
            List<Gold> gold = gold(item.get("gold"));
            int salient = (int) gold.stream().filter(Gold::salient).count();
            if (salient == 0) {
                continue;
            }
            try {
                Article article = pipeline.extract(SummaryRequest.ofText(item.get("text").asText()));
                String title = item.path("title").asText("");
                if (!title.isBlank()) {
                    article = article.withHeadline(title);
                }
                Explained explained = pipeline.explain(article, 3, null);
                prepared.add(new Prepared(explained.article(), explained.sentences(), gold, salient));
            } catch (PrecisException e) {
                // an article without sentences scores zero under every weight
            }
        }
        return prepared;
    }

    /** The fit, leaving the weights named in {@code held} (record component names) as they are. */
    private static SalienceWeights fit(List<Prepared> prepared, Set<String> held, boolean verbose) {
        double[] w = toArray(SalienceWeights.DEFAULT);
        RecordComponent[] names = SalienceWeights.class.getRecordComponents();
        for (String h : held) {
            if (Arrays.stream(names).noneMatch(c -> c.getName().equals(h))) {
                throw new IllegalArgumentException("no such weight: " + h);
            }
        }
        double best = objective(prepared, w);
        if (verbose) {
            System.out.printf(Locale.ROOT, "start %s: P@1 + P@3 = %.4f%n", SalienceWeights.DEFAULT, best);
        }
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < w.length; k++) {
                if (held.contains(names[k].getName())) {
                    continue;
                }
                double base = w[k];
                double bestValue = base;
                for (double step : STEPS) {
                    w[k] = base * step;
                    double o = objective(prepared, w);
                    if (o > best + 1e-9) {
                        best = o;
                        bestValue = w[k];
                    }
                }
                w[k] = bestValue;
            }
            if (verbose) {
                System.out.printf(Locale.ROOT, "round %d %s: P@1 + P@3 = %.4f%n", round + 1, fromArray(w), best);
            }
        }
        return fromArray(w);
    }

    /**
     * Two-fold cross-validation of {@link #fit}: the articles at even and at odd places in the set
     * each fitted from the weights in use and scored on the other half; the mean of the two.
     */
    public Scores crossValidate(Path set, Set<String> held) {
        List<Prepared> all = prepare(set);
        List<List<Prepared>> folds = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < all.size(); i++) {
            folds.get(i % 2).add(all.get(i));
        }
        double[] sum = new double[4];
        for (int k = 0; k < 2; k++) {
            SalienceWeights w = fit(folds.get(k), held, false);
            double[] s = scores(folds.get(1 - k), w);
            System.out.printf(Locale.ROOT, "fitted on fold %d %s: on fold %d P@1 %.3f P@3 %.3f P@5 %.3f R@10 %.3f%n",
                    k, w, 1 - k, s[0], s[1], s[2], s[3]);
            for (int j = 0; j < 4; j++) {
                sum[j] += s[j] / 2;
            }
        }
        return new Scores(sum[0], sum[1], sum[2], sum[3], all.size(), 0);
    }

    /** P@1, P@3, P@5 and R@10 of the articles under the weights. */
    private static double[] scores(List<Prepared> prepared, SalienceWeights weights) {
        EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor(), weights);
        double[] sum = new double[4];
        for (Prepared p : prepared) {
            boolean[] hits = hits(top(analyzer, p), p.gold());
            int found = 0;
            for (boolean h : hits) {
                found += h ? 1 : 0;
            }
            sum[0] += precision(hits, 1);
            sum[1] += precision(hits, 3);
            sum[2] += precision(hits, 5);
            sum[3] += (double) found / p.salient();
        }
        for (int j = 0; j < 4; j++) {
            sum[j] /= Math.max(1, prepared.size());
        }
        return sum;
    }

    private static List<String> top(EntityAnalyzer analyzer, Prepared p) {
        List<Entity> all = analyzer.analyze(p.article().headline(), p.sentences(), p.article().paragraphs().size(),
                p.article().language()).entities();
        return all.subList(0, Math.min(LIST, all.size())).stream().map(Entity::name).toList();
    }

    /** The factors each weight is tried at, relative to its current value. */
    static final double[] STEPS = {0, 0.25, 0.5, 0.75, 1.25, 1.5, 2, 3};

    private static double objective(List<Prepared> prepared, double[] w) {
        EntityAnalyzer analyzer = new EntityAnalyzer(new MentionExtractor(), fromArray(w));
        double sum = 0;
        for (Prepared p : prepared) {
            boolean[] hits = hits(top(analyzer, p), p.gold());
            sum += precision(hits, 1) + precision(hits, 3);
        }
        return sum / Math.max(1, prepared.size());
    }

    private static double[] toArray(SalienceWeights w) {
        return new double[] {w.mentions(), w.firstMention(), w.firstMentionDecay(), w.headline(), w.subject(),
            w.spread(), w.knownKind(), w.mentionShare(), w.bareAcronym()};
    }

    private static SalienceWeights fromArray(double[] w) {
        return new SalienceWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
    }

    private static int find(String name, List<Gold> gold, boolean[] credited, boolean exact) {
        for (int g = 0; g < gold.size(); g++) {
            if (credited[g]) {
                continue;
            }
            for (String alias : gold.get(g).aliases()) {
                if (exact ? name.equals(alias) : partial(name, alias)) {
                    return g;
                }
            }
        }
        return -1;
    }

    /** The shorter a whole-word prefix or suffix of the longer, the longer at most 3 words, not generic. */
    static boolean partial(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return a.equals(b) && !a.isEmpty();
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (longer.split(" ").length > 3 || GENERIC.contains(shorter) || Tokenizer.isStopWord(shorter)) {
            return false;
        }
        return longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter);
    }

    /** NFKD, no accents, lower case, no dots or "'s", other non-alphanumerics to spaces, no leading "the ". */
    static String normalise(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace("’", "'").replace(".", "").replace("'s", "");
        t = t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceAll(" +", " ");
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static double precision(boolean[] hits, int k) {
        int h = 0;
        for (int i = 0; i < k && i < hits.length; i++) {
            h += hits[i] ? 1 : 0;
        }
        return (double) h / k;
    }

    public static void main(String[] args) {
        EvalData.run(USAGE, () -> {
            Path set = defaultSet();
            int show = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--set" -> set = Path.of(args[++i]);
                    case "--show" -> show = Integer.parseInt(args[++i]);
                    case "--fit", "--cv" -> {
                        boolean cv = args[i].equals("--cv");
                        Path on = i + 1 < args.length && !args[i + 1].startsWith("--") ? Path.of(args[++i]) : set;
                        Set<String> held = Set.of();
                        if (i + 2 < args.length && args[i + 1].equals("--hold")) {
                            held = Set.of(args[i + 2].split(","));
                            i += 2;
                        }
                        if (!cv) {
                            System.out.println("fitted: " + new SalienceBenchmark().fit(on, held));
                            return;
                        }
                        Scores r = new SalienceBenchmark().crossValidate(on, held);
                        System.out.printf(Locale.ROOT, "2-fold cross-validated (%d articles): P@1 %.3f P@3 %.3f"
                                + " P@5 %.3f R@10 %.3f%n", r.articles(), r.p1(), r.p3(), r.p5(), r.r10());
                        return;
                    }
                    case "--function-words" -> {
                        // Any set of texts: the share of articles whose top 10 holds a function word.
                        Path texts = SummarizationBenchmark.set(args[++i]);
                        int[] fw = new SalienceBenchmark().functionWordArticles(texts);
                        System.out.printf("%s: a function word in the top 10 of %d of %d articles%n",
                                texts.getFileName(), fw[0], fw[1]);
                        return;
                    }
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            Scores[] r = new SalienceBenchmark().run(set, show);
            System.out.printf("%d articles with a salient gold entity (%s)%n", r[0].articles(), set.getFileName());
            System.out.printf("%-14s %6s %6s %6s %6s%n", "ranking", "P@1", "P@3", "P@5", "R@10");
            for (int k = 0; k < r.length; k++) {
                System.out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6.3f%n", SYSTEMS.get(k), r[k].p1(), r[k].p3(),
                        r[k].p5(), r[k].r10());
            }
            System.out.printf("a function word in the top 10 of %d articles%n", r[0].functionWordArticles());
        });
    }
}
