package dev.precis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.clean.Article;
import dev.precis.clean.DocumentType;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.fetch.FetchPolicy;
import dev.precis.fetch.HttpFetcher;
import dev.precis.render.ExplainPage;
import dev.precis.render.Format;
import dev.precis.render.Renderer;
import dev.precis.summary.Explained;
import dev.precis.summary.Summary;

/** The {@code ./precis} command line: summarize or extract one article, or a whole batch. */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: precis [--bullets N] [--format text|json|markdown|slack|html] [--explain] [--from html|text|markdown] <url | file | ->",
            "       precis extract [--json] [--from html|text|markdown] <url | file | ->",
            "       precis batch summarize --in IN.jsonl --out OUT.jsonl [--bullets N]",
            "       precis batch extract --in DIR --out OUT.json",
            "       precis eval extraction|summarization|speed|pages|memory|coldstart|compare REV (benchmarks; see README)");

    private final Pipeline pipeline;
    private final Renderer renderer;
    private final ObjectMapper json;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    public Main(Pipeline pipeline, ObjectMapper json, InputStream stdin, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.json = json;
        this.renderer = new Renderer(json);
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Main main = new Main(Pipeline.standard(FetchPolicy.defaults()), new ObjectMapper(), System.in, stdout, stderr);
        int code = main.run(args);
        stdout.flush();
        System.exit(code);
    }

    /** Runs one command; returns the process exit code (0 ok, 1 failed, 2 bad usage). */
    public int run(String[] args) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        try {
            if (rest.isEmpty()) {
                return usage("missing input: give a URL, a file, or - for standard input");
            }
            String first = rest.peekFirst();
            if (first.equals("-h") || first.equals("--help")) {
                out.println(USAGE);
                return 0;
            }
            if (first.equals("extract")) {
                rest.removeFirst();
                return extract(rest);
            }
            if (first.equals("batch")) {
                rest.removeFirst();
                String what = rest.pollFirst();
                if ("summarize".equals(what)) {
                    return new Batch(pipeline, renderer, json, err).summarize(rest);
                }
                if ("extract".equals(what)) {
                    return new Batch(pipeline, renderer, json, err).extract(rest);
                }
                return usage("batch needs 'summarize' or 'extract'");
            }
            return summarize(rest);
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (PrecisException e) {
            err.println("precis: " + e.code() + ": " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("precis: " + describe(e.getCause()));
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: still one line, never a stack trace on the terminal.
            err.println("precis: " + ErrorCode.INTERNAL + ": " + e.getClass().getSimpleName()
                    + " (a bug; please report it with the input)");
            return 1;
        }
    }

    /** An I/O failure in words: what failed on which file, without the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    private int summarize(Deque<String> args) {
        int bullets = SummaryRequest.DEFAULT_BULLETS;
        Format format = Format.TEXT;
        boolean explain = false;
        DocumentType from = null;
        String input = null;
        while (!args.isEmpty()) {
            String a = args.removeFirst();
            switch (a) {
                case "--bullets" -> bullets = intArg(a, args);
                case "--format" -> format = parseFormat(value(a, args));
                case "--explain" -> explain = true;
                case "--from" -> from = parseFrom(value(a, args));
                default -> input = positional(a, input);
            }
        }
        if (input == null) {
            throw new UsageException("missing input: give a URL, a file, or - for standard input");
        }
        if (bullets < 1 || bullets > SummaryRequest.MAX_BULLETS) {
            throw new UsageException("--bullets must be between 1 and " + SummaryRequest.MAX_BULLETS);
        }
        long start = System.nanoTime();
        Article article = isUrl(input) ? pipeline.extract(SummaryRequest.ofUrl(input)) : read(input, from);
        Explained explained = pipeline.explain(article, bullets, null);
        Summary summary = explained.summary().withTookMs((System.nanoTime() - start) / 1_000_000);
        if (!explain) {
            summary = summary.withoutExplain();
        }
        String rendered = format == Format.HTML && explain
                ? new ExplainPage().render(explained.withSummary(summary))
                : renderer.render(summary, format);
        out.print(rendered.endsWith("\n") ? rendered : rendered + "\n");
        return 0;
    }

    private int extract(Deque<String> args) {
        boolean asJson = false;
        DocumentType from = null;
        String input = null;
        while (!args.isEmpty()) {
            String a = args.removeFirst();
            switch (a) {
                case "--json" -> asJson = true;
                case "--from" -> from = parseFrom(value(a, args));
                default -> input = positional(a, input);
            }
        }
        if (input == null) {
            throw new UsageException("missing input: give a URL, a file, or - for standard input");
        }
        Article article = isUrl(input) ? pipeline.extract(SummaryRequest.ofUrl(input)) : read(input, from);
        if (asJson) {
            out.println(renderer.write(article));
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(article.headline() == null ? "" : article.headline()).append("\n\n");
            sb.append(String.join("\n\n", article.paragraphs())).append('\n');
            out.print(sb);
        }
        return 0;
    }

    /** --from: what standard input, or a file whose name does not say, holds. */
    static DocumentType parseFrom(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "html" -> DocumentType.HTML;
            case "text" -> DocumentType.TEXT;
            case "markdown", "md" -> DocumentType.MARKDOWN;
            default -> throw new UsageException("--from is html, text or markdown, not '" + value + "'");
        };
    }

    /**
     * Reads a file (".gz" unpacked) or standard input and cleans it as {@code from} says, else by
     * its name's type.
     */
    Article read(String input, DocumentType from) {
        String name = input.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            if (input.equals("-")) {
                bytes = HttpFetcher.readCapped(stdin, pipeline.maxBytes());
            } else {
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    throw new UsageException(input + " is a directory; give a file, a URL, or - for standard input");
                }
                if (!Files.isRegularFile(path)) {
                    throw new UsageException("no such file: " + input);
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = HttpFetcher.readCapped(name.endsWith(".gz") ? new GZIPInputStream(in) : in, pipeline.maxBytes());
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new PrecisException(ErrorCode.UNSUPPORTED_MEDIA, "the file is not valid gzip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = from != null ? from : DocumentType.ofFileName(name);
        // Other names (and standard input) are sniffed: the text path reads markup as HTML.
        return pipeline.clean(bytes, type == null ? DocumentType.TEXT.mediaType() : type.mediaType(), null);
    }

    static boolean isUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.matches("^[a-z][a-z0-9+.-]*://.*");
    }

    private int usage(String message) {
        err.println("precis: " + message + " (precis --help for usage)");
        return 2;
    }

    static String value(String flag, Deque<String> args) {
        String v = args.pollFirst();
        if (v == null) {
            throw new UsageException(flag + " needs a value");
        }
        return v;
    }

    static int intArg(String flag, Deque<String> args) {
        String v = value(flag, args);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " needs a whole number, not '" + v + "'");
        }
    }

    private static Format parseFormat(String v) {
        try {
            return Format.parse(v);
        } catch (PrecisException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String positional(String a, String current) {
        if (a.startsWith("-") && !a.equals("-")) {
            throw new UsageException("unknown option " + a);
        }
        if (current != null) {
            throw new UsageException("give one input only, not '" + current + "' and '" + a + "'");
        }
        return a;
    }

    /** Bad command-line usage: reported in one line, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
