package dev.streams.net;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TypedAttribute;
import dev.streams.internal.BufferPool;
import dev.streams.internal.Checks;
import dev.streams.internal.ResourceGuard;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A TCP connection as a {@link ByteStream}: from {@link Tcp#connect(String, int)} or
 * {@link SocketListener#accept()}.
 *
 * <pre>{@code
 * try (SocketStream stream = Tcp.connect("127.0.0.1", port)) {
 *     stream.send("ping".getBytes(StandardCharsets.US_ASCII));
 *     stream.sendEof();                          // half-close: the peer sees the end of the stream
 *     for (byte[] chunk : stream) {              // until the peer closes its side
 *         System.out.write(chunk);
 *     }
 * }
 * }</pre>
 *
 * <h2>Interrupts</h2>
 * An interrupt cancels the blocked operation and nothing else: a {@code receive}, or a
 * {@code send} waiting for buffer space, throws {@link InterruptedException} and the socket stays
 * open and usable (a blocking {@code SocketChannel} would be closed). A thread that is already
 * interrupted gets {@code InterruptedException} before anything is read or written. A
 * {@code receive} never consumes bytes it does not return. A {@code send} interrupted after
 * <em>part</em> of its data went out leaves the byte stream in an unknown state: the stream is
 * then broken for sending (later sends throw {@link BrokenResourceException}; receiving still
 * works), as in trio. A {@code send} interrupted before any of its bytes went out leaves the stream
 * intact. The socket is non-blocking underneath. On a platform thread, a receive that has to wait
 * first waits on a selector of the receiving thread's own for up to 50 ms (the kernel wakes the thread
 * directly, as for a blocking read: request/response latency); longer waits, and every wait of a
 * virtual thread, go through one poller thread per JVM, so idle connections cost one file
 * descriptor each. A stream that keeps waiting there keeps its read interest registered between
 * waits, and the poller thread does the read for the parked receiver (no request to the poller
 * per wait).
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>{@link EndOfStreamException}: the peer closed or half-closed its sending side.</li>
 *   <li>{@link BrokenResourceException}: the connection failed (reset, broken pipe); the
 *       {@link IOException} is the cause.</li>
 *   <li>{@link IdleTimeoutException}, {@link WriteTimeoutException} (both
 *       {@code BrokenResourceException}s): a {@code receive} waited longer than the idle timeout,
 *       or a {@code send} made no progress for the write timeout (see {@link #timeouts(ConnectionTimeouts)});
 *       the stream was closed.</li>
 *   <li>{@link ClosedResourceException}: this stream was closed, also while another thread was
 *       blocked in it (it wakes up with this exception); takes precedence over the others.
 *       Sending after {@link #sendEof()} also throws it.</li>
 *   <li>{@link dev.streams.BusyResourceException}: a second thread tried to receive ("already
 *       reading from") or to send ("already writing to") at the same time.</li>
 * </ul>
 *
 * <h2>Thread-safety</h2>
 * One receiving and one sending thread may work at the same time (full duplex); {@link #close()}
 * may be called from any thread at any time.
 *
 * <h2>Subclassing</h2>
 * The class is open so that wrappers can count or trace traffic. No public method calls another
 * overridable method, so overriding {@code send(byte[])} does not affect {@code send(ByteBuffer)}.
 * {@code TCP_NODELAY} is on for every socket stream.
 */
public class SocketStream implements ByteStream {

    /** Upper bound of a single receive's allocation; larger requests return at most this many bytes. */
    private static final int MAX_CHUNK = 65536;

    /**
     * Scratch for reads (see {@link #readNow(int)}): held only during one non-blocking read, so a
     * few serve every thread; at most 8 x 64 KiB of direct memory for the JVM's life.
     */
    private static final BufferPool SCRATCH = new BufferPool(8, MAX_CHUNK, true);

    private final SocketChannel channel;
    private final Map<TypedAttribute<?>, Supplier<?>> attributes;
    private final ResourceGuard receiveGuard = new ResourceGuard("reading from");
    private final ResourceGuard sendGuard = new ResourceGuard("writing to");
    private volatile boolean closed;
    private volatile boolean eofSent;
    private volatile boolean sendDoomed;
    // The parked receiver/sender, published so that close() can wake them (see awaitReady).
    private volatile SocketPoller.@Nullable Waiter receiveWaiter;
    private volatile SocketPoller.@Nullable Waiter sendWaiter;
    private volatile ConnectionTimeouts timeouts = ConnectionTimeouts.NONE;
    private final HotReceiveWait hotWait;
    private final ReadArm readArm = new ReadArm();

    /**
     * Takes ownership of a connected channel (AnyIO's {@code SocketStream.from_socket}): switches
     * it to non-blocking mode and sets {@code TCP_NODELAY}. The stream closes it.
     *
     * @throws NullPointerException if {@code channel} is null
     * @throws IllegalArgumentException if {@code channel} is not an open, connected TCP/IP channel
     * @throws BrokenResourceException if configuring the channel failed
     */
    protected SocketStream(SocketChannel channel) {
        Objects.requireNonNull(channel, "channel");
        if (!channel.isOpen() || !channel.isConnected()) {
            throw new IllegalArgumentException("channel must be open and connected");
        }
        InetSocketAddress local;
        InetSocketAddress remote;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (!(channel.getLocalAddress() instanceof InetSocketAddress l)
                    || !(channel.getRemoteAddress() instanceof InetSocketAddress r)) {
                throw new IllegalArgumentException("channel must be a TCP/IP channel");
            }
            local = l;
            remote = r;
        } catch (IOException e) {
            throw new BrokenResourceException("Could not set up the socket: " + e.getMessage(), e);
        }
        this.channel = channel;
        this.hotWait = new HotReceiveWait(channel);
        ProtocolFamily family = familyOf(local);
        this.attributes = Map.of(
                SocketAttribute.FAMILY, () -> family,
                SocketAttribute.LOCAL_ADDRESS, () -> local,
                SocketAttribute.LOCAL_PORT, local::getPort,
                SocketAttribute.REMOTE_ADDRESS, () -> remote,
                SocketAttribute.REMOTE_PORT, remote::getPort,
                SocketAttribute.RAW_SOCKET, () -> channel);
    }

    static ProtocolFamily familyOf(InetSocketAddress address) {
        return address.getAddress() instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    // ## Receiving ##

    /**
     * Receives 1 to {@code maxBytes} bytes (at most 65536 per call), blocking until some arrive.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws EndOfStreamException if the peer is done sending
     * @throws ClosedResourceException if this stream was closed, also while blocked
     * @throws BrokenResourceException if the connection failed
     * @throws dev.streams.BusyResourceException if another thread is receiving
     * @throws InterruptedException if interrupted while waiting; no data is lost
     */
    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        int capacity = Math.min(maxBytes, MAX_CHUNK);
        beginReceive();
        try {
            long waitingSince = 0;
            boolean waited = false;
            if (hotWait.waitBeforeReading(readArm.isArmed())) {
                waitingSince = System.nanoTime();
                byte[] data = bytesOf(awaitReadable(waitingSince, null, capacity));
                if (data != null) {
                    hotWait.received(true);
                    return data;
                }
                waited = true;
            }
            for (; ; waited = true) {
                byte[] data = readNow(capacity);
                if (data != null) {
                    hotWait.received(waited);
                    return data;
                }
                // Nothing there. A thread parked here for an idle connection holds no buffer, so an
                // idle connection costs its socket only (measured: 74.5 KiB of heap per idle TLS
                // connection when a 64 KiB array was kept across the wait).
                if (!waited) {
                    waitingSince = System.nanoTime(); // the idle clock runs from the first wait
                }
                data = bytesOf(awaitReadable(waitingSince, null, capacity));
                if (data != null) {
                    hotWait.received(true);
                    return data;
                }
            }
        } finally {
            receiveGuard.exit();
        }
    }

    /**
     * Receives 1 to {@code dst.remaining()} bytes straight into {@code dst} (no intermediate copy
     * for a direct buffer) and advances its position; otherwise as {@link #receive(int)}.
     *
     * @return the number of bytes received, at least 1
     * @throws IllegalArgumentException if {@code dst} has no room
     */
    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        Checks.requireRoom(dst);
        return read(dst);
    }

    /** Enters the receive guard and checks, in this order, closed then interrupted (checkpoint). */
    private void beginReceive() throws InterruptedException {
        receiveGuard.enter();
        try {
            checkNotClosed();
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        } catch (RuntimeException | InterruptedException e) {
            receiveGuard.exit();
            throw e;
        }
    }

    /**
     * One non-blocking read of up to {@code capacity} bytes into a new array of exactly the bytes
     * read; null if nothing is there yet. The read goes through a pooled direct scratch buffer, so
     * it allocates only what it returns: a fresh array of the asked size plus a trimmed copy was a
     * third of a TLS ping-pong's allocation by our code and, on a quiet machine, 90% of a TLS bulk
     * reader's (a TLS stream's first read of an empty net-in buffer asks for up to 64 KiB; JFR,
     * issue 15).
     */
    private byte @Nullable [] readNow(int capacity) { // capacity <= MAX_CHUNK, the scratch size
        ByteBuffer scratch = SCRATCH.take();
        try {
            int n = readNow(scratch.limit(capacity));
            if (n == 0) {
                return null;
            }
            byte[] data = new byte[n];
            scratch.flip().get(data);
            return data;
        } finally {
            SCRATCH.giveBack(scratch);
        }
    }

    /** One non-blocking read: the count (0 if nothing is there yet), or end of stream. */
    private int readNow(ByteBuffer dst) {
        int n;
        try {
            n = channel.read(dst);
        } catch (IOException e) {
            throw failure("receive", e);
        }
        if (n < 0) {
            throw new EndOfStreamException();
        }
        return n;
    }

    private int read(ByteBuffer dst) throws InterruptedException {
        beginReceive();
        try {
            long waitingSince = System.nanoTime();
            boolean waited = hotWait.waitBeforeReading(readArm.isArmed());
            int n = waited ? countOf(awaitReadable(waitingSince, dst, 0)) : 0;
            for (; n == 0; waited = true) {
                n = readNow(dst);
                if (n == 0) {
                    n = countOf(awaitReadable(waitingSince, dst, 0));
                }
            }
            hotWait.received(waited);
            return n;
        } finally {
            receiveGuard.exit();
        }
    }

    // ## Sending ##

    /**
     * Sends all of {@code data}, blocking while the socket's send buffer is full. An empty array
     * sends nothing.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws ClosedResourceException if this stream was closed (also while blocked) or
     *         {@link #sendEof()} was called
     * @throws BrokenResourceException if the connection failed, or an earlier send was interrupted
     *         half-way
     * @throws dev.streams.BusyResourceException if another thread is sending
     * @throws InterruptedException if interrupted while waiting; see the class documentation
     */
    @Override
    public void send(byte[] data) throws InterruptedException {
        Objects.requireNonNull(data, "data");
        write(ByteBuffer.wrap(data));
    }

    /**
     * Sends the buffer's remaining bytes straight from {@code src} and advances its position to
     * its limit; otherwise as {@link #send(byte[])}. On an interrupt the position shows how much
     * was sent.
     */
    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        Objects.requireNonNull(src, "src");
        write(src);
    }

    private void write(ByteBuffer src) throws InterruptedException {
        sendGuard.enter();
        try {
            checkCanSend();
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            boolean wroteAny = false;
            boolean stalled = false;
            long stalledSince = 0;
            while (src.hasRemaining()) {
                int n;
                try {
                    n = channel.write(src);
                } catch (IOException e) {
                    throw failure("send", e);
                }
                if (n > 0) {
                    wroteAny = true;
                    stalled = false; // progress restarts the write clock
                    continue;
                }
                if (!stalled) {
                    stalled = true;
                    stalledSince = System.nanoTime();
                }
                try {
                    awaitWritable(stalledSince);
                } catch (InterruptedException e) {
                    if (wroteAny) {
                        // Some unknown prefix of this call's data is on the wire: a retry would
                        // duplicate it, giving up would truncate it. The byte stream is doomed.
                        sendDoomed = true;
                    }
                    throw e;
                }
                checkCanSend();
            }
        } finally {
            sendGuard.exit();
        }
    }

    /**
     * Half-closes the connection ({@code shutdownOutput}): the peer receives the end of the
     * stream and can still reply, and this side can still receive. Calling it again does nothing.
     *
     * @throws ClosedResourceException if this stream was closed
     * @throws dev.streams.BusyResourceException if another thread is sending
     */
    @Override
    public void sendEof() throws InterruptedException {
        sendGuard.enter();
        try {
            checkNotClosed();
            eofSent = true;
            try {
                channel.shutdownOutput();
            } catch (IOException e) {
                // As AnyIO: a peer that is already gone makes the half-close moot; the next
                // receive reports the real state.
            }
        } finally {
            sendGuard.exit();
        }
    }

    // ## Closing and failures ##

    /**
     * Closes the connection. Threads blocked in {@code receive} or {@code send} wake up with
     * {@link ClosedResourceException}. Idempotent; never throws. When it returns, the socket's
     * file descriptor is released.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Dekker pair with awaitReady: a waiter publishes itself, then re-reads `closed`.
        wake(receiveWaiter);
        wake(sendWaiter);
        hotWait.close();
        SocketPoller.close(channel);
    }

    private static void wake(SocketPoller.@Nullable Waiter waiter) {
        if (waiter != null) {
            waiter.wake();
        }
    }

    /**
     * Waits for data; when the idle timeout passes (counted from {@code since}) first, closes the
     * stream and throws {@link IdleTimeoutException}. A wait through the poller hands it the read
     * (see ReadArm): into {@code into}, or up to {@code capacity} bytes as an array when
     * {@code into} is null.
     *
     * @return the settled waiter when the poller read for this wait, else null (the caller reads)
     */
    private ReadArm.@Nullable ReadWaiter awaitReadable(long since, @Nullable ByteBuffer into, int capacity)
            throws InterruptedException {
        ConnectionTimeouts limits = timeouts;
        long idle = limits.idleNanos();
        long waited = System.nanoTime() - since;
        if (idle != 0 && waited >= idle) {
            throw timedOut(new IdleTimeoutException(limits.idle()));
        }
        // First the hot window on the thread's own selector (see HotReceiveWait), then the poller.
        long window = HotReceiveWait.windowNanos;
        if (waited < window && HotReceiveWait.usableOnThisThread()) {
            long limit = window - waited;
            if (idle != 0) {
                limit = Math.min(limit, idle - waited);
            }
            if (hotWait.await(limit)) {
                checkNotClosed();
                return null;
            }
        }
        hotWait.release();
        ReadArm.ReadWaiter waiter = into != null ? new ReadArm.ReadWaiter(into) : new ReadArm.ReadWaiter(capacity);
        receiveWaiter = waiter;
        try {
            if (closed) { // close() may have run before we published the waiter
                throw new ClosedResourceException();
            }
            boolean inTime = SocketPoller.get().awaitReadable(channel, readArm, waiter, since, idle);
            checkNotClosed();
            if (!inTime) {
                throw timedOut(new IdleTimeoutException(limits.idle()));
            }
            return waiter.isSettled() ? waiter : null;
        } finally {
            receiveWaiter = null;
        }
    }

    /** What the poller read for an array wait: null if it read nothing (or did not read). */
    private byte @Nullable [] bytesOf(ReadArm.@Nullable ReadWaiter settled) {
        return countOf(settled) > 0 ? settled.bytes() : null;
    }

    /** How many bytes the poller read for a wait: 0 if none (or it did not read). */
    private int countOf(ReadArm.@Nullable ReadWaiter settled) {
        if (settled == null) {
            return 0;
        }
        IOException failure = settled.failure();
        if (failure != null) {
            throw failure("receive", failure);
        }
        if (settled.count() < 0) {
            throw new EndOfStreamException();
        }
        return settled.count();
    }

    /**
     * Waits for room in the send buffer; when the write timeout passes (counted from {@code since},
     * the last progress) first, closes the stream and throws {@link WriteTimeoutException}.
     */
    private void awaitWritable(long since) throws InterruptedException {
        ConnectionTimeouts limits = timeouts;
        if (!awaitReady(since, limits.writeNanos())) {
            throw timedOut(new WriteTimeoutException(limits.write()));
        }
    }

    /** A timed-out connection is broken: close it, unless a close already won (then that is the news). */
    private RuntimeException timedOut(BrokenResourceException timeout) {
        if (closed) {
            return new ClosedResourceException();
        }
        close();
        return timeout;
    }

    /**
     * Parks until the channel is writable, this stream is closed, or the thread is interrupted;
     * returns false if {@code limitNanos} (0: no limit) passed since {@code since} first.
     */
    private boolean awaitReady(long since, long limitNanos) throws InterruptedException {
        SocketPoller.Waiter waiter = new SocketPoller.Waiter();
        sendWaiter = waiter;
        try {
            if (closed) { // close() may have run before we published the waiter
                throw new ClosedResourceException();
            }
            boolean ready = SocketPoller.get().await(channel, SelectionKey.OP_WRITE, waiter, since, limitNanos);
            checkNotClosed();
            return ready;
        } finally {
            sendWaiter = null;
        }
    }

    // ## Timeouts ##

    /**
     * Sets the idle and write timeouts of this stream; they apply from the next wait on. A stream
     * from {@link Tcp#connect(String, int)} starts with {@link ConnectionTimeouts#NONE}; one from
     * a listener with the listener's timeouts.
     *
     * <pre>{@code
     * stream.timeouts(new ConnectionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(10)));
     * }</pre>
     *
     * @throws NullPointerException if {@code timeouts} is null
     */
    public void timeouts(ConnectionTimeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /** The idle and write timeouts in force. */
    public ConnectionTimeouts timeouts() {
        return timeouts;
    }

    private void checkNotClosed() {
        if (closed) {
            throw new ClosedResourceException();
        }
    }

    private void checkCanSend() {
        checkNotClosed();
        if (eofSent) {
            throw new ClosedResourceException("Cannot send after sendEof()");
        }
        if (sendDoomed) {
            throw new BrokenResourceException(
                    "An earlier send was interrupted after part of its data went out; the stream cannot send any more");
        }
    }

    private RuntimeException failure(String operation, IOException e) {
        if (closed || e instanceof ClosedChannelException) {
            // Closed by close() (maybe from another thread) or behind our back via RAW_SOCKET.
            return new ClosedResourceException();
        }
        return new BrokenResourceException("Socket " + operation + " failed: " + e.getMessage(), e);
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + attributes.get(SocketAttribute.LOCAL_ADDRESS).get() + " -> "
                + attributes.get(SocketAttribute.REMOTE_ADDRESS).get() + (closed ? ", closed" : "") + "]";
    }
}
