package dev.streams.net;

import dev.streams.TaskThreads;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/*
 * Theory of operation
 * ===================
 *
 * Request/response traffic waits briefly and often: a client sends a request and its receive waits
 * some tens of microseconds for the reply. Through the JVM-wide SocketPoller such a wait costs two
 * thread hand-offs (the waiter asks the poller thread to watch the socket, the poller thread wakes
 * the waiter), which measured about twice the round trip of a blocking SocketChannel. A blocking
 * channel cannot be used instead: an interrupt closes it (ClosedByInterruptException).
 *
 * So on a platform thread the first part of every receive wait, the "hot window"
 * (DEFAULT_WINDOW_NANOS, 50 ms), happens on a Selector of the stream's own that watches only this
 * socket for reading: the receiving thread calls select() itself, one epoll_wait that the kernel
 * wakes directly, as it would wake a blocking read. No hand-off to our poller thread, and an
 * interrupt only makes select() return: the socket stays open, and the selector too.
 *
 * A wait that outlasts the hot window is an idle connection: the stream closes its selector (two
 * file descriptors: the epoll instance and its wake-up eventfd, plus a native event array) and the
 * rest of the wait goes through SocketPoller, so an idle connection still costs one descriptor and
 * no thread of ours. The next receive that has to wait opens a new selector. A connection whose
 * last wait was short and that then goes quiet with no receive waiting (a client between
 * requests) would keep its selector: SocketPoller watches every stream that opened one and closes
 * it once no receive has used it for a hot window (releaseIfIdle, checked every 50 ms).
 *
 * The interest set never changes (OP_READ, level-triggered): no epoll_ctl per wait, and data that
 * is already there wakes select() at once. Readiness is a hint; the caller always retries its read.
 *
 * Waiting before reading: in request/response traffic the read a receive tries before it waits
 * finds nothing every time (the reply is not there yet), one wasted system call per receive on
 * each end of the connection. So when the last receive had to wait, the next one waits first
 * (select() returns at once if the data is already there: one epoll_wait instead of one read,
 * no loss) and then reads (waitBeforeReading). Every 8th such receive reads first anyway, so a
 * connection whose data starts arriving ahead of its reader (bulk transfer) goes back to reading
 * first. The hint is the receiving thread's own (the receive guard admits one at a time), so it
 * needs no synchronization beyond the guard's.
 *
 * Not used on virtual threads. Before JDK 25 Selector.select blocks the carrier thread (JDK 21
 * compensates with an extra carrier), which is what a poller exists to avoid. JDK 25 parks the
 * virtual thread instead, through the JDK's master poller (a platform thread: one hand-off, as
 * ours), and measured no faster than our poller in TcpPingPongBenchmark, while the deeper stack
 * it freezes stays in the virtual thread's stack chunk: about 6 KiB more heap per idle connection
 * (ConcurrentTlsConnectionsTests on JDK 25, 500 connections: 28.6 against 23.3 KiB, both ends).
 *
 * Closing: close() takes the lock, marks the wait closed and closes the selector outside the lock.
 * Selector.close() wakes a select() in progress and waits for it to return, then deregisters the
 * key, so after close() the socket is registered with no selector of ours. open() holds the same
 * lock and checks the mark, so no selector is opened after close().
 */

/** The hot part of a socket stream's receive wait: a selector of its own; see the theory of operation above. */
final class HotReceiveWait {

    private static final System.Logger LOG = System.getLogger(HotReceiveWait.class.getName());

    /** How long a receive waits on its own selector before it hands the wait to the poller. */
    static final long DEFAULT_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** The hot window in force: {@link #DEFAULT_WINDOW_NANOS}; tests lengthen it to catch a thread inside. */
    static volatile long windowNanos = DEFAULT_WINDOW_NANOS;

    private final SocketChannel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Selector selector; // written under lock; open while the connection is hot
    private boolean closed; // guarded by lock
    private volatile boolean waiting; // a receive is inside select()
    private volatile long lastUsed; // System.nanoTime() when the last select() returned

    // The receiving thread's own (see "Waiting before reading"): whether its last receive waited.
    private boolean lastReceiveWaited;
    private int receivesWaitingFirst;

    HotReceiveWait(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * Whether the next receive should wait here before its first read: its last receive had to
     * wait, and this is not one of the every-8th receives that read first to notice bulk traffic.
     * Only on threads that may wait here at all.
     */
    boolean waitBeforeReading() {
        return lastReceiveWaited && (++receivesWaitingFirst & 7) != 0 && usableOnThisThread();
    }

    /** Called when a receive got data: {@code waited} tells whether it waited (or found nothing) first. */
    void received(boolean waited) {
        lastReceiveWaited = waited;
    }

    /** Whether the calling thread may wait here (see the theory of operation). */
    static boolean usableOnThisThread() {
        return !TaskThreads.currentIsVirtual();
    }

    /**
     * Waits up to {@code nanos} (at least 1 ms: Selector timeouts are milliseconds) for the socket
     * to become readable, the stream to be closed, or an interrupt. The caller then retries its
     * read and re-checks the closed state.
     *
     * @return false if no hot wait was possible (no selector could be opened, for example out of
     *         file descriptors): the caller waits through the poller instead
     * @throws InterruptedException if the thread was interrupted before or during the wait
     */
    boolean await(long nanos) throws InterruptedException {
        Selector open = selector;
        if (open == null) {
            try {
                open = open();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "cannot open a selector for a hot receive wait; waiting through the poller", e);
                return false;
            }
            if (open == null) {
                return true; // closed meanwhile: the caller sees it
            }
        }
        waiting = true;
        try {
            open.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
        } catch (ClosedSelectorException e) {
            return true; // closed by close() (the caller sees it) or released as idle (it opens a new one)
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "hot receive wait failed; waiting through the poller", e);
            release();
            return false;
        } finally {
            lastUsed = System.nanoTime();
            waiting = false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return true;
    }

    /** Opens and registers this stream's selector; null if closed (also behind our back). */
    private @Nullable Selector open() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return null;
            }
            Selector opened = Selector.open();
            try {
                channel.register(opened, SelectionKey.OP_READ);
            } catch (ClosedChannelException | RuntimeException e) {
                opened.close();
                return null; // closed through RAW_SOCKET: the caller's next read reports it
            }
            selector = opened;
            lastUsed = System.nanoTime();
            SocketPoller.get().watchIdle(this);
            return opened;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called by the poller thread: closes the selector when no receive has used it for a hot window.
     *
     * @return true when this wait holds no selector any more (the poller stops watching it)
     */
    boolean releaseIfIdle(long now) {
        if (selector == null) {
            return true;
        }
        if (waiting || now - lastUsed < windowNanos) {
            return false;
        }
        release();
        return true;
    }

    /** The connection went idle: gives the selector back. The next hot wait opens a new one. */
    void release() {
        closeSelector(false);
    }

    /** Closes the selector for good, waking a wait in progress; idempotent, callable from any thread. */
    void close() {
        closeSelector(true);
    }

    private void closeSelector(boolean forGood) {
        Selector open;
        lock.lock();
        try {
            closed |= forGood;
            open = selector;
            selector = null;
        } finally {
            lock.unlock();
        }
        if (open != null) {
            try {
                open.close(); // wakes a select() in progress and waits for it to return
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a hot receive wait's selector failed", e);
            }
        }
    }
}
