package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.CA;
import static dev.streams.tls.TlsFixtures.client;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.StreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsFixtures.Tasks;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocket;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Peers that complete the handshake and then misbehave, and the ways a close or a timeout could
 * hang (issue 17). Each test attacks; each failed against the driver before its fix.
 */
@Timeout(120)
class HostilePeerAfterHandshakeTests {

    @RegisterExtension
    final TlsFixtures.LeakCheck leakCheck = new TlsFixtures.LeakCheck();

    private final Tasks tasks = new Tasks();

    @AfterEach
    void joinTasks() {
        tasks.close();
    }

    // ------------------------------------------------------------------ KeyUpdate floods

    @Test
    void aKeyUpdateFloodFromAPeerThatDoesNotReadIsBrokenOff() throws Exception {
        keyUpdateFlood(false, "KeyUpdate flood");
    }

    @Test
    void keyUpdatesBetweenBytesOfDataFromAPeerThatDoesNotReadAreBrokenOffAtTheQueueBound() throws Exception {
        keyUpdateFlood(true, "while not reading");
    }

    /**
     * Our server writes a big buffer the client never reads (so our writer blocks, holding the send
     * lock), while the client sends 2 000 KeyUpdate(update_requested) records, each asking for a
     * reply that can only queue. Before the fix: every reply took a 16.7 KB buffer and the queue
     * grew without bound (33 MB for 2 000), and the reader never stopped.
     */
    private void keyUpdateFlood(boolean dataBetween, String reason) throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            Future<TlsStream> accepted = tasks.start(() -> TlsStream.wrap(listener.accept(), server().protocols("TLSv1.3")));
            try (SSLSocket attacker = (SSLSocket) CA.clientContext().getSocketFactory().createSocket("127.0.0.1", port)) {
                attacker.startHandshake();
                try (TlsStream server = Tasks.await(accepted)) {
                    AtomicReference<Thread> writerThread = new AtomicReference<>();
                    Future<Object> writer = tasks.start(() -> {
                        writerThread.set(Thread.currentThread());
                        try {
                            server.send(ByteBuffer.allocate(32 << 20)); // far more than the socket buffers hold
                            return "sent";
                        } catch (StreamException e) {
                            return e;
                        }
                    });
                    Awaitility.await("our writer blocked on the peer that does not read").atMost(Duration.ofSeconds(30))
                            .until(() -> writerThread.get() != null
                                    && writerThread.get().getState() != Thread.State.RUNNABLE);
                    Future<Throwable> reader = tasks.start(() -> {
                        ByteBuffer sink = ByteBuffer.allocate(1024);
                        try {
                            while (true) {
                                sink.clear();
                                server.receive(sink);
                            }
                        } catch (StreamException e) {
                            return e;
                        }
                    });
                    OutputStream out = attacker.getOutputStream();
                    try {
                        for (int i = 0; i < 2000 && !reader.isDone(); i++) {
                            if (dataBetween) {
                                out.write('d');
                            }
                            attacker.startHandshake(); // TLS 1.3: a KeyUpdate with update_requested
                        }
                    } catch (IOException brokenOff) {
                        // the server closed the connection mid-flood: what we want
                    }
                    Throwable failure = reader.get(30, TimeUnit.SECONDS);
                    assertThat(failure).isInstanceOf(BrokenResourceException.class).hasMessageContaining(reason);
                    assertThat(server.driverForTests().bufferedBytes())
                            .isLessThanOrEqualTo(OutgoingRecords.MAX_QUEUED_AFTER_HANDSHAKE);
                    assertThat(Tasks.await(writer)).as("the blocked writer is woken by the break-off")
                            .isInstanceOf(StreamException.class);
                }
            }
        }
    }

    // ------------------------------------------------------------------ dribbled records

    @Test
    void aRecordDribbledOneBytePerSegmentIsReassembledInLinearWork() throws Exception {
        ByteStream[] pipe = MemoryPipe.pair(1 << 20);
        ControlledTransport dribbling = new ControlledTransport(pipe[1]);
        Future<TlsStream> serverSide = tasks.start(() -> TlsStream.wrap(dribbling, server()));
        try (TlsStream client = TlsStream.wrap(pipe[0], client()); TlsStream server = Tasks.await(serverSide)) {
            client.send(new byte[16384]); // one full record
            dribbling.oneBytePerReceive = true;
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            ByteBuffer dst = ByteBuffer.allocate(20000);
            while (dst.position() < 16384) {
                server.receive(dst);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(dribbling.receives).as("the record really came one byte at a time").isGreaterThan(16000);
            // Before the fix, every byte rebuilt the pending bytes: about 16 384^2 / 2 = 134 MB copied
            // and allocated. Linear reassembly allocates a small constant per byte at most.
            assertThat(allocated).as("bytes allocated while reassembling one 16 KiB record").isLessThan(4L << 20);
        }
    }

    // ------------------------------------------------------------------ closes and timers that could hang

    @Test
    void closeDoesNotHangWhenThePeerStoppedReading() throws Exception {
        ByteStream[] pipe = MemoryPipe.pair(65536);
        ControlledTransport stalling = new ControlledTransport(pipe[0]);
        Future<TlsStream> serverSide = tasks.start(() -> TlsStream.wrap(pipe[1], server()));
        TlsStream client = TlsStream.wrap(stalling, client());
        try (TlsStream server = Tasks.await(serverSide)) {
            stalling.stallSends = true; // the peer's window is full: a send blocks until the transport closes
            Future<?> closing = tasks.start(() -> {
                client.close();
                return null;
            });
            closing.get(10, TimeUnit.SECONDS); // before the fix: blocked forever sending close_notify
            assertThat(stalling.isClosed()).isTrue();
        }
    }

    @Test
    void theHandshakeTimerNeverRunsABlockingCloseOnItsOwnThread() throws Exception {
        ByteStream[] first = MemoryPipe.pair(65536);
        ByteStream[] second = MemoryPipe.pair(65536);
        ControlledTransport slowToClose = new ControlledTransport(first[1]);
        slowToClose.blockClose = new CountDownLatch(1);
        try {
            Future<TlsStream> stuck = tasks.start(() -> TlsStream.wrap(slowToClose, server().handshakeTimeout(Duration.ofMillis(100))));
            assertThat(slowToClose.closeEntered.await(30, TimeUnit.SECONDS)).as("the first deadline fired").isTrue();
            // The first transport's close is still blocked. Another handshake's deadline must fire anyway.
            Future<TlsStream> silent = tasks.start(() -> TlsStream.wrap(second[1], server().handshakeTimeout(Duration.ofMillis(200))));
            assertThatThrownBy(() -> silent.get(10, TimeUnit.SECONDS)) // before the fix: TimeoutException here
                    .hasCauseInstanceOf(BrokenResourceException.class)
                    .cause().hasCauseInstanceOf(TimeoutException.class);
            slowToClose.blockClose.countDown();
            assertThatThrownBy(() -> Tasks.await(stuck)).isInstanceOf(BrokenResourceException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
        } finally {
            slowToClose.blockClose.countDown();
            first[0].close();
            second[0].close();
        }
    }

    // ------------------------------------------------------------------ wrap on failure

    @Test
    void wrapClosesTheTransportWhenTheHandshakeFails() throws Exception {
        ByteStream[] pipe = MemoryPipe.pair(65536);
        Future<TlsStream> serverSide = tasks.start(() -> TlsStream.wrap(pipe[1], server()));
        TlsOptions trustingAnotherCa = TlsOptions.client(TestCertificateAuthority.create().clientContext()).hostname("localhost");
        assertThatThrownBy(() -> TlsStream.wrap(pipe[0], trustingAnotherCa)).isInstanceOf(BrokenResourceException.class);
        assertThat(MemoryPipe.isClosed(pipe[0])).as("the client's transport").isTrue();
        assertThatThrownBy(() -> Tasks.await(serverSide)).isInstanceOf(StreamException.class);
        assertThat(MemoryPipe.isClosed(pipe[1])).as("the server's transport").isTrue();

        ByteStream[] other = MemoryPipe.pair(65536);
        assertThatThrownBy(() -> TlsStream.wrap(other[0], TlsOptions.client(CA.clientContext())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MemoryPipe.isClosed(other[0])).as("closed after invalid options too").isTrue();
        other[1].close();
    }

    /**
     * A transport over a pipe end that can receive one byte at a time, stall every send until it
     * is closed (a peer whose window is full), and block in close until released.
     */
    static final class ControlledTransport implements ByteStream {
        private final ByteStream delegate;
        private final CountDownLatch closed = new CountDownLatch(1);
        final CountDownLatch closeEntered = new CountDownLatch(1);
        volatile boolean oneBytePerReceive;
        volatile boolean stallSends;
        volatile CountDownLatch blockClose;
        volatile int receives;
        /** When set, every receive and send throws it (a socket layer's idle or write timeout). */
        volatile RuntimeException failure;

        ControlledTransport(ByteStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public byte[] receive(int maxBytes) throws InterruptedException {
            failIfAsked();
            receives++;
            return delegate.receive(oneBytePerReceive ? 1 : maxBytes);
        }

        @Override
        public int receive(ByteBuffer dst) throws InterruptedException {
            failIfAsked();
            if (!oneBytePerReceive) {
                receives++;
                return delegate.receive(dst);
            }
            byte[] one = receive(1);
            dst.put(one);
            return one.length;
        }

        @Override
        public void send(byte[] data) throws InterruptedException {
            send(ByteBuffer.wrap(data));
        }

        @Override
        public void send(ByteBuffer src) throws InterruptedException {
            failIfAsked();
            if (stallSends) {
                closed.await();
                throw new ClosedResourceException();
            }
            delegate.send(src);
        }

        @Override
        public void sendEof() throws InterruptedException {
            delegate.sendEof();
        }

        @Override
        public void close() {
            closeEntered.countDown();
            CountDownLatch gate = blockClose;
            if (gate != null) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            closed.countDown();
            delegate.close();
        }

        boolean isClosed() {
            return closed.getCount() == 0;
        }

        private void failIfAsked() {
            RuntimeException e = failure;
            if (e != null) {
                throw e;
            }
        }
    }
}
