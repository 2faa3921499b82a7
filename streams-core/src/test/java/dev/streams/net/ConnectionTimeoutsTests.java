package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Idle and write timeouts ({@link ConnectionTimeouts}): a silent peer and a peer that never reads
 * each cost a connection only for the configured time. Timing bounds are loose: at least the
 * timeout (the clock is a deadline, never early), at most seconds more.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionTimeoutsTests {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final long LOOSE_UPPER_BOUND_NANOS = TimeUnit.SECONDS.toNanos(10);

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    private SocketListener listener;
    private SocketStream client;
    private SocketStream server;

    private void connect(ConnectionTimeouts listenerTimeouts) throws InterruptedException {
        listener = Tcp.listen("127.0.0.1", 0, listenerTimeouts);
        client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
        server = listener.accept();
    }

    @AfterEach
    void closeAll() {
        for (AutoCloseable resource : new AutoCloseable[] {client, server, listener}) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    // ## Idle ##

    @Test
    void aSilentPeerIsDisconnectedAfterTheIdleTimeout() throws Exception {
        ConnectionTimeouts timeouts = new ConnectionTimeouts(SHORT, Duration.ZERO);
        connect(timeouts);
        assertThat(server.timeouts()).as("accepted streams get the listener's timeouts").isEqualTo(timeouts);

        long start = System.nanoTime();
        assertThatThrownBy(() -> server.receive())
                .isInstanceOf(IdleTimeoutException.class)
                .isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("idle timeout (300 ms)");
        long elapsed = System.nanoTime() - start;

        assertThat(elapsed).as("not before the idle timeout").isGreaterThanOrEqualTo(SHORT.toNanos());
        assertThat(elapsed).as("loosely soon after it").isLessThan(LOOSE_UPPER_BOUND_NANOS);
        assertThatThrownBy(() -> server.receive()).as("the stream was closed").isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> client.receive()).as("the peer sees the close").isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void clientStreamsTimeOutToo_inTheByteBufferForm() throws Exception {
        connect(ConnectionTimeouts.NONE);
        assertThat(client.timeouts()).isEqualTo(ConnectionTimeouts.NONE);
        client.timeouts(new ConnectionTimeouts(SHORT, Duration.ZERO));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.receive(ByteBuffer.allocate(16))).isInstanceOf(IdleTimeoutException.class);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(SHORT.toNanos());
    }

    @Test
    void theIdleClockRunsOnlyWhileAReceiveWaits() throws Exception {
        connect(new ConnectionTimeouts(SHORT, Duration.ZERO));
        // A handler busy for longer than the idle timeout, not reading, is not idle.
        Thread.sleep(2 * SHORT.toMillis());
        client.send(new byte[] {1});
        assertThat(server.receive()).containsExactly(1);

        // Data that arrives while a receive waits, before the timeout, keeps the connection.
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        receiving.awaitParked();
        client.send(new byte[] {2});
        assertThat(receiving.result()).containsExactly(2);
    }

    @Test
    void zeroIdleMeansNever() throws Exception {
        connect(new ConnectionTimeouts(Duration.ZERO, Duration.ofMillis(100)));
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        receiving.awaitParked();
        Thread.sleep(3 * SHORT.toMillis()); // well past every timeout that is set
        assertThat(receiving.thread().isAlive()).as("still waiting").isTrue();
        client.send(new byte[] {3});
        assertThat(receiving.result()).containsExactly(3);
    }

    // ## Write ##

    @Test
    void aPeerThatNeverReadsIsDisconnectedAfterTheWriteTimeout() throws Exception {
        connect(ConnectionTimeouts.NONE);
        client.timeouts(new ConnectionTimeouts(Duration.ZERO, SHORT));
        fixBufferSizes(client, server);

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.send(new byte[16 << 20]))
                .isInstanceOf(WriteTimeoutException.class)
                .isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("write timeout (300 ms)");
        long elapsed = System.nanoTime() - start;

        assertThat(elapsed).as("not before the write timeout").isGreaterThanOrEqualTo(SHORT.toNanos());
        assertThat(elapsed).as("loosely soon after it").isLessThan(LOOSE_UPPER_BOUND_NANOS);
        assertThatThrownBy(() -> client.send(new byte[] {1})).as("the stream was closed")
                .isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void progressRestartsTheWriteClock() throws Exception {
        Duration write = Duration.ofSeconds(2);
        connect(ConnectionTimeouts.NONE);
        client.timeouts(new ConnectionTimeouts(Duration.ZERO, write));
        fixBufferSizes(client, server);
        byte[] payload = new byte[8 << 20];

        Background<Long> sending = Background.start("send", () -> {
            long start = System.nanoTime();
            client.send(payload);
            return System.nanoTime() - start;
        });
        // A slow reader: the sender stalls again and again, in total far longer than the write
        // timeout, but never that long without progress.
        long received = 0;
        for (int round = 0; round < 6; round++) {
            sending.awaitParked();
            Thread.sleep(500);
            for (int i = 0; i < 4; i++) {
                received += server.receive(65536).length;
            }
        }
        while (received < payload.length) {
            received += server.receive().length;
        }
        assertThat(sending.result()).as("the send outlived the write timeout").isGreaterThan(write.toNanos());
    }

    @Test
    void zeroWriteMeansNever() throws Exception {
        connect(ConnectionTimeouts.NONE);
        client.timeouts(new ConnectionTimeouts(Duration.ofMillis(100), Duration.ZERO));
        fixBufferSizes(client, server);
        byte[] payload = new byte[8 << 20];
        Background<Void> sending = Background.start("send", () -> {
            client.send(payload);
            return null;
        });
        sending.awaitParked();
        Thread.sleep(3 * SHORT.toMillis());
        assertThat(sending.thread().isAlive()).as("still waiting").isTrue();
        long received = 0;
        while (received < payload.length) {
            received += server.receive().length;
        }
        sending.result();
    }

    // ## Options and arguments ##

    @Test
    void acceptedSocketsHaveKeepAlive() throws Exception {
        connect(ConnectionTimeouts.NONE);
        assertThat(server.extra(SocketAttribute.RAW_SOCKET).getOption(StandardSocketOptions.SO_KEEPALIVE)).isTrue();
    }

    @Test
    void badArgumentsAreRejectedNamingTheArgument() {
        assertThatThrownBy(() -> new ConnectionTimeouts(null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idle");
        assertThatThrownBy(() -> new ConnectionTimeouts(Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idle");
        assertThatThrownBy(() -> new ConnectionTimeouts(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write");
        assertThatThrownBy(() -> new ConnectionTimeouts(Duration.ZERO, Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write");
        assertThatThrownBy(() -> Tcp.listen("127.0.0.1", 0, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeouts");
    }

    @Test
    void settingNullTimeoutsIsRejected() throws Exception {
        connect(ConnectionTimeouts.NONE);
        assertThatThrownBy(() -> client.timeouts(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeouts");
    }

    @Test
    void hugeTimeoutsDoNotOverflow() throws Exception {
        connect(new ConnectionTimeouts(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MAX_VALUE)));
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        receiving.awaitParked();
        client.send(new byte[] {4});
        assertThat(receiving.result()).containsExactly(4);
    }

    /**
     * Small fixed socket buffers: explicit sizes turn off Linux's autotuning, so a sender stalls
     * after a bounded amount and a reader's progress opens the window again at once.
     */
    private static void fixBufferSizes(SocketStream sender, SocketStream receiver) throws IOException {
        sender.extra(SocketAttribute.RAW_SOCKET).setOption(StandardSocketOptions.SO_SNDBUF, 65536);
        receiver.extra(SocketAttribute.RAW_SOCKET).setOption(StandardSocketOptions.SO_RCVBUF, 65536);
    }
}
