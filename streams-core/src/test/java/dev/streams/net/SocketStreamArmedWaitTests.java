package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Receive waits through the poller with the read interest kept on between waits ({@link ReadArm}):
 * repeated waits make no requests to the poller thread, and the wait contract still holds (an
 * interrupt loses no byte and leaves the socket open, close wakes and releases the descriptor,
 * end of stream and idle timeouts are reported). The hot window is switched off so that platform
 * threads wait through the poller too; "task" threads are virtual on JDK 21+.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketStreamArmedWaitTests {

    private static final int WAITS = 20;

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    private LoopbackConnection connection;
    private SocketStream client;
    private SocketStream server;

    @BeforeEach
    void connect() throws InterruptedException {
        HotReceiveWait.windowNanos = 0; // every wait goes through the poller
        connection = LoopbackConnection.open();
        client = connection.client();
        server = connection.server();
    }

    @AfterEach
    void closeAll() {
        HotReceiveWait.windowNanos = HotReceiveWait.DEFAULT_WINDOW_NANOS;
        connection.close();
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void consecutiveWaitsOfOneReceiverMakeAtMostOneRequest(String kind) throws Exception {
        AtomicInteger received = new AtomicInteger();
        Background<List<Integer>> receiving = start(kind, () -> {
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < WAITS; i++) {
                got.add((int) client.receive()[0]);
                received.incrementAndGet();
            }
            return got;
        });
        long requestsBefore = SocketPoller.get().requestCount();
        for (int i = 0; i < WAITS; i++) {
            int expected = i;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.get() == expected);
            receiving.awaitParked(); // waiting for byte i, not finding it there
            server.send(new byte[] {(byte) i});
        }
        assertThat(receiving.result()).hasSize(WAITS).isSortedAccordingTo(Integer::compare)
                .startsWith(0).endsWith(WAITS - 1);
        assertThat(SocketPoller.get().requestCount() - requestsBefore)
                .as("requests to the poller thread (each a selector wake-up) for %d waits", WAITS)
                .isLessThanOrEqualTo(1);
    }

    @Test
    void receivesThatMoveBetweenThreadsStayArmedAndLoseNothing() throws Exception {
        long requestsBefore = SocketPoller.get().requestCount();
        for (int i = 0; i < WAITS; i++) {
            ByteBuffer into = ByteBuffer.allocate(8); // a heap buffer: the poller reads into it
            Background<Integer> receiving = start(i % 2 == 0 ? "platform" : "task", () -> client.receive(into));
            receiving.awaitParked();
            server.send(new byte[] {(byte) i, (byte) -i});
            assertThat(receiving.result()).isEqualTo(2);
            assertThat(into.flip().get(0)).isEqualTo((byte) i);
            assertThat(into.get(1)).isEqualTo((byte) -i);
        }
        assertThat(SocketPoller.get().requestCount() - requestsBefore)
                .as("requests to the poller thread for %d waits on alternating threads", WAITS).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void anInterruptRacingDataLosesNoByteAndLeavesTheSocketOpen(String kind) throws Exception {
        for (int i = 0; i < 50; i++) {
            Background<byte[]> receiving = start(kind, () -> {
                try {
                    return client.receive();
                } catch (InterruptedException e) {
                    return new byte[0]; // cancelled: nothing may have been consumed
                }
            });
            receiving.awaitParked();
            server.send(new byte[] {(byte) i});
            receiving.thread().interrupt(); // races the poller's read of byte i
            byte[] got = receiving.result();
            if (got.length == 0) {
                got = client.receive(); // still there: the interrupt consumed nothing
            }
            assertThat(got).as("round %d", i).containsExactly((byte) i);
            assertThat(client.extra(SocketAttribute.RAW_SOCKET).isOpen()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void anInterruptCancelsAnArmedWaitAndTheNextWaitStillGetsData(String kind) throws Exception {
        armClient();
        Background<byte[]> receiving = start(kind, () -> client.receive());
        receiving.awaitParked();
        receiving.thread().interrupt();
        assertThat(receiving.failure()).isInstanceOf(InterruptedException.class);

        Background<byte[]> next = start(kind, () -> client.receive());
        next.awaitParked();
        server.send(new byte[] {4, 2});
        assertThat(next.result()).containsExactly(4, 2);
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void closeWakesAnArmedWaitAndReleasesTheDescriptor(String kind) throws Exception {
        armClient();
        Background<byte[]> receiving = start(kind, () -> client.receive());
        receiving.awaitParked();
        client.close();
        assertThat(client.extra(SocketAttribute.RAW_SOCKET).isRegistered())
                .as("deregistered once close() returned: the descriptor is released").isFalse();
        assertThat(receiving.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closeOfAnArmedStreamWithNobodyWaitingReleasesTheDescriptor() throws Exception {
        armClient();
        client.close();
        assertThat(client.extra(SocketAttribute.RAW_SOCKET).isRegistered()).isFalse();
        // The leak check after the test proves the socket's descriptor is gone.
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void theEndOfStreamEndsAnArmedWait(String kind) throws Exception {
        armClient();
        Background<byte[]> receiving = start(kind, () -> client.receive());
        receiving.awaitParked();
        server.sendEof();
        assertThat(receiving.failure()).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void theIdleTimeoutEndsAnArmedWait() throws Exception {
        armClient();
        Duration idle = Duration.ofMillis(300);
        client.timeouts(new ConnectionTimeouts(idle, Duration.ZERO));
        long start = System.nanoTime();
        Background<byte[]> receiving = Background.start("receive", () -> client.receive());
        assertThat(receiving.failure()).isInstanceOf(IdleTimeoutException.class);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(idle.toNanos());
    }

    @Test
    void thePollersReadWakesAWaiterWhoseWakeUpACloseAlreadyTook() throws Exception {
        ReadArm arm = new ReadArm();
        ReadArm.ReadWaiter first = new ReadArm.ReadWaiter(1);
        assertThat(arm.enter(first)).as("idle: the poller must be asked").isFalse();
        assertThat(arm.withdraw(first)).isTrue(); // it leaves: the interest stays on
        assertThat(arm.isArmed()).isTrue();
        AtomicReference<ReadArm.ReadWaiter> published = new AtomicReference<>();
        Background<Integer> owner = Background.start("owner", () -> {
            ReadArm.ReadWaiter waiter = new ReadArm.ReadWaiter(8);
            assertThat(arm.enter(waiter)).as("armed: no request needed").isTrue();
            published.set(waiter);
            waiter.awaitSettled(); // where a receiver waits once its withdrawal lost to the poller
            return waiter.count();
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> published.get() != null
                && owner.thread().getState() == Thread.State.WAITING);
        published.get().wake(); // a close's wake-up: takes the owner's one unpark
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> owner.thread().getState() == Thread.State.WAITING);
        server.send(new byte[] {5, 6});
        SocketChannel channel = client.extra(SocketAttribute.RAW_SOCKET);
        try (Selector readable = Selector.open()) { // wait until both bytes are there
            channel.register(readable, SelectionKey.OP_READ);
            assertThat(readable.select(10_000)).isEqualTo(1);
        }
        // The poller thread's part, done here: claim the waiter and read for it.
        assertThat(arm.onReadable(channel, ByteBuffer.allocateDirect(8))).as("the interest stays on").isTrue();
        assertThat(owner.result()).as("the owner was unparked by the settle and got both bytes").isEqualTo(2);
    }

    /** One receive that waits through the poller, so the client's read interest is on afterwards. */
    private void armClient() throws Exception {
        Background<byte[]> receiving = Background.start("arm", () -> client.receive());
        receiving.awaitParked();
        server.send(new byte[] {9});
        assertThat(receiving.result()).containsExactly(9);
    }

    private static <T> Background<T> start(String kind, Callable<T> call) {
        return Background.start(kind, "receive", call);
    }
}
