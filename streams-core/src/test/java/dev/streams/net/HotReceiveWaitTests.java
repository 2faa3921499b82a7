package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ClosedResourceException;
import dev.streams.TaskThreads;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hot part of a receive wait ({@link HotReceiveWait}): the contract of every wait (interrupt
 * cancels without closing, close wakes, idle timeout, no leaked descriptors) holds while the thread
 * waits on its own selector. The hot window is lengthened so that a test can catch a thread
 * inside it on a busy machine; one test checks the real window hands an idle wait to the poller.
 * "task" threads are virtual on JDK 21+, which skip the hot wait: for them the same contract is
 * checked on the poller path.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HotReceiveWaitTests {

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    private LoopbackConnection connection;
    private SocketListener listener;
    private SocketStream client;
    private SocketStream server;

    @BeforeEach
    void connect() throws InterruptedException {
        HotReceiveWait.windowNanos = TimeUnit.MINUTES.toNanos(10);
        connection = LoopbackConnection.open();
        listener = connection.listener();
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
    void anInterruptCancelsAHotWaitAndTheStreamStaysUsable(String kind) throws Exception {
        Background<byte[]> receiving = start(kind, () -> server.receive());
        awaitHotWait(kind, receiving);
        receiving.thread().interrupt();
        assertThat(receiving.failure()).isInstanceOf(InterruptedException.class);

        client.send(new byte[] {1, 2});
        assertThat(server.receive()).as("the socket is open and nothing was lost").containsExactly(1, 2);
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void dataEndsAHotWait(String kind) throws Exception {
        Background<Integer> receiving = start(kind, () -> server.receive(ByteBuffer.allocate(8)));
        awaitHotWait(kind, receiving);
        client.send(new byte[] {7, 7, 7});
        assertThat(receiving.result()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void closeWakesAHotWaitAndReleasesEveryDescriptor(String kind) throws Exception {
        Background<byte[]> receiving = start(kind, () -> server.receive());
        awaitHotWait(kind, receiving);
        server.close();
        assertThat(receiving.failure()).isInstanceOf(ClosedResourceException.class);
        // The leak check after the test proves the stream's selector and socket are gone.
    }

    @Test
    void theIdleTimeoutEndsAHotWait() throws Exception {
        Duration idle = Duration.ofMillis(300);
        server.timeouts(new ConnectionTimeouts(idle, Duration.ZERO));
        long start = System.nanoTime();
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        assertThat(receiving.failure()).isInstanceOf(IdleTimeoutException.class);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(idle.toNanos());
    }

    @Test
    void anIdleWaitGivesItsSelectorBackAfterTheWindow() throws Exception {
        HotReceiveWait.windowNanos = HotReceiveWait.DEFAULT_WINDOW_NANOS;
        int selectorsBefore = selectors();
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        // After the window, the wait is parked in the poller and holds no selector of its own.
        receiving.awaitParked();
        assertThat(selectors()).as("epoll instances while idle").isEqualTo(selectorsBefore);
        client.send(new byte[] {9});
        assertThat(receiving.result()).containsExactly(9);
    }

    @Test
    void aConnectionThatGoesQuietAfterAShortWaitGivesItsSelectorBack() throws Exception {
        int selectorsBefore = selectors();
        Background<byte[]> receiving = Background.start("receive", () -> server.receive());
        awaitHotWait("platform", receiving);
        assertThat(selectors()).as("the hot wait's own epoll instance").isEqualTo(selectorsBefore + 1);
        client.send(new byte[] {5});
        assertThat(receiving.result()).containsExactly(5);
        // No receive is waiting now (a server between requests): the poller closes the selector
        // once it has been unused for a hot window.
        HotReceiveWait.windowNanos = HotReceiveWait.DEFAULT_WINDOW_NANOS;
        Awaitility.await("the idle stream's selector closed").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> selectors() == selectorsBefore);
        client.send(new byte[] {6});
        assertThat(server.receive()).as("the next receive still works").containsExactly(6);
    }

    @Test
    void aReceiveAfterOneThatWaitedWaitsFirstAndKeepsTheContract() throws Exception {
        Background<byte[]> first = Background.start("receive", () -> server.receive());
        awaitHotWait("platform", first);
        client.send(new byte[] {1});
        assertThat(first.result()).containsExactly(1);

        // This one waits before its first read (the last receive waited): data already there is found...
        client.send(new byte[] {2});
        assertThat(Background.start("receive", () -> server.receive()).result()).containsExactly(2);
        // ...an interrupt cancels the wait and leaves the socket open...
        Background<byte[]> waiting = Background.start("receive", () -> server.receive());
        awaitHotWait("platform", waiting);
        waiting.thread().interrupt();
        assertThat(waiting.failure()).isInstanceOf(InterruptedException.class);
        client.send(new byte[] {3, 4});
        assertThat(server.receive(ByteBuffer.allocate(8))).as("nothing was lost").isEqualTo(2);
        // ...and close wakes it.
        Background<byte[]> closing = Background.start("receive", () -> server.receive());
        awaitHotWait("platform", closing);
        server.close();
        assertThat(closing.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void aThreadWaitingOnOneConnectionAfterAnotherUsesOneSelector() throws Exception {
        // issue 15: a selector per connection cost two descriptors opened and closed per connection
        try (SocketStream otherClient = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                SocketStream otherServer = listener.accept()) {
            int selectorsBefore = selectors();
            BlockingQueue<SocketStream> toReceive = new LinkedBlockingQueue<>();
            toReceive.add(server);
            Background<byte[]> receiving = Background.start("receive", () -> {
                byte[] first = toReceive.take().receive();
                byte[] second = toReceive.take().receive();
                return new byte[] {first[0], second[0]};
            });
            awaitHotWait("platform", receiving);
            client.send(new byte[] {1});
            toReceive.add(otherServer);
            Awaitility.await("the second hot wait").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> toReceive.isEmpty() && inHotWait(receiving.thread()));
            assertThat(selectors()).as("epoll instances while the thread waits on its second connection")
                    .isEqualTo(selectorsBefore + 1);
            otherClient.send(new byte[] {2});
            assertThat(receiving.result()).containsExactly(1, 2);
        }
    }

    @Test
    void aStreamWhoseReceivesMovedToAnotherThreadReleasesItsSocketOnClose() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Background<byte[]> first = Background.start("receive", () -> {
            byte[] data = server.receive();
            received.countDown();
            release.await(); // stays alive, and so does its selector (the window is long here)
            return data;
        });
        awaitHotWait("platform", first);
        client.send(new byte[] {1});
        // Until the first receive has returned, a second one is a concurrent receive and fails busy.
        assertThat(received.await(10, TimeUnit.SECONDS)).as("the first receive returned").isTrue();
        Background<byte[]> second = Background.start("receive", () -> server.receive());
        awaitHotWait("platform", second);
        client.send(new byte[] {2});
        assertThat(second.result()).containsExactly(2);

        server.close();
        assertThat(server.extra(SocketAttribute.RAW_SOCKET).isRegistered())
                .as("registered with no selector once close() returned: the descriptor is released").isFalse();
        release.countDown();
        assertThat(first.result()).containsExactly(1);
    }

    @Test
    void theWaitFirstHintFollowsTheLastReceiveAndReadsFirstEveryEighthTime() {
        HotReceiveWait wait = new HotReceiveWait(client.extra(SocketAttribute.RAW_SOCKET));
        assertThat(wait.waitBeforeReading(false)).as("a new stream reads first").isFalse();

        wait.received(true);
        int waitingFirst = 0;
        for (int i = 0; i < 16; i++) {
            waitingFirst += wait.waitBeforeReading(false) ? 1 : 0;
        }
        assertThat(waitingFirst).as("after a receive that waited: 7 of every 8 wait first").isEqualTo(14);

        wait.received(false);
        for (int i = 0; i < 16; i++) {
            assertThat(wait.waitBeforeReading(false)).as("after a receive that found data at once").isFalse();
        }
        wait.close();
    }

    private static int selectors() {
        return ResourceLeakCheck.socketDescriptors().getOrDefault("anon_inode:[eventpoll]", 0);
    }

    private static <T> Background<T> start(String kind, Callable<T> call) {
        return Background.start(kind, "receive", call);
    }

    /** Waits until the thread is inside the stream's own selector (or the call ended: then fails). */
    private static void awaitHotWait(String kind, Background<?> background) {
        if (kind.equals("task") && TaskThreads.virtualThreadsAvailable()) {
            background.awaitParked(); // virtual threads wait through the poller only
            return;
        }
        Awaitility.await("thread in its hot wait").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> inHotWait(background.thread()) || !background.thread().isAlive());
        assertThat(background.thread().isAlive()).as("the call returned instead of waiting").isTrue();
    }

    private static boolean inHotWait(Thread thread) {
        boolean selecting = false;
        for (StackTraceElement frame : thread.getStackTrace()) {
            selecting |= frame.getMethodName().equals("doSelect");
            if (frame.getClassName().equals(HotReceiveWait.class.getName()) && frame.getMethodName().equals("await")) {
                return selecting;
            }
        }
        return false;
    }
}
