package dev.streams.reliability.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.streams.TaskThreads;
import dev.streams.net.Tcp;
import dev.streams.reliability.ResourceBaseline;
import dev.streams.reliability.TlsEchoServer;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many TLS connections held open at once on one JVM, both ends in this process: every connection
 * handshakes, then every one echoes a message that names it, twice, while all stay open; then all
 * close and the sockets and {@code streams-} threads return to their baseline. Prints the heap held
 * per connection (both ends: client {@link TlsStream} plus the server's stream and handler thread),
 * measured with {@link MemoryMXBean} after {@code System.gc()}. 500 connections in {@code mvn verify};
 * 10 000 under {@code -Psoak} (needs {@code ulimit -n} above 21 000 and, to be meaningful, JDK 21+
 * so that server handlers are virtual threads; {@code -Dstreams.soak.connections=N} picks another
 * count where the descriptor limit is lower).
 */
class ConcurrentTlsConnectionsTests {

    @Test
    @Timeout(180)
    void fiveHundredConnectionsHeldOpenAllEchoAndCloseCleanly() throws Exception {
        holdAndEcho(500);
    }

    @Test
    @Tag("soak")
    @Timeout(1800)
    void tenThousandConnectionsHeldOpenAllEchoAndCloseCleanly() throws Exception {
        int connections = Integer.getInteger("streams.soak.connections", 10_000);
        long limit = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : Long.MAX_VALUE;
        assumeTrue(limit >= 2L * connections + 1_000,
                "[fd limit] two sockets per connection in one JVM: raise ulimit -n above " + (2 * connections + 1_000));
        holdAndEcho(connections);
    }

    private static void holdAndEcho(int count) throws Exception {
        TlsOptions clientOptions = TlsOptions.client(TlsEchoServer.CA.clientContext()).hostname("localhost");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<TlsStream> clients = new ArrayList<>(count);
        long start = System.nanoTime();
        try (TlsEchoServer server = TlsEchoServer.start(TlsEchoServer.serverOptions()
                .handshakeTimeout(Duration.ofSeconds(30)))) {
            server.assertServesGoodClient();
            ResourceBaseline baseline = ResourceBaseline.settled();
            long heapBefore = usedHeapAfterGc(memory);
            try {
                for (int i = 0; i < count; i++) {
                    clients.add(Tcp.connect("127.0.0.1", server.port(), clientOptions));
                }
                long connected = System.nanoTime();
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < count; i++) {
                        byte[] message = ByteBuffer.allocate(8).putInt(round).putInt(i).array();
                        clients.get(i).send(message);
                        assertThat(clients.get(i).receive()).as("echo on connection %d", i).isEqualTo(message);
                    }
                }
                long heapHeld = usedHeapAfterGc(memory);
                ResourceBaseline held = ResourceBaseline.now();
                assertThat(held.sockets()).as("both ends of every connection are open")
                        .isGreaterThanOrEqualTo(baseline.sockets() + 2 * count);
                System.out.printf("load: %d TLS connections (%s handlers) connected in %d ms, %d echoes; "
                        + "heap %d KiB before, %d KiB held, %.1f KiB per connection (both ends); sockets %d -> %d, "
                        + "streams- platform threads %d -> %d%n",
                        count, TaskThreads.virtualThreadsAvailable() ? "virtual" : "platform",
                        (connected - start) / 1_000_000, 2 * count, heapBefore / 1024, heapHeld / 1024,
                        (heapHeld - heapBefore) / 1024.0 / count, baseline.sockets(), held.sockets(),
                        baseline.threads().size(), held.threads().size());
            } finally {
                for (TlsStream client : clients) {
                    client.close();
                }
            }
            ResourceBaseline after = baseline.awaitReturn(Duration.ofSeconds(60));
            System.out.printf("load: after closing: sockets %d, streams- platform threads %d%n", after.sockets(),
                    after.threads().size());
            assertThat(server.failures()).as("failed handshakes").isEmpty();
            server.assertServesGoodClient();
        }
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
