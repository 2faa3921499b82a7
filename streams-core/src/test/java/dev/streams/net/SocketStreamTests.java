package dev.streams.net;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.BusyResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.ConnectionAttribute;
import dev.streams.EndOfStreamException;
import dev.streams.TypedAttributeLookupException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketStreamTests {

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    private LoopbackConnection connection;
    private SocketListener listener;
    private SocketStream client;
    private SocketStream server;

    @BeforeEach
    void connect() throws InterruptedException {
        connection = LoopbackConnection.open();
        listener = connection.listener();
        client = connection.client();
        server = connection.server();
    }

    @AfterEach
    void closeAll() {
        connection.close();
    }

    // ## Basics ##

    @Test
    void bytesSentArriveInOrder() throws Exception {
        byte[] payload = new byte[1 << 20];
        new Random(7).nextBytes(payload);
        Background<Void> sending = Background.<Void>start("send", () -> {
            client.send(payload);
            client.sendEof();
            return null;
        });
        assertThat(receiveAll(server)).isEqualTo(payload);
        sending.result();
    }

    @Test
    void receiveReturnsAtMostMaxBytesAndKeepsTheRest() throws Exception {
        client.send("abcdef".getBytes(US_ASCII));
        client.sendEof();
        byte[] first = server.receive(2);
        assertThat(first).hasSize(2).containsExactly('a', 'b');
        assertThat(new String(receiveAll(server), US_ASCII)).isEqualTo("cdef");
    }

    @Test
    void byteBufferReceiveAndSendAdvancePositions() throws Exception {
        ByteBuffer src = ByteBuffer.allocateDirect(5);
        src.put("hello".getBytes(US_ASCII)).flip();
        client.send(src);
        assertThat(src.hasRemaining()).isFalse();

        ByteBuffer dst = ByteBuffer.allocateDirect(16);
        int total = 0;
        while (total < 5) {
            total += server.receive(dst);
        }
        assertThat(dst.position()).isEqualTo(5);
        dst.flip();
        byte[] got = new byte[5];
        dst.get(got);
        assertThat(new String(got, US_ASCII)).isEqualTo("hello");
    }

    @Test
    void receiveIntoFullBufferIsRejected() {
        assertThatThrownBy(() -> server.receive(ByteBuffer.allocate(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    }

    @Test
    void sendingNullIsRejectedNamingTheArgument() {
        assertThatThrownBy(() -> client.send((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("data");
    }

    @Test
    void emptySendIsANoOp() throws Exception {
        client.send(new byte[0]);
        client.send(new byte[] {42});
        assertThat(server.receive()).containsExactly(42);
    }

    @Test
    void everyStreamHasTcpNoDelay() throws IOException {
        // checklist 104 (extras), API.md §12: TCP_NODELAY for every socket stream, accepted ones too
        assertThat(client.extra(SocketAttribute.RAW_SOCKET).getOption(StandardSocketOptions.TCP_NODELAY)).isTrue();
        assertThat(server.extra(SocketAttribute.RAW_SOCKET).getOption(StandardSocketOptions.TCP_NODELAY)).isTrue();
    }

    @Test
    void extraAttributesDescribeBothEnds() throws IOException {
        // checklist 104
        SocketChannel raw = client.extra(SocketAttribute.RAW_SOCKET);
        InetSocketAddress serverAddress = listener.extra(SocketAttribute.LOCAL_ADDRESS);
        assertThat(client.extra(SocketAttribute.FAMILY)).isEqualTo(StandardProtocolFamily.INET);
        assertThat(client.extra(SocketAttribute.LOCAL_ADDRESS)).isEqualTo(raw.getLocalAddress());
        assertThat(client.extra(SocketAttribute.LOCAL_PORT)).isEqualTo(((InetSocketAddress) raw.getLocalAddress()).getPort());
        assertThat(client.extra(SocketAttribute.REMOTE_ADDRESS)).isEqualTo(serverAddress);
        assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(serverAddress.getPort());
        assertThat(server.extra(SocketAttribute.REMOTE_ADDRESS)).isEqualTo(client.extra(SocketAttribute.LOCAL_ADDRESS));
        assertThat(server.extra(SocketAttribute.LOCAL_ADDRESS)).isEqualTo(serverAddress);
        // The layers above a transport (TLS) read the peer through the same keys, named in the base package.
        assertThat(client.extra(ConnectionAttribute.REMOTE_ADDRESS)).isEqualTo(serverAddress);
        assertThat(client.extra(ConnectionAttribute.REMOTE_PORT)).isEqualTo(serverAddress.getPort());
        assertThatThrownBy(() -> client.extra(SocketAttribute.RAW_SERVER_SOCKET))
                .isInstanceOf(TypedAttributeLookupException.class);
        client.close();
        assertThat(client.extra(SocketAttribute.REMOTE_PORT)).as("readable after close").isEqualTo(serverAddress.getPort());
    }

    @Test
    void receiveRejectsNonPositiveMaxBytes() {
        // checklist 105
        assertThatThrownBy(() -> server.receive(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes must be a positive integer");
        assertThatThrownBy(() -> server.receive(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes");
    }

    // ## Half-close and end of stream ##

    @Test
    void sendEofHalfClosesAndThePeerCanStillReply() throws Exception {
        // checklist 106
        client.send("request".getBytes(US_ASCII));
        client.sendEof();
        assertThat(new String(receiveAll(server), US_ASCII)).isEqualTo("request");
        server.send("reply".getBytes(US_ASCII));
        server.close();
        assertThat(new String(receiveAll(client), US_ASCII)).isEqualTo("reply");
    }

    @Test
    void sendAfterSendEofIsClosedAndSendEofTwiceIsHarmless() throws Exception {
        client.sendEof();
        client.sendEof();
        assertThatThrownBy(() -> client.send(new byte[] {1})).isInstanceOf(ClosedResourceException.class)
                .hasMessageContaining("sendEof");
    }

    @Test
    void iteratingYieldsChunksUntilEndOfStream() throws Exception {
        // checklist 107
        Iterator<byte[]> chunks = server.iterator();
        client.send("bl".getBytes(US_ASCII));
        assertThat(chunks.hasNext()).isTrue();
        assertThat(new String(chunks.next(), US_ASCII)).isEqualTo("bl");
        client.send("ah".getBytes(US_ASCII));
        client.sendEof();
        assertThat(chunks.hasNext()).isTrue();
        assertThat(new String(chunks.next(), US_ASCII)).isEqualTo("ah");
        assertThat(chunks.hasNext()).as("stops at the end of the stream").isFalse();
    }

    @Test
    void peerCloseEndsReceivingAndLocalCloseTakesPrecedence() throws Exception {
        // checklist 110
        client.close();
        assertThatThrownBy(() -> server.receive()).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(() -> server.receive()).as("still at the end").isInstanceOf(EndOfStreamException.class);
        server.close();
        assertThatThrownBy(() -> server.receive()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void sendingToAClosedPeerEventuallyBreaksThenLocalCloseTakesPrecedence() throws Exception {
        // checklist 110
        client.close();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1000; i++) {
                server.send(new byte[65536]);
            }
        }).isInstanceOf(BrokenResourceException.class).hasCauseInstanceOf(IOException.class);
        server.close();
        assertThatThrownBy(() -> server.send(new byte[] {1})).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void peerResetBreaksReceiveWithTheIoExceptionAsCause() throws Exception {
        // checklist 110: a reset (linger 0) gives BrokenResourceException with a cause
        reset(client);
        assertThatThrownBy(() -> server.receive()).isInstanceOf(BrokenResourceException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void peerResetBreaksSendWithTheIoExceptionAsCause() throws Exception {
        // checklist 110
        reset(client);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1000; i++) {
                server.send(new byte[65536]);
            }
        }).isInstanceOf(BrokenResourceException.class).hasCauseInstanceOf(IOException.class);
    }

    // ## Closing ##

    @Test
    void closeFromAnotherThreadWakesABlockedReceive() throws Exception {
        // checklist 109
        Background<byte[]> receiving = Background.start("receive", () -> server.receive()).awaitParked();
        server.close();
        assertThat(receiving.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closeFromAnotherThreadWakesABlockedSend() throws Exception {
        fillSendBuffer(client, server);
        Background<Void> sending = Background.<Void>start("send", () -> {
            client.send(new byte[1 << 20]);
            return null;
        }).awaitParked();
        client.close();
        assertThat(sending.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void receiveAndSendAfterCloseAreClosed() {
        // checklist 109
        server.close();
        server.close(); // idempotent
        assertThatThrownBy(() -> server.receive()).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> server.send(new byte[] {1})).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> server.sendEof()).isInstanceOf(ClosedResourceException.class);
    }

    // ## One reader, one writer ##

    @Test
    void concurrentReceiveIsBusy() throws Exception {
        // checklist 108
        Background<byte[]> receiving = Background.start("receive", () -> server.receive()).awaitParked();
        assertThatThrownBy(() -> server.receive()).isInstanceOf(BusyResourceException.class)
                .hasMessageContaining("already reading from");
        client.send(new byte[] {7});
        assertThat(receiving.result()).containsExactly(7);
    }

    @Test
    void concurrentSendIsBusy() throws Exception {
        // checklist 108
        fillSendBuffer(client, server);
        Background<Void> sending = Background.<Void>start("send", () -> {
            // More than the (fixed-size) socket buffers hold: on a busy machine the kernel can still
            // move a little of the filled buffer to the peer later, which a 1-byte send could use
            // and return before the second send below, which would then not be busy.
            client.send(new byte[1 << 20]);
            return null;
        }).awaitParked();
        assertThatThrownBy(() -> client.send(new byte[] {2})).isInstanceOf(BusyResourceException.class)
                .hasMessageContaining("already writing to");
        Background<byte[]> draining = Background.start("drain", () -> {
            client.sendEof(); // busy too: the blocked send still owns the sending side
            return null;
        });
        assertThat(draining.failure()).isInstanceOf(BusyResourceException.class);
        sending.thread().interrupt();
        assertThat(sending.failure()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void receiveAndSendRunAtTheSameTime() throws Exception {
        Background<byte[]> receiving = Background.start("receive", () -> server.receive()).awaitParked();
        server.send(new byte[] {1}); // another thread sends while one is blocked receiving
        assertThat(client.receive()).containsExactly(1);
        client.send(new byte[] {2});
        assertThat(receiving.result()).containsExactly(2);
    }

    // ## Interrupts ##

    @Test
    void interruptedReceiveLeavesTheSocketOpenAndLosesNothing() throws Exception {
        Background<byte[]> receiving = Background.start("receive", () -> server.receive()).awaitParked();
        receiving.thread().interrupt();
        assertThat(receiving.failure()).isInstanceOf(InterruptedException.class);

        client.send("after".getBytes(US_ASCII));
        client.sendEof();
        assertThat(new String(receiveAll(server), US_ASCII)).isEqualTo("after");
        server.send("still open".getBytes(US_ASCII));
        assertThat(new String(client.receive(), US_ASCII)).isEqualTo("still open");
    }

    @Test
    void taskThreadsGetTheSameInterruptAndCloseBehaviour() throws Exception {
        // On JDK 21+ these are virtual threads: they park in the poller without pinning a carrier.
        Background<byte[]> receiving = Background.startTask("receive", () -> server.receive()).awaitParked();
        receiving.thread().interrupt();
        assertThat(receiving.failure()).isInstanceOf(InterruptedException.class);
        client.send(new byte[] {3});
        assertThat(Background.startTask("receive-again", () -> server.receive()).result()).containsExactly(3);
        Background<byte[]> blocked = Background.startTask("receive-closed", () -> server.receive()).awaitParked();
        server.close();
        assertThat(blocked.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void receiveOnAnInterruptedThreadThrowsAndKeepsTheData() throws Exception {
        client.send(new byte[] {1, 2, 3});
        awaitReadable(server);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> server.receive()).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).as("flag cleared by the throw").isFalse();
        assertThat(server.receive()).containsExactly(1, 2, 3);
    }

    @Test
    void sendInterruptedBeforeAnyByteWentOutLeavesTheStreamIntact() throws Exception {
        long filled = fillSendBuffer(client, server);
        Background<Void> sending = Background.<Void>start("send", () -> {
            client.send("never".getBytes(US_ASCII));
            return null;
        }).awaitParked();
        sending.thread().interrupt();
        assertThat(sending.failure()).isInstanceOf(InterruptedException.class);

        Background<byte[]> draining = Background.start("drain", () -> receiveAll(server));
        client.send("tail".getBytes(US_ASCII));
        client.sendEof();
        byte[] all = draining.result();
        assertThat(all).hasSize((int) filled + 4);
        assertThat(new String(all, (int) filled, 4, US_ASCII)).as("no byte of the interrupted send").isEqualTo("tail");
    }

    @Test
    void sendInterruptedAfterSomeBytesWentOutDoomsTheSendingSide() throws Exception {
        Background<Void> sending = Background.<Void>start("send", () -> {
            client.send(new byte[64 << 20]); // far more than the socket buffers hold
            return null;
        }).awaitParked();
        sending.thread().interrupt();
        assertThat(sending.failure()).isInstanceOf(InterruptedException.class);
        assertThatThrownBy(() -> client.send(new byte[] {1})).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("interrupted");
        server.send(new byte[] {9});
        assertThat(client.receive()).as("receiving still works").containsExactly(9);
    }

    @Test
    void interruptedThreadCannotStartASend() throws Exception {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> client.send(new byte[] {1})).isInstanceOf(InterruptedException.class);
        client.send(new byte[] {2});
        assertThat(server.receive()).containsExactly(2);
    }

    // ## Helpers ##

    static byte[] receiveAll(SocketStream stream) throws InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            while (true) {
                all.writeBytes(stream.receive());
            }
        } catch (EndOfStreamException e) {
            return all.toByteArray();
        }
    }

    /** Waits until the stream has bytes to read, without consuming them (a private selector). */
    private static void awaitReadable(SocketStream stream) throws IOException {
        try (Selector selector = Selector.open()) {
            stream.extra(SocketAttribute.RAW_SOCKET).register(selector, SelectionKey.OP_READ);
            assertThat(selector.select(10_000)).as("readable within 10 s").isEqualTo(1);
        }
    }

    /**
     * Writes through the raw channel until the socket buffers are full; returns the bytes written.
     * Setting the buffer sizes explicitly turns off Linux's autotuning, which could otherwise grow
     * a buffer after it looked full and let the next small send through.
     */
    private static long fillSendBuffer(SocketStream stream, SocketStream peer) throws IOException {
        SocketChannel raw = stream.extra(SocketAttribute.RAW_SOCKET);
        raw.setOption(StandardSocketOptions.SO_SNDBUF, raw.getOption(StandardSocketOptions.SO_SNDBUF));
        SocketChannel peerRaw = peer.extra(SocketAttribute.RAW_SOCKET);
        peerRaw.setOption(StandardSocketOptions.SO_RCVBUF, peerRaw.getOption(StandardSocketOptions.SO_RCVBUF));
        ByteBuffer chunk = ByteBuffer.allocate(65536);
        long total = 0;
        int idleRounds = 0;
        while (idleRounds < 20) { // the peer's kernel may still take a little after a zero write
            chunk.clear();
            int n = raw.write(chunk);
            total += n;
            if (n == 0) {
                idleRounds++;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            } else {
                idleRounds = 0;
            }
        }
        return total;
    }

    private static void reset(SocketStream stream) throws IOException {
        stream.extra(SocketAttribute.RAW_SOCKET).setOption(StandardSocketOptions.SO_LINGER, 0);
        stream.close();
    }
}
