package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.TaskThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves sockets, selectors or threads behind. Before each test it records the
 * process's socket-like file descriptors ({@code socket:[…]}, {@code anon_inode:[eventpoll]} and
 * friends, read from {@code /proc/self/fd}) and the live platform threads named {@code streams-…}
 * or {@code test-…}; after the test it waits up to 5 s for both to return to that baseline.
 *
 * <p>Only socket-like descriptors are counted because class loading opens jar files at any time.
 * The JVM-wide poller thread is started before the baseline. Virtual threads are not visible to
 * {@link Thread#getAllStackTraces()}, so handler threads on JDK 21+ are covered only through the
 * sockets they hold. Without {@code /proc} (not Linux) only threads are checked.
 *
 * <pre>{@code
 * @RegisterExtension
 * final ResourceLeakCheck leakCheck = new ResourceLeakCheck();
 * }</pre>
 */
final class ResourceLeakCheck implements BeforeEachCallback, AfterEachCallback {

    private static final Path FD_DIR = Path.of("/proc/self/fd");

    private static volatile boolean warmedUp;

    private Map<String, Integer> baselineDescriptors;
    private List<String> baselineThreads;

    @Override
    public void beforeEach(ExtensionContext context) {
        SocketPoller.get(); // JVM-wide, lives forever: start it before taking the baseline
        warmUpJdkNetworking();
        baselineDescriptors = socketDescriptors();
        baselineThreads = ourThreads();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Awaitility.await("sockets and threads back to the baseline " + baselineDescriptors + " " + baselineThreads)
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    Map<String, Integer> now = socketDescriptors();
                    for (Map.Entry<String, Integer> kind : now.entrySet()) {
                        assertThat(kind.getValue())
                                .as("open %s descriptors (baseline %s)", kind.getKey(), baselineDescriptors)
                                .isLessThanOrEqualTo(baselineDescriptors.getOrDefault(kind.getKey(), 0));
                    }
                    assertThat(ourThreads()).as("live streams-/test- threads").isSubsetOf(baselineThreads);
                });
    }

    /**
     * JDK 25 opens one socket of its own on the first {@code ServerSocketChannel.open} and keeps it
     * for the life of the JVM (seen as a stray {@code socket:[…]}); open and close a channel of each
     * kind once so that socket predates every baseline. Same for the JDK's virtual-thread pollers.
     */
    private static void warmUpJdkNetworking() {
        if (warmedUp) {
            return;
        }
        for (StandardProtocolFamily family : StandardProtocolFamily.values()) {
            try (ServerSocketChannel server = ServerSocketChannel.open(family);
                    SocketChannel client = SocketChannel.open(family)) {
                // opened and closed: nothing else to do
            } catch (IOException | UnsupportedOperationException e) {
                // a family this machine lacks (IPv6, UNIX): nothing to warm up
            }
        }
        // JDK 25 starts its own virtual-thread pollers (epoll instances that live for the JVM's
        // life) on the first Selector.select from a virtual thread, as a hot receive wait does.
        Thread selecting = TaskThreads.newThread("test-warm-up", () -> {
            try (Selector selector = Selector.open()) {
                selector.select(1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        selecting.start();
        try {
            selecting.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        warmedUp = true;
    }

    /** Number of open descriptors per kind ("socket", "anon_inode:[eventpoll]", "pipe"). */
    static Map<String, Integer> socketDescriptors() {
        Map<String, Integer> counts = new HashMap<>();
        if (!Files.isDirectory(FD_DIR)) {
            return counts;
        }
        try (Stream<Path> fds = Files.list(FD_DIR)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    continue; // the descriptor of the listing itself, already closed
                }
                String kind = target.startsWith("socket:") ? "socket"
                        : target.startsWith("pipe:") ? "pipe"
                        : target.startsWith("anon_inode:") ? target
                        : null;
                if (kind != null) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + FD_DIR, e);
        }
        return counts;
    }

    static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("streams-") || name.startsWith("test-"))
                .sorted()
                .toList();
    }
}
