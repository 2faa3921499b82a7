package dev.streams.test.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's guard against tests that cannot fail: every test method in every module's
 * {@code src/test/java} must assert something ({@link AssertionScan} says what counts). Lives in
 * streams-test because that module sits first in the reactor and scans the whole repository.
 */
class AssertionFreeTestsGuardTests {

    @Test
    void everyTestMethodInTheRepositoryAssertsSomething() {
        Path root = repositoryRoot();
        assertThat(AssertionScan.testSources(root)).as("test sources found under %s", root).hasSizeGreaterThan(50);
        assertThat(AssertionScan.countTestMethods(root)).as("test methods the scan recognised").isGreaterThan(400);
        List<AssertionScan.Finding> vacuous = AssertionScan.scanTree(root);
        assertThat(vacuous).as("test methods without any assertion (add one: AssertJ, assertThrows, "
                + "Awaitility, or a helper of the same class that asserts)").isEmpty();
    }

    @Test
    void flagsATestWithoutAssertionEvenWhenACommentOrStringMentionsOne() {
        String source = """
                class PlantedTests {
                    @Test
                    void sendsSomething() throws Exception {
                        stream.send("assertThat(ok)"); // assertThat(stream).isOpen();
                        latch.await(1, TimeUnit.SECONDS);
                    }

                    @ParameterizedTest
                    @ValueSource(ints = {1, 2})
                    void parameterized(int n) {
                        helperThatOnlyLogs(n);
                    }

                    private void helperThatOnlyLogs(int n) {
                        System.out.println("n = " + n);
                    }
                }
                """;
        assertThat(AssertionScan.scan(Path.of("PlantedTests.java"), source))
                .extracting(AssertionScan.Finding::method, AssertionScan.Finding::line)
                .containsExactly(org.assertj.core.api.Assertions.tuple("sendsSomething", 2),
                        org.assertj.core.api.Assertions.tuple("parameterized", 8));
    }

    @Test
    void acceptsAssertionsInHelpersAwaitilityExpectedExceptionsAndBooleanProperties() {
        String source = """
                class GoodTests {
                    @Test
                    void viaPrivateHelper() {
                        roundTrip("x");
                    }

                    private void roundTrip(String text) {
                        deeper(text);
                    }

                    private void deeper(String text) {
                        assertThat(echo(text)).isEqualTo(text);
                    }

                    @Test
                    @Timeout(5)
                    void viaAwaitility() {
                        await().atMost(Duration.ofSeconds(5)).until(() -> done.get());
                    }

                    @Test
                    void viaAssertThrows() {
                        assertThrows(IllegalArgumentException.class, () -> create(-1));
                    }

                    @Test(expected = IllegalStateException.class)
                    void viaExpectedException() {
                        create(-1);
                    }

                    @Test
                    void viaAHelperOfAnotherClassNamedForWhatItChecks() throws Exception {
                        server.assertServesGoodClient();
                        result.verify();
                    }

                    @Property
                    boolean viaABooleanProperty(@ForAll int n) {
                        return n + 0 == n;
                    }

                    @Test
                    void viaThrowingAssertionError() {
                        if (broken()) {
                            throw new AssertionError("broken");
                        }
                    }
                }
                """;
        assertThat(AssertionScan.scan(Path.of("GoodTests.java"), source)).isEmpty();
    }

    /** The directory holding the parent pom (a module's tests run with the module as working directory). */
    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        Path root = null;
        for (Path d = directory; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml"))) {
                root = d;
            } else if (root != null) {
                break;
            }
        }
        assertThat(root).as("a pom.xml at or above %s", directory).isNotNull();
        return root;
    }
}
