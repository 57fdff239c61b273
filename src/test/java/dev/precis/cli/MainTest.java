package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.Pipeline;
import dev.precis.fetch.FetchPolicy;
import dev.precis.testing.Samples;

class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(byte[] stdin, String... args) {
        Main main = new Main(Pipeline.standard(FetchPolicy.defaults()), JSON, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return main.run(args);
    }

    private int run(String... args) {
        return run(new byte[0], args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void summarizesAnHtmlFileAsText() throws IOException {
        Path html = write("seed.html", Samples.bytes("seed-article.html"));
        assertEquals(0, run("--bullets", "2", html.toString()));
        String[] lines = out().split("\n");
        assertEquals("China rejects U.S. “criticism or pressure” on Sino-Russian relations", lines[0]);
        assertTrue(lines[2].startsWith("* China vowed"), out());
        assertEquals(4, lines.length, out());
    }

    @Test
    void summarizesGzippedTextAndStdinAsJson() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(Samples.bytes("seed-article.txt"));
        }
        Path txt = write("seed.txt.gz", packed.toByteArray());
        assertEquals(0, run("--format", "json", txt.toString()));
        JsonNode fromFile = JSON.readTree(out());
        out.reset();
        assertEquals(0, run(Samples.bytes("seed-article.txt"), "--format", "json", "-"));
        JsonNode fromStdin = JSON.readTree(out());
        assertEquals(fromFile.get("bullets"), fromStdin.get("bullets"));
        assertEquals(4, fromFile.get("bullets").size());
    }

    @Test
    void extractPrintsHeadlineThenParagraphs() throws IOException {
        Path html = write("seed.html", Samples.bytes("seed-article.html"));
        assertEquals(0, run("extract", html.toString()));
        String[] blocks = out().split("\n\n");
        assertEquals("China rejects U.S. “criticism or pressure” on Sino-Russian relations", blocks[0]);
        assertTrue(blocks[1].startsWith("China vowed on Wednesday"));
        assertFalse(out().contains("See also"));
        assertEquals(1 + 18, blocks.length, "the headline and the 18 paragraphs");
    }

    @Test
    void badUsageIsOneLineAndExitCode2() {
        assertEquals(2, run());
        assertEquals(2, run("--bullets", "x", "file.html"));
        assertEquals(2, run("--bullets", "11", "file.html"));
        assertEquals(2, run("--format", "pdf", "file.html"));
        assertEquals(2, run("--nope", "file.html"));
        assertEquals(2, run("batch", "summarize", "--in"));
        assertEquals(2, run("/no/such/file.html"));
        for (String line : err().split("\n")) {
            assertTrue(line.startsWith("precis: "), line);
        }
        assertEquals(7, err().split("\n").length);
    }

    @Test
    void refusedUrlsExitNonZeroWithTheCode() {
        assertEquals(1, run("http://169.254.169.254/latest/meta-data/"));
        assertTrue(err().contains("FETCH_BLOCKED"), err());
        assertEquals(1, run("file:///etc/passwd"));
    }

    @Test
    void batchSummarizeKeepsGoingPastBadLines() throws IOException {
        String seed = JSON.writeValueAsString(Samples.text("seed-article.txt"));
        Path in = write("in.jsonl", String.join("\n",
                "{\"id\":\"a\",\"text\":" + seed + "}",
                "this is not json",
                "{\"id\":\"b\",\"text\":\"\"}",
                "{\"id\":\"c\",\"html\":" + JSON.writeValueAsString(Samples.text("seed-article.html")) + "}",
                "{\"id\":\"d\",\"url\":\"http://10.0.0.1/\"}").getBytes(StandardCharsets.UTF_8));
        Path outFile = dir.resolve("out.jsonl");
        assertEquals(0, run("batch", "summarize", "--in", in.toString(), "--out", outFile.toString(), "--bullets", "3"));
        List<String> lines = Files.readAllLines(outFile);
        assertEquals(5, lines.size());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        assertEquals(3, a.get("bullets").size());
        assertEquals("BAD_REQUEST", JSON.readTree(lines.get(1)).get("error").get("code").asText());
        assertEquals(2, JSON.readTree(lines.get(1)).get("line").asInt());
        assertEquals("BAD_REQUEST", JSON.readTree(lines.get(2)).get("error").get("code").asText());
        assertEquals("c", JSON.readTree(lines.get(3)).get("id").asText());
        assertEquals("FETCH_BLOCKED", JSON.readTree(lines.get(4)).get("error").get("code").asText());
        assertTrue(err().contains("5 done, 3 failed"), err());
    }

    @Test
    void batchExtractWritesTheBenchmarkShape() throws IOException {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.write(pages.resolve("seed.html"), Samples.bytes("seed-article.html"));
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(packed)) {
            gz.write(Samples.bytes("seed-article.html"));
        }
        Files.write(pages.resolve("packed.html.gz"), packed.toByteArray());
        Files.write(pages.resolve("menu.html"), "<nav><a href=/>Home</a></nav>".getBytes(StandardCharsets.UTF_8));
        Files.write(pages.resolve("ignored.txt"), "not a page".getBytes(StandardCharsets.UTF_8));
        Path outFile = dir.resolve("out.json");
        assertEquals(0, run("batch", "extract", "--in", pages.toString(), "--out", outFile.toString()));
        JsonNode result = JSON.readTree(outFile.toFile());
        assertEquals(3, result.size());
        assertTrue(result.get("seed").get("articleBody").asText().startsWith("China vowed"));
        assertEquals(result.get("seed").get("articleBody"), result.get("packed").get("articleBody"));
        assertEquals("", result.get("menu").get("articleBody").asText());
        assertEquals("NOT_AN_ARTICLE", result.get("menu").get("error").get("code").asText());
    }

    @Test
    void markdownFilesGiveCleanBulletsAndTheirOwnHeadline() throws IOException {
        Path md = write("library.md", Samples.bytes("markdown-article.md"));
        assertEquals(0, run("--bullets", "3", md.toString()), err());
        String text = out();
        assertTrue(text.startsWith("Library opens its doors around the clock\n"), text);
        for (String syntax : List.of("**", "](", "> ", "|", "```", "opening_hours", "title:", "![")) {
            assertFalse(text.contains(syntax), "Markdown syntax '" + syntax + "' in " + text);
        }
        assertTrue(text.contains("Eastfield Central Library will stay open twenty-four hours a day"), text);
        out.reset();
        assertEquals(0, run("--format", "markdown", md.toString()));
        assertTrue(out().startsWith("# Library opens its doors around the clock\n"), out());
    }

    @Test
    void markdownOnStandardInputIsReadAsMarkdownWhenSaidSo() {
        byte[] md = Samples.bytes("markdown-article.md");
        assertEquals(0, run(md, "--from", "markdown", "--bullets", "3", "-"), err());
        String text = out();
        assertTrue(text.startsWith("Library opens its doors around the clock\n"), text);
        assertFalse(text.contains("**") || text.contains("]("), text);
        out.reset();
        assertEquals(0, run(md, "extract", "--from", "md", "-"), err());
        assertTrue(out().startsWith("Library opens its doors around the clock\n\n"), out());
        assertEquals(2, run(md, "--from", "pdf", "-"));
        assertTrue(err().contains("--from is html, text or markdown"), err());
    }

    @Test
    void badInputsGetOneLineEach() throws IOException {
        assertEquals(2, run("-n", "2", "file.html"));
        assertTrue(err().contains("unknown option -n"), err());
        assertEquals(2, run(dir.toString()));
        assertTrue(err().contains("is a directory"), err());
        Path pdf = write("paper", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, run(pdf.toString()));
        assertTrue(err().contains("UNSUPPORTED_MEDIA"), err());
        Path in = write("in.jsonl", "{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run("batch", "summarize", "--in", in.toString(), "--out", "/nonexistent-dir/x.jsonl"));
        assertTrue(err().contains("no such directory"), err());
        String[] lines = err().split("\n");
        assertEquals(4, lines.length, err());
        for (String line : lines) {
            assertTrue(line.startsWith("precis: ") && !line.contains("Exception") && !line.contains("\tat "), line);
        }
    }

    @Test
    void explainAddsTheReasonsToTextAndMarkdown() {
        byte[] seed = Samples.bytes("seed-article.html");
        assertEquals(0, run(seed, "--explain", "--bullets", "2", "-"));
        assertTrue(out().contains("Why these bullets:\n  1. sentence "), out());
        out.reset();
        assertEquals(0, run(seed, "--explain", "--format", "markdown", "--bullets", "2", "-"));
        assertTrue(out().contains("**Why these bullets**\n\n1. sentence "), out());
        assertTrue(out().contains("2. sentence "), out());
    }

    @Test
    void aLoneSurrogateGetsItsAnswerAndTheBatchGoesOn() throws IOException {
        String seed = JSON.writeValueAsString(Samples.text("seed-article.txt"));
        Path in = write("in.jsonl", String.join("\n",
                "{\"id\":\"json\",\"text\":" + seed.replace("China vowed", "China\\ud800 vowed") + "}",
                "{\"id\":\"html\",\"html\":\"<p>Rain &#xD800; fell on the coast on Tuesday, forecasters said. "
                        + "More rain is expected on Friday, they said.</p>\"}",
                "{\"id\":\"after\",\"text\":" + seed + "}").getBytes(StandardCharsets.UTF_8));
        Path outFile = dir.resolve("out.jsonl");
        assertEquals(0, run("batch", "summarize", "--in", in.toString(), "--out", outFile.toString()));
        List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertEquals(List.of("json", "html", "after"), lines.stream().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList());
        assertTrue(lines.get(0).contains("\uFFFD"), lines.get(0));
        assertTrue(JSON.readTree(lines.get(2)).get("bullets").size() > 0);
    }
}
