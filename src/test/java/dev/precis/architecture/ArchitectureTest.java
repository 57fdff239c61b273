package dev.precis.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package graph the folders promise, read from the sources with the JDK alone: packages
 * import one way only (no cycle), and only the Funqy adapters ({@code dev.precis.function...})
 * touch Quarkus, CDI (jakarta) or MicroProfile types.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** Imports, static and on-demand ones too, and qualified names in code ({@code dev.precis.x.Type}). */
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.precis(?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern FRAMEWORK_IMPORT =
            Pattern.compile("^import\\s+(?:static\\s+)?(io\\.quarkus|jakarta|org\\.eclipse\\.microprofile)\\.", Pattern.MULTILINE);
    private static final String ADAPTERS = "dev.precis.function";

    /** Each package's source files' text. */
    static Map<String, List<String>> sources(Path root) throws IOException {
        Map<String, List<String>> byPackage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = PACKAGE.matcher(text);
                if (m.find()) {
                    byPackage.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(text);
                }
            }
        }
        return byPackage;
    }

    /** Package to the other project packages its sources name. */
    static Map<String, Set<String>> graph(Map<String, List<String>> sources) {
        Map<String, Set<String>> edges = new TreeMap<>();
        sources.forEach((pkg, texts) -> {
            Set<String> to = edges.computeIfAbsent(pkg, k -> new TreeSet<>());
            for (String text : texts) {
                // Javadoc and comments may name other packages freely.
                Matcher m = REFERENCE.matcher(withoutComments(text));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && sources.containsKey(target)) {
                        to.add(target);
                    }
                }
            }
        });
        return edges;
    }

    /** The strongly connected components of more than one package (Tarjan's algorithm). */
    static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, edges, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    @Test
    void packagesImportOneWayOnly() throws IOException {
        assertEquals(List.of(), cycles(graph(sources(MAIN))), "package cycles in src/main");
    }

    @Test
    void onlyTheAdaptersTouchTheFramework() throws IOException {
        List<String> offenders = new ArrayList<>();
        sources(MAIN).forEach((pkg, texts) -> {
            if (!pkg.equals(ADAPTERS) && !pkg.startsWith(ADAPTERS + ".")) {
                for (String text : texts) {
                    Matcher m = FRAMEWORK_IMPORT.matcher(text);
                    if (m.find()) {
                        offenders.add(pkg + " imports " + m.group(1));
                    }
                }
            }
        });
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyPackageHasAPackageInfoSayingItsRole() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasSources;
                try (Stream<Path> files = Files.list(dir)) {
                    hasSources = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasSources && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckFindsACycleAndAFrameworkImport() {
        Map<String, List<String>> fake = Map.of(
                "dev.precis.a", List.of("package dev.precis.a;\nimport dev.precis.b.B;\nclass A {}"),
                "dev.precis.b", List.of("package dev.precis.b;\nclass B { dev.precis.a.A a; }"),
                "dev.precis.c", List.of("package dev.precis.c;\n/** see dev.precis.a.A */\nclass C {}"),
                "dev.precis.d", List.of("package dev.precis.d;\nimport dev.precis.e.*;\nclass D {}"),
                "dev.precis.e", List.of("package dev.precis.e;\nimport static dev.precis.d.D.*;\nclass E {}"));
        assertEquals(Set.of(Set.of("dev.precis.a", "dev.precis.b"), Set.of("dev.precis.d", "dev.precis.e")),
                Set.copyOf(cycles(graph(fake))));
        assertEquals(Set.of(), graph(fake).get("dev.precis.c"), "comments are not references");
        assertEquals(true, FRAMEWORK_IMPORT.matcher("package x;\nimport jakarta.inject.Inject;\n").find());
    }
}
