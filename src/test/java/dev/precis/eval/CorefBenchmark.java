package dev.precis.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.summary.Explained;
import dev.precis.summary.Summary;
import dev.precis.text.Sentence;

/**
 * Scores the bullet rewriter on GAP (tab-separated, GAP's columns): for every pronoun that opens
 * a sentence, whether the bullet made of that sentence names the gold referent ({@code right}),
 * names anyone else ({@code wrong}), keeps the pronoun ({@code kept}), or is not a bullet
 * ({@code absent}). Each snippet is summarized as plain text with ten bullets.
 *
 * <pre>./precis eval coref [--set FILE.tsv] [--bullets N] [--show wrong|right|all]</pre>
 */
public final class CorefBenchmark {

    static final String USAGE = "precis eval coref [--set FILE.tsv] [--bullets N] [--show wrong|right|all]";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final int COLUMNS = 10;

    /** What became of one sentence-opening pronoun. */
    enum Outcome { RIGHT, WRONG, KEPT, ABSENT }

    /** Counts per outcome over one file, and the wrong rewrites' texts for reading. */
    public record Result(int right, int wrong, int kept, int absent, List<String> examples) {
        int rewrites() {
            return right + wrong;
        }

        double wrongShare() {
            return rewrites() == 0 ? 0 : (double) wrong / rewrites();
        }
    }

    private final Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());

    public static Path defaultSet() {
        return ExtractionBenchmark.sharedDir().resolve("eval-data/coref/gap-development.tsv");
    }

    public Result run(Path set, int bullets, String show) {
        List<String> lines = EvalData.lines(set);
        int[] counts = new int[Outcome.values().length];
        List<String> examples = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (header) {
                header = false;
                if (line.startsWith("ID\t")) {
                    continue;
                }
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < COLUMNS) {
                throw new EvalData.BadSetException(set + " line " + (i + 1) + ": expected GAP's " + COLUMNS
                        + " tab-separated columns, found " + f.length);
            }
            String text = f[1];
            String pronoun = f[2];
            int offset;
            try {
                offset = Integer.parseInt(f[3].strip());
            } catch (NumberFormatException e) {
                throw new EvalData.BadSetException(set + " line " + (i + 1) + ": Pronoun-offset is not a number");
            }
            if (offset < 0 || offset + pronoun.length() > text.length()
                    || !text.regionMatches(offset, pronoun, 0, pronoun.length())) {
                throw new EvalData.BadSetException(set + " line " + (i + 1) + ": the pronoun is not at its offset");
            }
            if (!PRONOUNS.contains(pronoun.toLowerCase(Locale.ROOT)) || !opensSentence(text, offset)) {
                continue;
            }
            String gold = "TRUE".equalsIgnoreCase(f[6].strip()) ? f[4]
                    : "TRUE".equalsIgnoreCase(f[9].strip()) ? f[7] : null;
            String other = gold == null ? null : gold.equals(f[4]) ? f[7] : f[4];
            String[] bullet = new String[1];
            Outcome o = outcome(text, offset, pronoun, gold, other, bullets, bullet);
            counts[o.ordinal()]++;
            if (show != null && (show.equals("all") || show.equalsIgnoreCase(o.name()))
                    && (o == Outcome.RIGHT || o == Outcome.WRONG)) {
                examples.add(f[0] + "\t" + o.name().toLowerCase(Locale.ROOT) + "\tgold=" + gold + "\t" + bullet[0]);
            }
        }
        return new Result(counts[0], counts[1], counts[2], counts[3], examples);
    }

    /** After a sentence end (or at the very start), with only spaces and opening quotes between. */
    static boolean opensSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private Outcome outcome(String text, int offset, String pronoun, String gold, String other, int bullets,
            String[] bulletOut) {
        Explained explained;
        try {
            Article article = pipeline.extract(SummaryRequest.ofText(text));
            explained = pipeline.explain(article, bullets, null);
        } catch (PrecisException e) {
            return Outcome.ABSENT;
        }
        String snippet = normalise(text.substring(offset, Math.min(text.length(), offset + 40)));
        Sentence found = null;
        for (Sentence s : explained.sentences()) {
            String st = normalise(s.text());
            if (st.startsWith(snippet) || (snippet.startsWith(st) && st.length() > pronoun.length())) {
                found = s;
                break;
            }
        }
        Summary summary = explained.summary();
        if (found == null) {
            // The splitter kept the pronoun inside a longer sentence: no rewrite can touch it.
            return Outcome.ABSENT;
        }
        int at = -1;
        for (int k = 0; k < summary.explain().size(); k++) {
            if (summary.explain().get(k).sentence() == found.index()) {
                at = k;
            }
        }
        if (at < 0) {
            return Outcome.ABSENT;
        }
        String bullet = summary.bullets().get(at);
        bulletOut[0] = bullet;
        String rest = found.text().substring(Math.min(found.text().length(), pronoun.length()));
        if (bullet.startsWith(pronoun) || !bullet.endsWith(rest)) {
            return Outcome.KEPT;
        }
        String name = bullet.substring(0, bullet.length() - rest.length()).strip();
        name = name.replaceAll("[’']s?$", "");
        if (gold == null) {
            return Outcome.WRONG;
        }
        return names(name, gold) && !names(name, other) ? Outcome.RIGHT : Outcome.WRONG;
    }

    /** The replacement names the candidate: the same name, or whole words of it ("Campbell"). */
    static boolean names(String replacement, String candidate) {
        String r = normalise(replacement).toLowerCase(Locale.ROOT);
        String c = normalise(candidate).toLowerCase(Locale.ROOT);
        return !r.isEmpty() && (r.equals(c) || (" " + c + " ").contains(" " + r + " ")
                || (" " + r + " ").contains(" " + c + " "));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public static void main(String[] args) {
        EvalData.run(USAGE, () -> {
            Path set = defaultSet();
            int bullets = 10;
            String show = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--set" -> set = Path.of(args[++i]);
                    case "--bullets" -> bullets = Integer.parseInt(args[++i]);
                    case "--show" -> show = args[++i];
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            Result r = new CorefBenchmark().run(set, bullets, show);
            r.examples().forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%s: sentence-opening pronouns, %d bullets: %d right, %d wrong, %d kept,"
                    + " %d absent; wrong in %.1f%% of %d rewrites%n", set.getFileName(), bullets, r.right(),
                    r.wrong(), r.kept(), r.absent(), 100 * r.wrongShare(), r.rewrites());
        });
    }
}
