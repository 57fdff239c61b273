package dev.precis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cold start the way Lambda's Java runtime does it: a fresh JVM with Lambda's flags runs AWS's
 * runtime interface client over the unpacked {@code function.zip}, which polls a loopback
 * Runtime API emulator for its first event. Timed from process spawn to the answer's arrival;
 * the trivial Funqy function (bench/coldstart-floor) is timed the same way, interleaved, as the
 * floors.
 *
 * <p>Two floors: the trivial function with Funqy alone, and with the Quarkus REST client added
 * (it starts Vert.x at boot, which costs more than all of Precis's own initialisation). Two
 * Precis artifacts answer the same summarize request: {@code target/core/function.zip}, which
 * the summarize and ingest functions deploy, and {@code target/function.zip}, the Slack
 * function's, REST client included. Usage: {@code ./precis eval coldstart [--runs N]
 * [--init-type snap-start] [--jvm-flag F]...}; the launcher builds the four zips first.
 */
public final class ColdStart {

    /** The floors' handler: Funqy's own. */
    static final String HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";
    /** Precis's deployed handler (infra/template.yaml): Funqy's, with the request id in the MDC. */
    static final String PRECIS_HANDLER = "dev.precis.function.PrecisStreamHandler::handleRequest";
    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** What the Lambda Java runtime passes to a 1024 MB function's JVM (heap at 85% of memory). */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:MaxHeapSize=870m", "-XX:+UseSerialGC",
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData",
            "-Djava.net.preferIPv4Stack=true");

    record Subject(String name, Path zip, String id, String export, String event, String expect) {
    }

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 9;
        String initType = "on-demand";
        List<String> extraFlags = new ArrayList<>();
        Path home = Path.of(System.getProperty("precis.home", "."));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--init-type")) {
                // "snap-start" runs the init Lambda performs while building a SnapStart snapshot
                // (priming waited for, SDK clients built); the restore itself cannot be timed here.
                initType = args[++i];
            } else if (args[i].equals("--jvm-flag")) {
                // Added to every JVM alike, floors included: to try a flag, or to log class loading.
                extraFlags.add(args[++i]);
            }
        }
        Path work = home.resolve("target/coldstart");
        // The runtime interface client, and the AWS utils-lite jar it calls after each answer (the
        // managed runtime ships it; without it the floors would crash once they have answered).
        String ric = Files.readString(home.resolve("target/ric.classpath")).strip();
        for (String jar : Files.readString(home.resolve("target/launcher.classpath")).strip().split(":")) {
            if (jar.contains("utils-lite")) {
                ric += ":" + jar;
            }
        }
        String article = Files.readString(home.resolve("src/test/resources/samples/seed-article.html"));
        ObjectMapper json = new ObjectMapper();
        String hello = json.writeValueAsString("hello");
        Path floors = home.resolve("bench/coldstart-floor/target");
        List<Subject> subjects = List.of(
                new Subject("floor: trivial function, Funqy only", floors.resolve("minimal/function.zip"), "minimal",
                        null, hello, "hello"),
                new Subject("floor: trivial function + REST client", floors.resolve("stack/function.zip"), "stack",
                        null, hello, "hello"),
                new Subject("Precis summarize (seed page as HTML)", home.resolve("target/core/function.zip"),
                        "precis", "summarize", json.createObjectNode().put("html", article).toString(),
                        "\"headline\":\"China rejects"),
                // The Slack function's artifact (REST client included) answering the same request:
                // what the summarize function would cost if it shipped in that artifact.
                new Subject("Precis summarize, Slack artifact", home.resolve("target/function.zip"), "precis-slack",
                        "summarize", json.createObjectNode().put("html", article).toString(),
                        "\"headline\":\"China rejects"));

        Map<Subject, Path> unpacked = new LinkedHashMap<>();
        for (Subject s : subjects) {
            Path dir = work.resolve(s.id() + "-function");
            unzip(s.zip(), dir);
            unpacked.put(s, dir);
        }
        System.out.printf(Locale.ROOT, "cold start: spawn -> first answer, %d runs each, interleaved; JVM %s%n", runs,
                System.getProperty("java.version"));
        List<String> flags = new ArrayList<>(LAMBDA_JVM_FLAGS);
        flags.addAll(extraFlags);
        System.out.println("flags: " + String.join(" ", flags) + "; AWS_LAMBDA_INITIALIZATION_TYPE=" + initType);
        Map<Subject, List<Double>> times = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            for (Subject s : subjects) {
                double ms = once(s, unpacked.get(s), ric, work.resolve("run-" + r + "-" + s.id() + ".log"), initType,
                        flags);
                times.computeIfAbsent(s, k -> new ArrayList<>()).add(ms);
                System.out.printf(Locale.ROOT, "  run %d %-40s %8.1f ms%n", r + 1, s.name(), ms);
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-42s %10s %10s %10s %16s %16s%n", "function", "median", "min", "max",
                "x Funqy-only", "x REST floor");
        List<Double> medians = new ArrayList<>();
        for (List<Double> t : times.values()) {
            double[] v = t.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.add(v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
        }
        int i = 0;
        for (Map.Entry<Subject, List<Double>> e : times.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = medians.get(i++);
            System.out.printf(Locale.ROOT, "%-42s %7.1f ms %7.1f ms %7.1f ms %15.2fx %15.2fx%n", e.getKey().name(),
                    median, v[0], v[v.length - 1], median / medians.get(0), median / medians.get(1));
        }
    }

    /**
     * Under the runtime interface client no poll loop sets the MDC: the handler must, or the
     * "summarized" line reads {@code ()} where the request id belongs.
     */
    private static void requestIdLogged(Subject s, Path log) throws Exception {
        String want = "(" + RuntimeApiEmulator.REQUEST_ID + ") summarized";
        for (int i = 0; i < 50; i++) {
            if (Files.readString(log).contains(want)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(s.name() + " logged no request id on its summary line (see " + log + ")");
    }

    private static double once(Subject s, Path dir, String ric, Path log, String initType, List<String> flags)
            throws Exception {
        try (RuntimeApiEmulator api = new RuntimeApiEmulator(s.event())) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            String handler = s.export() == null ? HANDLER : PRECIS_HANDLER;
            command.addAll(Arrays.asList("-cp", dir + ":" + dir.resolve("lib") + "/*:" + ric, RIC_MAIN, handler));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("AWS_LAMBDA_FUNCTION_NAME", "precis-coldstart");
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
            env.put("AWS_REGION", "us-east-1");
            env.put("LAMBDA_TASK_ROOT", dir.toString());
            env.put("_HANDLER", handler);
            env.put("AWS_LAMBDA_INITIALIZATION_TYPE", initType);
            if (s.export() != null) {
                env.put("QUARKUS_FUNQY_EXPORT", s.export());
            }
            long start = System.nanoTime();
            Process p = pb.start();
            try {
                RuntimeApiEmulator.Answer answer = api.answer().get(120, TimeUnit.SECONDS);
                if (answer.error() || !answer.body().contains(s.expect())) {
                    throw new IllegalStateException(s.name() + " answered wrongly (see " + log + "): "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
                double ms = (answer.nanoTime() - start) / 1e6;
                if (s.export() != null) {
                    requestIdLogged(s, log);
                }
                return ms;
            } finally {
                // Politely first, so a recording asked for with --jvm-flag is written at exit.
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " is missing; ./precis eval coldstart builds it");
        }
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
