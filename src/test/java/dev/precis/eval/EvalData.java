package dev.precis.eval;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the evaluation sets, failing with one line that names the file and what is wrong with it. */
final class EvalData {

    /** A set that is missing or not in the expected shape; the message is fit to print as is. */
    static final class BadSetException extends RuntimeException {
        BadSetException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalData() {
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadSetException("no such file: " + file + " (pass --set FILE, or put ../shared beside the clone)");
        } catch (MalformedInputException e) {
            throw new BadSetException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new BadSetException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** One JSON object per non-blank line, each with the given fields. */
    static List<JsonNode> jsonl(Path file, String... required) {
        List<JsonNode> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new BadSetException(file + " line " + (i + 1) + ": not JSON");
            }
            if (node == null || !node.isObject()) {
                throw new BadSetException(file + " line " + (i + 1) + ": not a JSON object");
            }
            for (String field : required) {
                if (!node.hasNonNull(field)) {
                    throw new BadSetException(file + " line " + (i + 1) + ": no \"" + field + "\" field");
                }
            }
            out.add(node);
        }
        if (out.isEmpty()) {
            throw new BadSetException(file + " holds no items");
        }
        return out;
    }

    /** Runs a benchmark's main body; a bad set or bad usage ends with one line, never a stack trace. */
    static void run(String usage, Body body) {
        try {
            body.run();
        } catch (BadSetException e) {
            System.err.println("precis: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("usage: " + usage);
            System.exit(2);
        } catch (IOException e) {
            System.err.println("precis: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A benchmark's main body. */
    interface Body {
        void run() throws IOException;
    }
}
