package dev.precis.eval;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark's measuring part in a fresh JVM with this JVM's flags and classpath (less
 * any recording or agent): the JIT's choices differ from one JVM to the next, so speed
 * benchmarks measure in several and report the median.
 */
final class Forked {

    /** JVMs a measurement is repeated in unless {@code --forks} says otherwise. */
    static final int DEFAULT_FORKS = 3;

    private Forked() {
    }

    /**
     * A speed benchmark's options: {@code --rounds N}, {@code --forks N}, and {@code --emit FILE},
     * which the measuring JVM is started with: measure once and write the figures there.
     */
    record Options(int rounds, int forks, Path emit) {
        static Options parse(String[] args, int defaultRounds) {
            int rounds = defaultRounds;
            int forks = DEFAULT_FORKS;
            Path emit = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--forks" -> forks = Integer.parseInt(args[++i]);
                    case "--emit" -> emit = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(rounds, forks, emit);
        }
    }

    /** The measuring JVM ended with an error, which it has already said in one line on standard error. */
    static final class Failed extends IllegalStateException {
        Failed(int status) {
            super("the measuring JVM failed (exit " + status + ")");
        }
    }

    /**
     * Runs {@code main} measuring {@code rounds} rounds in a new JVM, and returns the figures it
     * wrote. The JVM runs it through {@link EvalCommand}, so a failure there (a missing evaluation
     * set) is one line, as in this JVM.
     */
    static String measure(Class<?> main, int rounds) throws Exception {
        Path out = Files.createTempFile("precis-" + main.getSimpleName(), ".txt");
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!flag.startsWith("-XX:StartFlightRecording") && !flag.startsWith("-agentlib")) {
                    command.add(flag);
                }
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), EvalCommand.class.getName(),
                    main.getName(), "--rounds", String.valueOf(rounds), "--emit", out.toString()));
            Process p = new ProcessBuilder(command).inheritIO().start();
            int status = p.waitFor();
            if (status != 0) {
                throw new Failed(status);
            }
            return Files.readString(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
