package dev.precis.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.ErrorCode;
import dev.precis.Pipeline;
import dev.precis.PrecisException;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;

/**
 * Batch jobs for evaluation and bulk work. One bad item becomes an error record and the batch
 * goes on; progress goes to standard error.
 */
final class Batch {

    /** Print progress after this many items. */
    private static final int PROGRESS_EVERY = 50;

    private final Pipeline pipeline;
    private final Renderer renderer;
    private final ObjectMapper json;
    private final PrintStream err;

    Batch(Pipeline pipeline, Renderer renderer, ObjectMapper json, PrintStream err) {
        this.pipeline = pipeline;
        this.renderer = renderer;
        this.json = json;
        this.err = err;
    }

    /** {@code --in IN.jsonl --out OUT.jsonl [--bullets N]}: one summary or error per input line. */
    int summarize(Deque<String> args) {
        Path in = null;
        Path out = null;
        Integer bullets = null;
        while (!args.isEmpty()) {
            String a = args.removeFirst();
            switch (a) {
                case "--in" -> in = Path.of(Main.value(a, args));
                case "--out" -> out = Path.of(Main.value(a, args));
                case "--bullets" -> bullets = Main.intArg(a, args);
                default -> throw new Main.UsageException("unknown argument " + a);
            }
        }
        if (in == null || out == null) {
            throw new Main.UsageException("batch summarize needs --in IN.jsonl and --out OUT.jsonl");
        }
        if (bullets != null && (bullets < 1 || bullets > SummaryRequest.MAX_BULLETS)) {
            throw new Main.UsageException("--bullets must be between 1 and " + SummaryRequest.MAX_BULLETS);
        }
        if (!Files.isRegularFile(in)) {
            throw new Main.UsageException("no such file: " + in);
        }
        long start = System.nanoTime();
        int done = 0;
        int failed = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = summarizeLine(line, lineNo, bullets);
                if (result.has("error")) {
                    failed++;
                }
                writer.write(json.writeValueAsString(result));
                writer.newLine();
                if (++done % PROGRESS_EVERY == 0) {
                    err.printf("batch summarize: %d done, %d failed%n", done, failed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.printf("batch summarize: %d done, %d failed, %.1f s -> %s%n", done, failed,
                (System.nanoTime() - start) / 1e9, out);
        return 0;
    }

    private ObjectNode summarizeLine(String line, int lineNo, Integer bullets) {
        ObjectNode result = json.createObjectNode();
        JsonNode item;
        try {
            item = json.readTree(line);
        } catch (IOException e) {
            result.putNull("id");
            result.put("line", lineNo);
            result.setAll(renderer.error(ErrorCode.BAD_REQUEST, "line " + lineNo + " is not valid JSON"));
            return result;
        }
        JsonNode id = item.get("id");
        result.set("id", id == null ? json.nullNode() : id);
        try {
            if (!item.isObject()) {
                throw new PrecisException(ErrorCode.BAD_REQUEST, "line " + lineNo + " is not a JSON object");
            }
            SummaryRequest request = new SummaryRequest(text(item, "url"), text(item, "html"), text(item, "text"),
                    text(item, "title"), bullets, null, null);
            Summary summary = pipeline.summarize(request);
            result.setAll(renderer.toJson(summary));
        } catch (PrecisException e) {
            result.setAll(renderer.error(e.code(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            result.setAll(renderer.error(ErrorCode.INTERNAL, "internal error while summarizing this item"));
        }
        return result;
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** {@code --in DIR --out OUT.json}: the extraction benchmark's prediction file. */
    int extract(Deque<String> args) {
        Path in = null;
        Path out = null;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String a = rest.removeFirst();
            switch (a) {
                case "--in" -> in = Path.of(Main.value(a, rest));
                case "--out" -> out = Path.of(Main.value(a, rest));
                default -> throw new Main.UsageException("unknown argument " + a);
            }
        }
        if (in == null || out == null) {
            throw new Main.UsageException("batch extract needs --in DIR and --out OUT.json");
        }
        if (!Files.isDirectory(in)) {
            throw new Main.UsageException("not a directory: " + in);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".html") || n.endsWith(".html.gz");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        ObjectNode result = json.createObjectNode();
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            String id = name.endsWith(".gz") ? name.substring(0, name.length() - ".html.gz".length())
                    : name.substring(0, name.length() - ".html".length());
            ObjectNode entry = result.putObject(id);
            try {
                Article article = pipeline.clean(read(file), "text/html", null);
                entry.put("articleBody", article.bodyText());
                entry.put("headline", article.headline());
            } catch (PrecisException e) {
                failed++;
                failures.add(id + ": " + e.code());
                entry.put("articleBody", "");
                entry.putNull("headline");
                entry.setAll(renderer.error(e.code(), e.getMessage()));
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                err.printf("batch extract: %d/%d done%n", i + 1, files.size());
            }
        }
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        failures.forEach(f -> err.println("batch extract: failed " + f));
        err.printf("batch extract: %d pages, %d failed, %.1f s -> %s%n", files.size(), failed,
                (System.nanoTime() - start) / 1e9, out);
        return 0;
    }

    private byte[] read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Main.readCapped(in, pipeline.maxBytes());
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "cannot read " + file.getFileName());
        }
    }
}
