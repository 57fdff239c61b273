package dev.precis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;

/**
 * Scores article extraction on the shared benchmark: ours (run in process, or a prediction
 * file from {@code ./precis batch extract}) beside the peers' published outputs.
 *
 * <pre>./precis eval extraction [PREDICTIONS.json]</pre>
 *
 * With {@code --set DIR} it scores page sets laid out like extraction-wide's instead
 * ({@link WideExtractionBenchmark}).
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionBenchmark() {
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("precis.shared.dir", "../shared"));
    }

    public static Map<String, String> groundTruth(Path shared) throws IOException {
        JsonNode gt = JSON.readTree(shared.resolve("eval-data/extraction/ground-truth.json").toFile());
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        return out;
    }

    /** A prediction file, unwrapped from {@code {"version", "output"}} where a peer wrapped it. */
    public static Map<String, String> predictions(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root.has("output") && root.has("version")) {
            root = root.get("output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        }
        return out;
    }

    /** Our extractor over every page, in process; a page it refuses counts as an empty body. */
    public static Map<String, String> extractAll(Path shared) throws IOException {
        Pipeline pipeline = Pipeline.standard(FetchPolicy.defaults());
        Map<String, String> out = new LinkedHashMap<>();
        Path dir = shared.resolve("eval-data/extraction/html-gz");
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replace(".html.gz", "");
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
                try {
                    out.put(id, pipeline.clean(bytes, "text/html", null).bodyText());
                } catch (PrecisException e) {
                    out.put(id, "");
                }
            }
        }
        return out;
    }

    public static List<ExtractionScore.DocScore> score(Map<String, String> truth, Map<String, String> predicted) {
        if (!truth.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("the prediction's keys differ from the ground truth's");
        }
        List<ExtractionScore.DocScore> docs = new ArrayList<>();
        truth.forEach((id, body) -> docs.add(ExtractionScore.score(body, predicted.get(id))));
        return docs;
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].startsWith("--")) {
            WideExtractionBenchmark.main(args);
            return;
        }
        Path shared = sharedDir();
        Map<String, String> truth = groundTruth(shared);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        rows.put(args.length > 0 ? "precis (" + args[0] + ")" : "precis", args.length > 0
                ? predictions(Path.of(args[0])) : extractAll(shared));
        try (var peers = Files.list(shared.resolve("eval-data/extraction/output"))) {
            for (Path p : peers.sorted().toList()) {
                rows.put(p.getFileName().toString().replace(".json", ""), predictions(p));
            }
        }
        System.out.printf("%-28s %6s %6s %6s %6s %8s%n", "extractor", "F1", "P", "R", "acc", "F1 ±");
        for (Map.Entry<String, Map<String, String>> row : rows.entrySet()) {
            List<ExtractionScore.DocScore> docs = score(truth, row.getValue());
            ExtractionScore.Corpus c = ExtractionScore.corpus(docs);
            ExtractionScore.Corpus sigma = ExtractionScore.bootstrapSigma(docs, 1000, 1);
            System.out.printf("%-28s %6.3f %6.3f %6.3f %6.3f %8.3f%n", row.getKey(), c.f1(), c.precision(),
                    c.recall(), c.accuracy(), sigma.f1());
        }
    }
}
