package dev.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of core's packages: no cycle between any two {@code dev.streams.*} packages
 * (the base package included). The dependencies are read from the sources: every reference to a
 * {@code dev.streams} type by its qualified name outside comments, which covers imports (static
 * ones too) and names spelled out in code. {@code net → tls} is binding API
 * ({@code Tcp.connect(host, port, TlsOptions)}), so {@code tls} reaches the peer of its transport
 * through {@link ConnectionAttribute}, and the base package depends on no other.
 */
class PackageCycleTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern QUALIFIED_TYPE = Pattern.compile("\\b(dev\\.streams(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** Block comments (Javadoc too), line comments and string literals: none of them is a dependency. */
    private static final Pattern NOT_CODE = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);

    @Test
    void corePackagesFormNoCycle() {
        Map<String, Set<String>> graph = dependencies(SOURCES);

        assertThat(graph).as("the scan saw core's packages").containsKeys("dev.streams", "dev.streams.net", "dev.streams.tls");
        assertThat(graph.get("dev.streams.net")).as("net → tls is binding API, and the scan sees it").contains("dev.streams.tls");
        assertThat(graph.get("dev.streams.tls")).as("tls must not depend on net (issue 15)").doesNotContain("dev.streams.net");
        assertThat(graph.get("dev.streams")).as("the base package depends on no other").isEmpty();
        assertThat(cycle(graph)).as("a cycle between core's packages, in %s", graph).isEmpty();
    }

    @Test
    void theScanSeesImportsAndQualifiedNamesButNotComments() {
        String source = """
                package dev.streams.a;

                import dev.streams.b.Thing;
                import static dev.streams.c.Other.CONSTANT;

                /** See {@link dev.streams.d.InAComment}. */
                class Example { // dev.streams.e.InALineComment
                    String text = "dev.streams.f.InAString";
                    Object field = new dev.streams.g.Spelled();
                    Object same = new dev.streams.a.SamePackage();
                }
                """;

        assertThat(packageOf(source)).isEqualTo("dev.streams.a");
        assertThat(referencedPackages(source)).containsExactlyInAnyOrder(
                "dev.streams.b", "dev.streams.c", "dev.streams.g", "dev.streams.a");
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "a", Set.of("b"),
                "b", Set.of("c", "d"),
                "c", Set.of("a"),
                "d", Set.of()));
        assertThat(cycle(graph)).contains(List.of("a", "b", "c", "a"));

        Map<String, Set<String>> layered = new TreeMap<>(Map.of("a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of()));
        assertThat(cycle(layered)).isEmpty();
    }

    /** Package → the other {@code dev.streams} packages its sources reference. */
    private static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                String pkg = packageOf(source);
                Set<String> targets = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                for (String target : referencedPackages(source)) {
                    if (!target.equals(pkg)) {
                        targets.add(target);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(NOT_CODE.matcher(source).replaceAll(" "));
        assertThat(matcher.find()).as("a package declaration").isTrue();
        return matcher.group(1);
    }

    private static Set<String> referencedPackages(String source) {
        Set<String> packages = new HashSet<>();
        Matcher matcher = QUALIFIED_TYPE.matcher(NOT_CODE.matcher(source).replaceAll(" "));
        while (matcher.find()) {
            packages.add(matcher.group(1));
        }
        return packages;
    }

    /** One cycle (its first node repeated at the end), or empty when the graph has none. */
    private static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            Optional<List<String>> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path,
            Set<String> done) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (!done.add(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            Optional<List<String>> found = cycleFrom(next, graph, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }
}
