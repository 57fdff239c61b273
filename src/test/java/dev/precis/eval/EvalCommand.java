package dev.precis.eval;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Runs one {@code ./precis eval} command (the class named first) so that a failure is one line on
 * standard error with exit 1, never a stack trace: a missing evaluation set names the path it
 * looked for and how to point elsewhere.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("precis: eval needs a command (precis --help for usage)");
            System.exit(2);
        }
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof Forked.Failed)) { // a measuring JVM has said why already
                System.err.println("precis: eval: " + describe(e.getCause()));
            }
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            System.err.println("precis: eval: no such command " + args[0]);
            System.exit(2);
        }
    }

    static String describe(Throwable t) {
        Throwable cause = t instanceof UncheckedIOException u ? u.getCause() : t;
        String missing = cause instanceof NoSuchFileException n ? n.getFile()
                : cause instanceof FileNotFoundException f ? f.getMessage() : null;
        if (missing != null) {
            return "cannot read " + missing + " (evaluation sets are read from "
                    + ExtractionBenchmark.sharedDir().toAbsolutePath().normalize()
                    + "/eval-data; set PRECIS_SHARED to the folder that holds eval-data, or pass --set where the command takes it)";
        }
        if (cause instanceof JsonProcessingException json) {
            return "a file is not the JSON the command expects: " + firstLine(json.getOriginalMessage());
        }
        if (cause instanceof IOException || cause instanceof IllegalArgumentException
                || cause instanceof IllegalStateException) {
            return firstLine(cause.getMessage());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
