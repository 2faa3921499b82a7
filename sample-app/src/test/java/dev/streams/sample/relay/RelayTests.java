package dev.streams.sample.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streams.StreamException;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.sample.LineClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The relay over in-memory pipes: the whole protocol, the slow-consumer policy and the graceful
 * shutdown, without sockets or Spring. Each connection is served on its own thread, as a listener
 * would, and one worker thread drains the inbound channel into {@link Relay#fanOut}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RelayTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<LineClient> clients = new CopyOnWriteArrayList<>();
    private MemoryObjectStream<Publication> inbound;
    private Relay relay;

    private void start(RelaySettings settings, int inboundBuffer) {
        this.inbound = MemoryObjectStream.create(inboundBuffer, Publication.class);
        this.relay = new Relay(this.inbound.sendStream(), settings, Thread::new);
        fork("fan-out", () -> {
            try {
                for (Publication publication : this.inbound.receiveStream()) {
                    this.relay.fanOut(publication);
                }
            } catch (RuntimeException closedOrInterrupted) {
                // the channel closed at the end of the test
            }
        });
    }

    private void start() {
        start(new RelaySettings(64, 8, Duration.ofSeconds(5)), 16);
    }

    /** A client connected through a pipe that buffers {@code chunks} writes in each direction. */
    private LineClient connect(int chunks) throws InterruptedException {
        MemoryPipe[] pipe = MemoryPipe.pair(chunks);
        fork("connection", () -> {
            // What the listener does: run the handler, then close the stream.
            try {
                this.relay.serve(pipe[1]);
            } finally {
                pipe[1].close();
            }
        });
        LineClient client = new LineClient(pipe[0]);
        this.clients.add(client);
        assertThat(client.line()).isEqualTo(LineProtocol.GREETING);
        return client;
    }

    private LineClient connect() throws InterruptedException {
        return connect(16);
    }

    /** A client's own publication: its OK PUB and its MSG travel different paths, in either order. */
    private static List<String> nextLines(LineClient client, int count) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(client.line());
        }
        return lines;
    }

    private void fork(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        this.threads.add(thread);
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        this.clients.forEach(LineClient::close);
        if (this.inbound != null) {
            this.inbound.close();
        }
        for (Thread thread : this.threads) {
            thread.interrupt();
            thread.join(5000);
            assertThat(thread.isAlive()).as("%s thread ended", thread.getName()).isFalse();
        }
    }

    @Test
    void subscriberReceivesWhatAnotherClientPublishes() throws InterruptedException {
        start();
        LineClient subscriber = connect();
        LineClient publisher = connect();

        assertThat(subscriber.call("SUB news")).isEqualTo("OK SUB news");
        assertThat(publisher.call("PUB news hello  world")).isEqualTo("OK PUB news");
        assertThat(publisher.call("pub sports goal")).isEqualTo("OK PUB sports");

        assertThat(subscriber.line()).isEqualTo("MSG news hello  world");
        await().atMost(WAIT).until(() -> this.relay.stats().inboundBuffered() == 0);
        assertThat(publisher.call("STATS")).isEqualTo("STATS connections=2 topics=1 subscriptions=1 "
                + "published=2 delivered=1 slow_consumers_disconnected=0 inbound_buffered=0/16");
    }

    @Test
    void messagesOfATopicArriveInPublicationOrder() throws InterruptedException {
        start(new RelaySettings(64, 100, Duration.ofSeconds(5)), 16);
        LineClient subscriber = connect();
        LineClient publisher = connect();
        subscriber.call("SUB t");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Sent without waiting for each reply; the replies are read afterwards.
            publisher.send("PUB t m" + i);
            expected.add("MSG t m" + i);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(publisher.line()).isEqualTo("OK PUB t");
        }
        List<String> received = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            received.add(subscriber.line());
        }
        assertThat(received).isEqualTo(expected);
    }

    @Test
    void malformedLinesGetAnErrReplyAndTheConnectionStaysUsable() throws InterruptedException {
        start();
        LineClient client = connect();

        assertThat(client.call("HELLO")).isEqualTo(
                "ERR unknown command 'HELLO'; expected SUB, UNSUB, PUB, STATS or QUIT");
        assertThat(client.call("")).startsWith("ERR empty line");
        assertThat(client.call("SUB")).isEqualTo("ERR usage: SUB <topic>");
        assertThat(client.call("PUB news")).isEqualTo("ERR usage: PUB <topic> <message>");
        assertThat(client.call("UNSUB news")).isEqualTo("ERR not subscribed to news");
        client.sendRaw(new byte[] {'P', 'U', 'B', ' ', 't', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(client.line()).isEqualTo("ERR invalid UTF-8");

        assertThat(client.call("SUB news")).isEqualTo("OK SUB news");
        client.send("PUB news ok");
        assertThat(nextLines(client, 2)).containsExactlyInAnyOrder("OK PUB news", "MSG news ok");
    }

    @Test
    void crlfLinesAreAcceptedUpToTheLimit() throws InterruptedException {
        start(); // 64-byte lines
        LineClient client = connect();
        client.call("SUB t");
        String message = "x".repeat(64 - "PUB t ".length());

        client.send("PUB t " + message + "\r");
        assertThat(nextLines(client, 2)).containsExactlyInAnyOrder("OK PUB t", "MSG t " + message);
        assertThat(client.call("PUB t " + message + "y")).isEqualTo("ERR line too long (max 64 bytes)");
    }

    @Test
    void overlongLineIsDiscardedWithLineTooLongAndTheNextLineIsServed() throws InterruptedException {
        start(); // 64-byte lines
        LineClient client = connect();
        byte[] junk = ("PUB t " + "z".repeat(5000) + "\nSTATS\n").getBytes(StandardCharsets.UTF_8);
        // In odd-sized pieces, so that line boundaries fall anywhere in a chunk.
        for (int offset = 0; offset < junk.length; offset += 97) {
            client.sendRaw(Arrays.copyOfRange(junk, offset, Math.min(junk.length, offset + 97)));
        }

        assertThat(client.line()).isEqualTo("ERR line too long (max 64 bytes)");
        assertThat(client.line()).startsWith("STATS connections=1 ");
    }

    @Test
    void unsubscribeStopsDelivery() throws InterruptedException {
        start();
        LineClient client = connect();
        client.call("SUB a");
        client.call("SUB b");
        assertThat(client.call("UNSUB a")).isEqualTo("OK UNSUB a");

        assertThat(client.call("PUB a not-for-me")).isEqualTo("OK PUB a");
        client.send("PUB b for-me");

        assertThat(nextLines(client, 2)).containsExactlyInAnyOrder("OK PUB b", "MSG b for-me");
        assertThat(client.call("STATS")).contains("topics=1 subscriptions=1 published=2 delivered=1");
    }

    @Test
    void quitFlushesQueuedLinesThenSaysByeAndCloses() throws InterruptedException {
        start();
        LineClient client = connect();
        client.call("SUB t");
        client.send("PUB t one").send("PUB t two").send("QUIT");

        List<String> lines = client.linesUntilClosed();
        // QUIT waits for the client's own publications to be fanned out. An OK PUB and the MSG it
        // causes travel different paths, so only the MSGs' order among themselves is fixed.
        assertThat(lines).hasSize(5).endsWith("BYE")
                .containsOnlyOnce("MSG t one", "MSG t two").containsSubsequence("MSG t one", "MSG t two")
                .filteredOn("OK PUB t"::equals).hasSize(2);
        await().atMost(WAIT).until(() -> this.relay.stats().connections() == 0);
        assertThat(this.relay.stats().subscriptions()).isZero();
    }

    @Test
    void slowSubscriberIsDisconnectedWhileOthersKeepReceiving() throws InterruptedException {
        start(); // outbox of 8 lines per connection
        LineClient slow = connect(1); // never reads until the end: its pipe holds a single write
        LineClient fast = connect();
        LineClient publisher = connect();
        slow.call("SUB t");
        fast.call("SUB t");

        int published = 0;
        while (this.relay.stats().slowConsumersDisconnected() == 0) {
            assertThat(published).as("messages published before the slow consumer was dropped").isLessThan(100);
            assertThat(publisher.call("PUB t m" + published)).isEqualTo("OK PUB t");
            // Lockstep with the fast subscriber, so that only the slow one can fall behind.
            assertThat(fast.line()).isEqualTo("MSG t m" + published);
            published++;
        }
        assertThat(publisher.call("PUB t after")).isEqualTo("OK PUB t");
        assertThat(fast.line()).isEqualTo("MSG t after");

        List<String> slowLines = slow.linesUntilClosed();
        assertThat(slowLines).last().isEqualTo(LineProtocol.SLOW_CONSUMER);
        assertThat(slowLines.subList(0, slowLines.size() - 1))
                .allMatch(line -> line.startsWith("MSG t m"))
                .hasSizeLessThan(published);
        assertThat(publisher.call("STATS")).contains("connections=2 topics=1 subscriptions=1")
                .contains("slow_consumers_disconnected=1");
    }

    @Test
    void clientThatNeverReadsIsClosedAfterTheGoodbyeTimeout() throws InterruptedException {
        start(new RelaySettings(64, 2, Duration.ofMillis(200)), 16);
        // A rendezvous pipe: once the client stops reading, every write blocks. (With room for one
        // write, a farewell could fit when the writer had taken a line but not sent it yet before
        // the relay dropped the client and discarded the line.)
        LineClient stuck = connect(0);
        LineClient publisher = connect();
        stuck.call("SUB t");
        for (int i = 0; this.relay.stats().slowConsumersDisconnected() == 0; i++) {
            assertThat(i).isLessThan(100);
            publisher.call("PUB t m" + i);
        }
        // The stuck client still does not read; the relay gives up on the goodbye and closes.
        await().atMost(WAIT).until(() -> this.relay.stats().connections() == 1);
        assertThat(stuck.linesUntilClosed()).doesNotContain(LineProtocol.SLOW_CONSUMER);
    }

    @Test
    void shutdownDeliversEveryAcknowledgedPublicationThenSaysGoodbye() throws InterruptedException {
        start(new RelaySettings(64, 1000, Duration.ofSeconds(5)), 1000);
        LineClient subscriber = connect(1000);
        LineClient publisher = connect();
        subscriber.call("SUB t");
        for (int i = 0; i < 300; i++) {
            publisher.send("PUB t m" + i);
        }
        for (int i = 0; i < 300; i++) {
            assertThat(publisher.line()).isEqualTo("OK PUB t");
        }

        assertThat(this.relay.shutdown(WAIT)).isTrue();

        List<String> lines = subscriber.linesUntilClosed();
        assertThat(lines).hasSize(301).last().isEqualTo(LineProtocol.SHUTTING_DOWN);
        for (int i = 0; i < 300; i++) {
            assertThat(lines.get(i)).isEqualTo("MSG t m" + i);
        }
        assertThat(publisher.linesUntilClosed()).containsExactly(LineProtocol.SHUTTING_DOWN);
        assertThat(this.relay.stats().connections()).isZero();
    }

    @Test
    void connectionsArrivingDuringShutdownAreToldAndClosed() throws InterruptedException {
        start();
        assertThat(this.relay.shutdown(WAIT)).isTrue();
        MemoryPipe[] pipe = MemoryPipe.pair(4);
        fork("late connection", () -> this.relay.serve(pipe[1]));
        try (LineClient late = new LineClient(pipe[0])) {
            assertThat(late.line()).isEqualTo(LineProtocol.SHUTTING_DOWN);
        }
    }

    @Test
    void publishingIntoAClosedInboundChannelIsRefusedNotCrashed() throws InterruptedException {
        start();
        LineClient client = connect();
        this.inbound.sendStream().close();

        assertThat(client.call("PUB t m")).isEqualTo("ERR server shutting down");
        assertThat(client.call("STATS")).startsWith("STATS connections=1 ");
    }

    @Test
    void clientThatHangsUpIsForgotten() throws InterruptedException {
        start();
        LineClient client = connect();
        client.call("SUB t");
        client.close();

        await().atMost(WAIT).until(() -> this.relay.stats().connections() == 0);
        assertThat(this.relay.stats().subscriptions()).isZero();
    }

    @Test
    void topicsAreCappedPerConnectionAndInAllAndFreedWhenTheirLastSubscriberLeaves() throws InterruptedException {
        start(new RelaySettings(64, 8, Duration.ofSeconds(5), Duration.ofSeconds(5), 3, 4), 16);
        LineClient a = connect();
        LineClient b = connect();
        for (String topic : List.of("a1", "a2", "a3")) {
            assertThat(a.call("SUB " + topic)).isEqualTo("OK SUB " + topic);
        }
        assertThat(a.call("SUB a4")).isEqualTo("ERR too many topics on this connection (max 3)");
        assertThat(a.call("SUB a1")).as("already subscribed").isEqualTo("OK SUB a1");
        assertThat(b.call("SUB b1")).isEqualTo("OK SUB b1");
        assertThat(b.call("SUB b2")).isEqualTo("ERR too many topics on the relay (max 4)");
        assertThat(b.call("SUB a1")).as("an existing topic").isEqualTo("OK SUB a1");
        assertThat(b.call("STATS")).contains("topics=4 subscriptions=5 ");

        assertThat(a.call("UNSUB a1")).isEqualTo("OK UNSUB a1");
        assertThat(b.call("STATS")).as("b still holds a1").contains("topics=4 subscriptions=4 ");
        assertThat(a.call("UNSUB a2")).isEqualTo("OK UNSUB a2");
        assertThat(b.call("STATS")).as("a2 freed with its last subscriber").contains("topics=3 subscriptions=3 ");
        assertThat(b.call("SUB b2")).isEqualTo("OK SUB b2");
        assertThat(b.call("SUB b3")).isEqualTo("ERR too many topics on this connection (max 3)");

        assertThat(a.call("QUIT")).isEqualTo("BYE");
        await().atMost(WAIT).until(() -> this.relay.stats().connections() == 1);
        assertThat(this.relay.stats()).as("a3 freed when a left")
                .returns(3, RelayStats::topics).returns(3, RelayStats::subscriptions);
        LineClient c = connect();
        assertThat(c.call("SUB c1")).isEqualTo("OK SUB c1");
        c.send("PUB b2 still-relayed");
        assertThat(b.line()).isEqualTo("MSG b2 still-relayed");
        assertThat(c.line()).isEqualTo("OK PUB b2");
    }

    @Test
    void statisticsDoNotWalkTheSubscriptions() throws InterruptedException {
        int topics = 20_000;
        start(new RelaySettings(64, 1000, Duration.ofSeconds(5), Duration.ofSeconds(5), topics, topics), 16);
        LineClient client = connect();
        for (int batch = 0; batch < topics; batch += 500) {
            for (int i = batch; i < batch + 500; i++) {
                client.send("SUB t" + i);
            }
            for (int i = batch; i < batch + 500; i++) {
                assertThat(client.line()).isEqualTo("OK SUB t" + i);
            }
        }

        // A million snapshots take well under a second when a snapshot reads counters; walking
        // 20 000 subscriber sets for each one takes minutes. The bound is loose for a busy machine.
        int calls = 1_000_000;
        long subscriptions = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int done = 0;
        while (done < calls && System.nanoTime() < deadline) {
            subscriptions += this.relay.stats().subscriptions();
            done++;
        }
        assertThat(done).as("STATS snapshots within 10 s").isEqualTo(calls);
        assertThat(subscriptions).isEqualTo((long) calls * topics);
    }

    @Test
    void clientThatSendsCommandsButNeverReadsIsDisconnectedAsASlowConsumer() throws InterruptedException {
        start(new RelaySettings(64, 8, Duration.ofMillis(200), Duration.ofMillis(200), 100, 1000), 16);
        LineClient flooder = connect(1); // never reads: its pipe holds a single write of replies
        fork("stats flood", () -> {
            try {
                while (true) {
                    flooder.send("STATS");
                }
            } catch (StreamException | InterruptedException closedByTheRelay) {
                // the relay dropped the connection (or the test ended)
            }
        });

        await().atMost(WAIT).until(() -> this.relay.stats().slowConsumersDisconnected() == 1);
        await().atMost(WAIT).until(() -> this.relay.stats().connections() == 0);
        LineClient next = connect();
        assertThat(next.call("STATS")).startsWith("STATS connections=1 ")
                .contains("slow_consumers_disconnected=1");
    }

    @Test
    void settingsNameTheBadArgument() {
        assertThatThrownBy(() -> new RelaySettings(64, 8, Duration.ZERO, Duration.ZERO, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTopicsPerConnection");
        assertThatThrownBy(() -> new RelaySettings(64, 8, Duration.ZERO, Duration.ofSeconds(-1), 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replyTimeout");
        assertThatThrownBy(() -> new RelaySettings(64, 8, Duration.ZERO, Duration.ZERO, 1, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTopics ");
    }
}
