package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.client;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.tls.EngineSteps.Step;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine steps with no transport at all: two engines, and this test carrying the records
 * between them. What the driver adds (locks, I/O, interrupts) is not involved, so each assertion
 * is about the engine layer alone.
 */
class EngineStepsTests {

    /** Two sides; {@link #shuttle} moves what one queued into the other's inbound bytes. */
    private static final class Pair {
        final EngineSteps client = new EngineSteps(client().createEngine());
        final EngineSteps server = new EngineSteps(server().createEngine());

        void handshake() throws SSLException {
            client.beginHandshake();
            server.beginHandshake();
            for (int round = 0; round < 20; round++) {
                Step c = client.handshakeStep();
                shuttle(client, server);
                Step s = server.handshakeStep();
                shuttle(server, client);
                if (c == Step.FINISHED && s == Step.FINISHED && client.outgoing().isEmpty()
                        && server.outgoing().isEmpty()) {
                    return;
                }
            }
            throw new AssertionError("no handshake after 20 rounds");
        }

        static void shuttle(EngineSteps from, EngineSteps to) {
            ByteBuffer records = from.outgoing().takeAll();
            if (records != null) {
                byte[] bytes = new byte[records.remaining()];
                records.get(bytes);
                feed(to, bytes);
            }
        }
    }

    static void feed(EngineSteps to, byte[] bytes) {
        InboundBytes inbound = to.inbound();
        if (inbound.bytes() == null) {
            inbound.received(bytes);
            return;
        }
        int offset = 0;
        while (offset < bytes.length) { // as a transport would: as much as the room takes
            ByteBuffer room = inbound.room();
            int n = Math.min(room.remaining(), bytes.length - offset);
            room.put(bytes, offset, n);
            inbound.finishFill(n);
            offset += n;
        }
    }

    /** Wraps {@code text} as the writer does; returns the records. */
    static byte[] write(EngineSteps writer, String text) throws SSLException {
        ByteBuffer src = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(RecordBuffers.CAPACITY);
        writer.sendStep(src, out);
        assertThat(src.hasRemaining()).isFalse();
        out.flip();
        byte[] records = new byte[out.remaining()];
        out.get(records);
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void aHandshakeAndDataBothWaysWithoutAnyTransport(String version) throws SSLException {
        Pair pair = new Pair();
        pair.server.engine().setEnabledProtocols(new String[] {version});
        pair.handshake();
        assertThat(pair.client.handshakeComplete()).isTrue();
        assertThat(pair.server.handshakeComplete()).isTrue();

        feed(pair.server, write(pair.client, "hello"));
        ByteBuffer dst = ByteBuffer.allocate(100);
        assertThat(pair.server.receiveStep(dst, 0)).isEqualTo(Step.FINISHED);
        assertThat(new String(dst.array(), 0, dst.position(), StandardCharsets.UTF_8)).isEqualTo("hello");

        feed(pair.client, write(pair.server, "olleh"));
        ByteBuffer back = ByteBuffer.allocate(100);
        // The TLS 1.3 client first consumes the server's NewSessionTicket: one record, no data.
        assertThat(pair.client.receiveStep(back, 0)).isEqualTo(Step.FINISHED);
        assertThat(new String(back.array(), 0, back.position(), StandardCharsets.UTF_8)).isEqualTo("olleh");
        pair.client.park(true);
        pair.server.park(true);
        assertThat(pair.client.bufferedBytes()).isZero();
        assertThat(pair.server.bufferedBytes()).isZero();
    }

    @Test
    void aStarvingStepAsksForInputAndKeepsOnlyThePartialRecordWhenParked() throws SSLException {
        Pair pair = new Pair();
        pair.handshake();
        byte[] records = write(pair.client, "x".repeat(10_000));
        ByteBuffer dst = ByteBuffer.allocate(20_000);
        feed(pair.server, java.util.Arrays.copyOf(records, 100));
        assertThat(pair.server.receiveStep(dst, 0)).isEqualTo(Step.NEED_INPUT);
        pair.server.park(true);
        assertThat(pair.server.bufferedBytes()).as("an exact copy of the partial record").isEqualTo(100);
        feed(pair.server, java.util.Arrays.copyOfRange(records, 100, records.length));
        assertThat(pair.server.receiveStep(dst, 0)).isEqualTo(Step.FINISHED);
        assertThat(dst.position()).isEqualTo(10_000);
    }

    @Test
    void plaintextThatDoesNotFitIsKeptExactlyForTheNextStep() throws SSLException {
        Pair pair = new Pair();
        pair.handshake();
        feed(pair.server, write(pair.client, "abcdefghij"));
        ByteBuffer small = ByteBuffer.allocate(3);
        assertThat(pair.server.receiveStep(small, 0)).isEqualTo(Step.FINISHED);
        assertThat(new String(small.array(), StandardCharsets.UTF_8)).isEqualTo("abc");
        pair.server.park(true);
        assertThat(pair.server.hasPlaintext()).isTrue();
        // an exact-size copy of what did not fit (the first 3 bytes went straight into dst), nothing pooled
        assertThat(pair.server.bufferedBytes()).isEqualTo(7);
        ByteBuffer rest = ByteBuffer.allocate(100);
        assertThat(pair.server.receiveStep(rest, 0)).isEqualTo(Step.FINISHED);
        assertThat(new String(rest.array(), 0, rest.position(), StandardCharsets.UTF_8)).isEqualTo("defghij");
        assertThat(pair.server.bufferedBytes()).isZero();
    }

    @Test
    void aKeyUpdateReplyIsQueuedAtItsExactSizeAndTheWriterSendsItFirst() throws Exception {
        Pair pair = new Pair();
        pair.handshake();
        drainTickets(pair);
        feed(pair.server, keyUpdates(pair.client.engine(), 1));
        ByteBuffer dst = ByteBuffer.allocate(100);
        pair.server.receiveStep(dst, 0);
        assertThat(pair.server.outgoing().bytes()).as("one KeyUpdate reply, not a packet buffer")
                .isPositive().isLessThan(64);
        // The writer moves the reply ahead of its data; the queue is then empty (nothing of the
        // writer's ever waits there, so nothing can drop it).
        byte[] records = write(pair.server, "after");
        assertThat(pair.server.outgoing().isEmpty()).isTrue();
        feed(pair.client, records);
        ByteBuffer got = ByteBuffer.allocate(100);
        assertThat(pair.client.receiveStep(got, 0)).isEqualTo(Step.FINISHED);
        assertThat(new String(got.array(), 0, got.position(), StandardCharsets.UTF_8)).isEqualTo("after");
    }

    @Test
    void aFloodOfKeyUpdatesWithoutDataIsRefused() throws Exception {
        Pair pair = new Pair();
        pair.handshake();
        drainTickets(pair);
        feed(pair.server, keyUpdates(pair.client.engine(), EngineSteps.MAX_RECORDS_WITHOUT_DATA + 5));
        assertThatThrownBy(() -> pair.server.receiveStep(ByteBuffer.allocate(100), 0))
                .isInstanceOf(PeerMisbehaviour.class).hasMessageContaining("KeyUpdate flood");
    }

    @Test
    void keyUpdatesBetweenDataRecordsAreAccepted() throws Exception {
        Pair pair = new Pair();
        pair.handshake();
        drainTickets(pair);
        for (int i = 0; i < 3 * EngineSteps.MAX_RECORDS_WITHOUT_DATA; i++) {
            feed(pair.server, keyUpdates(pair.client.engine(), 1));
            feed(pair.server, write(pair.client, "d"));
            ByteBuffer dst = ByteBuffer.allocate(10);
            assertThat(pair.server.receiveStep(dst, 0)).isEqualTo(Step.FINISHED);
            assertThat(dst.position()).isEqualTo(1);
            Pair.shuttle(pair.server, pair.client); // the reply goes out: the queue stays small
        }
    }

    @Test
    void repliesQueuedWhileNobodySendsThemAreBounded() throws Exception {
        Pair pair = new Pair();
        pair.handshake();
        drainTickets(pair);
        // KeyUpdates with a byte of data each: the record cap never trips, the queue bound does.
        assertThatThrownBy(() -> {
            for (int i = 0; i < 2000; i++) {
                feed(pair.server, keyUpdates(pair.client.engine(), 1));
                feed(pair.server, write(pair.client, "d"));
                pair.server.receiveStep(ByteBuffer.allocate(10), 0);
                // nobody takes the replies: our writer is blocked on a peer that does not read
            }
        }).isInstanceOf(PeerMisbehaviour.class).hasMessageContaining("while not reading");
        assertThat(pair.server.outgoing().bytes()).isLessThanOrEqualTo(OutgoingRecords.MAX_QUEUED_AFTER_HANDSHAKE);
    }

    /**
     * A small record into a buffer about its size: the engine would report BUFFER_OVERFLOW for a
     * room below the record's body (it counts the tag and TLS 1.3's content-type byte as room), so
     * those go through the scratch buffer at once; either way all of the plaintext lands in dst
     * and nothing is kept.
     */
    @Test
    void aSmallRecordFillsABufferOfAboutItsSizeAndNothingIsKept() throws SSLException {
        String text = "x".repeat(64);
        int body = -1;
        for (int extra : new int[] {0, 1, 2, 3, 4, 5, 1000}) {
            Pair pair = new Pair();
            pair.handshake();
            byte[] records = write(pair.client, text);
            body = (records[3] & 0xff) << 8 | (records[4] & 0xff);
            assertThat(records).as("one record").hasSize(5 + body);
            // rooms: the plaintext's size, just above it, just below, at and above the body's length
            int room = extra == 0 ? 64 : extra == 1 ? 65 : extra == 1000 ? 1000 : body + extra - 3;
            feed(pair.server, records);
            ByteBuffer dst = ByteBuffer.allocate(room);
            assertThat(pair.server.receiveStep(dst, 0)).as("room %d", room).isEqualTo(Step.FINISHED);
            assertThat(new String(dst.array(), 0, dst.position(), StandardCharsets.UTF_8)).as("room %d", room).isEqualTo(text);
            pair.server.park(true);
            assertThat(pair.server.hasPlaintext()).isFalse();
            assertThat(pair.server.bufferedBytes()).isZero();
        }
        assertThat(body).as("the record's body is longer than its plaintext").isGreaterThan(64);
    }

    /** Lets the client consume the server's TLS 1.3 session tickets. */
    private static void drainTickets(Pair pair) throws SSLException {
        feed(pair.client, write(pair.server, "t"));
        ByteBuffer dst = ByteBuffer.allocate(10);
        pair.client.receiveStep(dst, 0);
        assertThat(dst.position()).isEqualTo(1);
    }

    /**
     * {@code count} KeyUpdate(update_requested) records from {@code peer}: the JDK sends one when
     * beginHandshake() is called on an established TLS 1.3 engine.
     */
    static byte[] keyUpdates(SSLEngine peer, int count) throws SSLException {
        ByteBuffer out = ByteBuffer.allocate(count * 64 + peer.getSession().getPacketBufferSize());
        for (int i = 0; i < count; i++) {
            peer.beginHandshake();
            SSLEngineResult result = peer.wrap(ByteBuffer.allocate(0), out);
            assertThat(result.bytesProduced()).as("a KeyUpdate record").isPositive();
        }
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }
}
