package dev.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The process's open sockets ({@code socket:[…]} entries of {@code /proc/self/fd}) and live
 * platform threads named {@code streams-…}, taken as a baseline and awaited back after an attack.
 * Virtual threads do not appear in thread listings, so on JDK 21+ handler threads are covered only
 * through the sockets they hold. Without {@code /proc} (not Linux) only threads are compared.
 *
 * <pre>{@code
 * ResourceBaseline before = ResourceBaseline.now();
 * ... attack ...
 * before.awaitReturn(Duration.ofSeconds(10));
 * }</pre>
 *
 * @param sockets open socket descriptors
 * @param threads names of live {@code streams-} platform threads, sorted
 */
public record ResourceBaseline(int sockets, List<String> threads) {

    private static final Path FD_DIR = Path.of("/proc/self/fd");

    public static ResourceBaseline now() {
        return new ResourceBaseline(countSockets(), liveThreads());
    }

    /**
     * The baseline once earlier connections have wound down: no {@code streams-handler} platform
     * thread alive and the same socket count twice, 100 ms apart.
     */
    public static ResourceBaseline settled() {
        int[] last = {-1};
        Awaitility.await("connections before the baseline wound down").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    int sockets = countSockets();
                    boolean stable = sockets == last[0]
                            && liveThreads().stream().noneMatch(name -> name.startsWith("streams-handler"));
                    last[0] = sockets;
                    return stable;
                });
        return now();
    }

    /** Waits until sockets are at most the baseline and no new {@code streams-} thread lives. */
    public ResourceBaseline awaitReturn(Duration atMost) {
        Awaitility.await("sockets and streams- threads back to " + this).atMost(atMost)
                .pollInterval(Duration.ofMillis(25)).untilAsserted(() -> {
                    assertThat(countSockets()).as("open sockets").isLessThanOrEqualTo(sockets);
                    assertThat(liveThreads()).as("live streams- threads").isSubsetOf(threads);
                });
        return now();
    }

    public static int countSockets() {
        if (!Files.isDirectory(FD_DIR)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> fds = Files.list(FD_DIR)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        count++;
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot list " + FD_DIR, e);
        }
        return count;
    }

    public static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("streams-")).sorted().toList();
    }
}
