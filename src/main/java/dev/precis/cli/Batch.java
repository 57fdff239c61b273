package dev.precis.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.fetch.HttpFetcher;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;
import dev.precis.text.Chars;

/**
 * Batch jobs for evaluation and bulk work. One bad item becomes an error record and the batch
 * goes on; progress goes to standard error.
 */
final class Batch {

    /** Print progress after this many items (batch extract). */
    private static final int PROGRESS_EVERY = 50;
    /** Items in flight at once: fetches mostly wait on the network, so more than the cores. */
    static final int DEFAULT_PARALLEL = 16;
    static final int MAX_PARALLEL = 256;
    /** At most this many fetches at once from one host: politeness to the sites a batch reads. */
    static final int PER_HOST = 2;
    /** Items read ahead of the writer, which keeps input order: bounds memory on huge batches. */
    private static final int WINDOW = 256;

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

    /**
     * {@code --in IN.jsonl --out OUT.jsonl [--bullets N] [--parallel N]}: one summary or error per
     * input line, in input order. Items run concurrently (fetches mostly wait on the network),
     * at most {@link #PER_HOST} at a time against one host, so a batch takes about as long as its
     * slowest few fetches rather than their sum.
     */
    int summarize(Deque<String> args) {
        Path in = null;
        Path out = null;
        Integer bullets = null;
        int parallel = DEFAULT_PARALLEL;
        while (!args.isEmpty()) {
            String a = args.removeFirst();
            switch (a) {
                case "--in" -> in = Path.of(Main.value(a, args));
                case "--out" -> out = Path.of(Main.value(a, args));
                case "--bullets" -> bullets = Main.intArg(a, args);
                case "--parallel" -> parallel = Main.intArg(a, args);
                default -> throw new Main.UsageException("unknown argument " + a);
            }
        }
        if (in == null || out == null) {
            throw new Main.UsageException("batch summarize needs --in IN.jsonl and --out OUT.jsonl");
        }
        if (bullets != null && (bullets < 1 || bullets > SummaryRequest.MAX_BULLETS)) {
            throw new Main.UsageException("--bullets must be between 1 and " + SummaryRequest.MAX_BULLETS);
        }
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new Main.UsageException("--parallel must be between 1 and " + MAX_PARALLEL);
        }
        if (!Files.isRegularFile(in)) {
            throw new Main.UsageException("no such file: " + in);
        }
        requireWritable(out);
        long total = countLines(in);
        Progress progress = new Progress("batch summarize", total, err);
        Integer n = bullets;
        HostLimits hosts = new HostLimits(PER_HOST);
        ExecutorService pool = Executors.newFixedThreadPool(parallel, daemonThreads());
        // Results wait here in input order; at most WINDOW items are read ahead of the writer.
        Deque<Future<ObjectNode>> window = new ArrayDeque<>();
        int lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                        StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String item = line;
                int itemLine = lineNo;
                window.addLast(pool.submit(() -> hosts.around(urlOf(item), () -> summarizeLine(item, itemLine, n))));
                while (window.size() >= WINDOW || (!window.isEmpty() && window.peekFirst().isDone())) {
                    write(writer, window.removeFirst(), progress);
                }
            }
            while (!window.isEmpty()) {
                write(writer, window.removeFirst(), progress);
            }
        } catch (MalformedInputException e) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "line " + (lineNo + 1) + " of " + in + " is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        progress.finish(out);
        return 0;
    }

    private void write(Writer writer, Future<ObjectNode> pending, Progress progress) throws IOException {
        ObjectNode result;
        try {
            result = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // summarizeLine answers every failure itself; this is only a safety net.
            result = json.createObjectNode();
            result.setAll(renderer.error(ErrorCode.INTERNAL, "internal error while summarizing this item"));
        }
        // Strict UTF-8 cannot write a lone surrogate (a JSON escape or an HTML reference to D800): it becomes U+FFFD.
        writer.write(Chars.withoutLoneSurrogates(json.writeValueAsString(result)));
        writer.write('\n');
        progress.done(result.has("error"));
    }

    /** The host an item's URL names, or null for text and HTML items (and lines that do not parse). */
    private String urlOf(String line) {
        try {
            JsonNode url = json.readTree(line).get("url");
            return url == null || !url.isTextual() ? null : java.net.URI.create(url.asText().strip()).getHost();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireWritable(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new Main.UsageException(out + " is a directory; --out needs a file name");
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new Main.UsageException("cannot write " + out + ": no such directory " + parent);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new Main.UsageException("cannot write " + out + ": " + parent + " is not writable");
        }
    }

    private static long countLines(Path in) {
        try (Stream<String> lines = Files.lines(in, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (UncheckedIOException e) {
            return -1; // not UTF-8: the main pass says which line
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "batch-item");
            t.setDaemon(true);
            return t;
        };
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
            return HttpFetcher.readCapped(in, pipeline.maxBytes());
        } catch (IOException e) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "cannot read " + file.getFileName());
        }
    }
}
