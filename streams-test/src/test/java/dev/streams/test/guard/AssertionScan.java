package dev.streams.test.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds test methods that cannot fail on their point because they assert nothing: a small source
 * scan, not a compiler. A test method (annotated {@code @Test}, {@code @ParameterizedTest},
 * {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate}, jqwik's {@code @Property} or
 * {@code @Example}) counts as asserting when its body, or the body of a method of the same file that
 * it calls (followed transitively, so private helpers count), contains
 * <ul>
 *   <li>an AssertJ or JUnit assertion ({@code assertThat…}, {@code assertThrows},
 *       {@code assertTimeoutPreemptively}, {@code fail(…)}, {@code throw new AssertionError}),</li>
 *   <li>an Awaitility wait ({@code await(…)…until…}), which fails when the condition never holds,</li>
 *   <li>a call of a method whose name says it checks ({@code assert…}, {@code verify…},
 *       {@code check…}, {@code expect…}; e.g. {@code server.assertServesGoodClient()} or Lincheck's
 *       {@code options.check(type)}), wherever that method is declared,</li>
 * </ul>
 * or when it is a jqwik {@code @Property} returning {@code boolean} (jqwik fails the try on
 * {@code false}), or declares an expected exception ({@code expected =}).
 *
 * <pre>{@code
 * List<AssertionScan.Finding> vacuous = AssertionScan.scanTree(repositoryRoot);
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
final class AssertionScan {

    /** A test method that asserts nothing. */
    record Finding(Path file, int line, String method) {
        @Override
        public String toString() {
            return file + ":" + line + " " + method + "()";
        }
    }

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example)\\b(\\s*\\([^)]*\\))?");
    /** A method declaration: modifiers and annotations skipped by the caller, then type and name. */
    private static final Pattern DECLARATION = Pattern.compile(
            "(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
            + "(?:<[^>]+>\\s*)?([\\w.<>\\[\\]?, ]+?)\\s+(\\w+)\\s*\\(");
    private static final Pattern ASSERTION = Pattern.compile(
            "\\bassert\\w*\\s*\\(|\\bfail\\s*\\(|\\bnew\\s+AssertionError\\b"
            // Awaitility's static await() or Awaitility.await() (not a latch's await), and its until…
            + "|(?<![.\\w])await\\s*\\(|\\bAwaitility\\s*\\.\\s*await\\b|\\.until\\w*\\s*\\("
            + "|[.\\s](?:assert|verify|check|expect)\\w*\\s*\\(");
    private static final Pattern CALL = Pattern.compile("\\b(\\w+)\\s*\\(");
    private static final Pattern EXPECTED = Pattern.compile("\\bexpected\\s*=");

    private AssertionScan() {
    }

    /** Every assertion-free test method in the {@code src/test/java} trees under {@code root}. */
    static List<Finding> scanTree(Path root) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(AssertionScan::isTestSource).sorted().forEach(file -> findings.addAll(scan(file, read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** The {@code src/test/java} sources under {@code root} (skipping build output). */
    static List<Path> testSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(AssertionScan::isTestSource).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTestSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/test/java/") && !path.contains("/target/")
                && !path.contains("/.git/");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many test methods the files under {@code root} declare (to show the scan saw them). */
    static int countTestMethods(Path root) {
        int count = 0;
        for (Path file : testSources(root)) {
            String code = blankCommentsAndStrings(read(file));
            Matcher annotation = TEST_ANNOTATION.matcher(code);
            while (annotation.find()) {
                if (methodAfter(code, annotation.end()) != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The assertion-free test methods of one source file. */
    static List<Finding> scan(Path file, String source) {
        String code = blankCommentsAndStrings(source);
        Map<String, List<String>> bodies = methodBodies(code);
        List<Finding> findings = new ArrayList<>();
        Matcher annotation = TEST_ANNOTATION.matcher(code);
        while (annotation.find()) {
            Method method = methodAfter(code, annotation.end());
            if (method == null) {
                continue;
            }
            boolean asserts = (annotation.group(1).equals("Property") && method.returnType().equals("boolean"))
                    || (annotation.group(2) != null && EXPECTED.matcher(annotation.group(2)).find())
                    || asserts(method.body(), bodies, new HashSet<>());
            if (!asserts) {
                findings.add(new Finding(file, lineOf(code, annotation.start()), method.name()));
            }
        }
        return findings;
    }

    private static boolean asserts(String body, Map<String, List<String>> bodies, Set<String> visited) {
        if (ASSERTION.matcher(body).find()) {
            return true;
        }
        Matcher call = CALL.matcher(body);
        while (call.find()) {
            String name = call.group(1);
            if (bodies.containsKey(name) && visited.add(name)) {
                for (String helper : bodies.get(name)) {
                    if (asserts(helper, bodies, visited)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private record Method(String returnType, String name, String body) {
    }

    /** The method declared after {@code from} (skipping further annotations), or null. */
    private static Method methodAfter(String code, int from) {
        int position = skipAnnotations(code, from);
        Matcher declaration = DECLARATION.matcher(code);
        declaration.region(position, code.length());
        if (!declaration.lookingAt()) {
            return null;
        }
        int open = code.indexOf('{', declaration.end());
        int semicolon = code.indexOf(';', declaration.end());
        if (open < 0 || (semicolon >= 0 && semicolon < open)) {
            return null; // abstract or interface method: no body to scan
        }
        int close = matchingBrace(code, open);
        String returnType = declaration.group(1).trim();
        return new Method(returnType, declaration.group(2), code.substring(open + 1, close));
    }

    private static int skipAnnotations(String code, int position) {
        int i = position;
        while (true) {
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
                i++;
            }
            if (i < code.length() && code.charAt(i) == '(' && i == position) {
                i = matchingParen(code, i) + 1; // the annotation's own arguments
                continue;
            }
            if (i >= code.length() || code.charAt(i) != '@') {
                return i;
            }
            i++;
            while (i < code.length() && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '.')) {
                i++;
            }
            int afterName = i;
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
                i++;
            }
            if (i < code.length() && code.charAt(i) == '(') {
                i = matchingParen(code, i) + 1;
            } else {
                i = afterName;
            }
        }
    }

    /** Every method body of the file by method name (overloads kept together). */
    private static Map<String, List<String>> methodBodies(String code) {
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        Pattern header = Pattern.compile("(\\w+)\\s*\\([^;{}]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{");
        Matcher matcher = header.matcher(code);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new").contains(name)) {
                continue;
            }
            int open = matcher.end() - 1;
            int close = matchingBrace(code, open);
            bodies.computeIfAbsent(name, k -> new ArrayList<>()).add(code.substring(open + 1, close));
        }
        return bodies;
    }

    private static int matchingBrace(String code, int open) {
        return matching(code, open, '{', '}');
    }

    private static int matchingParen(String code, int open) {
        return matching(code, open, '(', ')');
    }

    private static int matching(String code, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    private static int lineOf(String code, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The source with comments, string, text-block and char literals replaced by spaces (newlines
     * kept), so that neither a commented-out assertion nor a brace in a string misleads the scan.
     */
    static String blankCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append('"');
                blank(source, i + 1, end - 1, out);
                out.append('"');
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j, n - 1);
                out.append(c);
                blank(source, i + 1, j, out);
                out.append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String source, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
