package dev.precis.eval;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark's measuring part in a fresh JVM with this JVM's flags and classpath (less
 * any recording or agent): the JIT's choices differ from one JVM to the next, so speed
 * benchmarks measure in several and report the median.
 */
final class Forked {

    private Forked() {
    }

    /** Runs {@code main} with {@code args} in a new JVM and waits; it writes its figures where the args say. */
    static void run(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!flag.startsWith("-XX:StartFlightRecording") && !flag.startsWith("-agentlib")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the measuring JVM failed: " + command);
        }
    }
}
