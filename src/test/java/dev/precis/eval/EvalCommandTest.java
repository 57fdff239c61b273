package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EvalCommandTest {

    @Test
    void aMissingSetNamesThePathAndHowToPointElsewhere() {
        String line = EvalCommand.describe(new UncheckedIOException(new NoSuchFileException("/x/eval-data/set.jsonl")));
        assertTrue(line.startsWith("cannot read /x/eval-data/set.jsonl"), line);
        assertTrue(line.contains("PRECIS_SHARED") && line.contains("--set"), line);
    }

    @Test
    void aMalformedFileIsOneLine() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new ObjectMapper().readTree("root:x:0:0\nmore"));
        String line = EvalCommand.describe(e);
        assertTrue(line.startsWith("a file is not the JSON the command expects"), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void otherFailuresKeepTheirMessageOnOneLine() {
        assertEquals("bad row 3", EvalCommand.describe(new IllegalArgumentException("bad row 3\nat ...")));
    }
}
