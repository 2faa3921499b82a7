package dev.streams.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.reliability.Bounded;
import dev.streams.reliability.ResourceBaseline;
import dev.streams.reliability.TlsEchoServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Peers that send random bytes (some starting like a TLS record, so the parser goes further)
 * instead of a ClientHello, then hang up or go silent. Whatever they send, the listener closes the
 * connection (at once, or at the handshake timeout), keeps serving good clients, and holds no
 * socket or thread afterwards.
 */
class RandomBytesPeerTests {

    /** jqwik ignores JUnit's @Timeout: each try bounds itself. */
    private static final Duration TRY_DEADLINE = Duration.ofSeconds(30);

    @Property(tries = 16)
    void randomBytesNeverBreakTheListener(@ForAll @Size(max = 600) byte[] bytes, @ForAll boolean looksLikeTls,
            @ForAll boolean hangUp) throws Exception {
        Bounded.run(TRY_DEADLINE, () -> {
            if (looksLikeTls && bytes.length >= 3) {
                bytes[0] = 0x16; // handshake record, TLS 1.0-1.2 legacy version
                bytes[1] = 0x03;
                bytes[2] = 0x01;
            }
            try (TlsEchoServer server = TlsEchoServer.start(TlsEchoServer.serverOptions())) {
                server.assertServesGoodClient();
                ResourceBaseline baseline = ResourceBaseline.settled();
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
                    socket.setSoTimeout(10_000);
                    try {
                        socket.getOutputStream().write(bytes);
                        if (hangUp) {
                            socket.shutdownOutput();
                        }
                    } catch (java.net.SocketException e) {
                        // the server already rejected the first bytes and reset the connection
                    }
                    HostileTlsPeerTests.readUntilClosed(socket);
                }
                server.assertServesGoodClient();
                baseline.awaitReturn(Duration.ofSeconds(10));
                assertThat(server.failures()).as("the hostile connection was reported as a failed handshake")
                        .hasSize(1);
            }
        });
    }
}
