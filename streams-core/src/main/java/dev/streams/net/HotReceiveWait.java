package dev.streams.net;

import dev.streams.TaskThreads;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.CancelledKeyException;
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
 * (DEFAULT_WINDOW_NANOS, 50 ms), happens on a selector of the receiving thread's own
 * (ThreadSelector) on which the stream's socket is registered for reading: the receiving thread
 * calls select() itself, one epoll_wait that the kernel wakes directly, as it would wake a blocking
 * read. No hand-off to our poller thread, and an interrupt only makes select() return: the socket
 * stays open, and the selector too. The selector is the thread's, not the connection's (issue 15:
 * a selector per connection cost two descriptors created and closed per TLS handshake), so a
 * thread serving connections one after another opens one selector, not one per connection.
 *
 * A wait that outlasts the hot window is an idle connection: the thread closes its selector (the
 * epoll instance and its wake-up eventfd, plus a native event array; release) and the rest of the
 * wait goes through SocketPoller, so an idle connection still costs one descriptor and no thread
 * of ours. A thread whose last wait was short and that then stops receiving (a client between
 * requests, a thread that ended) would keep its selector: SocketPoller watches every thread
 * selector and closes it once its thread has not waited on it for a hot window (checked every
 * 50 ms).
 *
 * The key's interest never changes (OP_READ, level-triggered): no epoll_ctl per wait while a thread
 * keeps waiting on the same connection, and data that is already there wakes select() at once.
 * Readiness is a hint; the caller always retries its read. The stream remembers which thread's
 * selector holds its key (the ThreadSelector, not the key: a key keeps a closed selector's tables
 * reachable, about 1 KiB per idle stream); when a receive on another thread waits, the key moves to
 * that thread's selector and the old one is deregistered at once (see Closing).
 *
 * Waiting before reading: in request/response traffic the read a receive tries before it waits
 * finds nothing every time (the reply is not there yet), one wasted system call per receive on
 * each end of the connection. So when the last receive had to wait, the next one waits first
 * (select() returns at once if the data is already there: one epoll_wait instead of one read,
 * no loss) and then reads (waitBeforeReading). Every 8th such receive reads first anyway, so a
 * connection whose data starts arriving ahead of its reader (bulk transfer) goes back to reading
 * first. The hint is the receiving thread's own (the receive guard admits one at a time), so it
 * needs no synchronization beyond the guard's. The same hint serves waits through the poller when
 * the stream's read interest is on there (ReadArm): a virtual thread then parks first and the
 * poller reads for it, so the read that would find nothing is saved there too.
 *
 * Not used on virtual threads. Before JDK 25 Selector.select blocks the carrier thread (JDK 21
 * compensates with an extra carrier), which is what a poller exists to avoid. JDK 25 parks the
 * virtual thread instead, through the JDK's master poller (a platform thread: one hand-off, as
 * our platform poller then), and measured no faster than our poller in TcpPingPongBenchmark, while
 * the deeper stack it freezes stays in the virtual thread's stack chunk: about 6 KiB more heap per
 * idle connection (ConcurrentTlsConnectionsTests on JDK 25, 500 connections: 28.6 against 23.3 KiB,
 * both ends). Virtual threads wait through the poller instead, which keeps their read interest on
 * between waits (ReadArm) and on JDK 25 is itself a virtual thread (SocketPoller).
 *
 * Closing: a channel registered with a selector is only really closed (its descriptor released)
 * once that selector deregisters its key. close() takes the lock, marks the wait closed and takes
 * the thread selector, then deregisters the key there (ThreadSelector.deregister: cancel, wake
 * the selecting thread if it is another one, selectNow), so after close() the socket is registered
 * with no selector of ours but the poller's, which SocketPoller.close waits for. await() registers
 * under the same lock and checks the mark, so no key is registered after close().
 */

/** The hot part of a socket stream's receive wait, on the receiving thread's selector; see the theory of operation above. */
final class HotReceiveWait {

    private static final System.Logger LOG = System.getLogger(HotReceiveWait.class.getName());

    /** How long a receive waits on its thread's selector before it hands the wait to the poller. */
    static final long DEFAULT_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** The hot window in force: {@link #DEFAULT_WINDOW_NANOS}; tests lengthen it to catch a thread inside. */
    static volatile long windowNanos = DEFAULT_WINDOW_NANOS;

    private final SocketChannel channel;
    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock: the thread selector the socket was last registered with. Not the key: a key
    // keeps its selector reachable, and a closed selector's tables are about 1 KiB per idle stream.
    private @Nullable ThreadSelector registeredWith;
    private boolean closed; // guarded by lock

    // The receiving thread's own (see "Waiting before reading"): whether its last receive waited.
    private boolean lastReceiveWaited;
    private int receivesWaitingFirst;

    HotReceiveWait(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * Whether the next receive should wait here before its first read: its last receive had to
     * wait, and this is not one of the every-8th receives that read first to notice bulk traffic.
     * Only on threads that may wait here at all, or when the stream's read interest in the poller
     * is on ({@code armed}, see ReadArm: the wait then costs no request either).
     */
    boolean waitBeforeReading(boolean armed) {
        return lastReceiveWaited && (++receivesWaitingFirst & 7) != 0 && (armed || usableOnThisThread());
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
     * read and re-checks the closed state. Platform threads only.
     *
     * @return false if no hot wait was possible (no selector could be opened, for example out of
     *         file descriptors): the caller waits through the poller instead
     * @throws InterruptedException if the thread was interrupted before or during the wait
     */
    boolean await(long nanos) throws InterruptedException {
        ThreadSelector thread = ThreadSelector.current();
        try {
            SelectionKey registered = register(thread, thread.open());
            if (registered == null) {
                return true; // closed, or the selector was released meanwhile: the caller retries
            }
            thread.select(registered, Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
        } catch (ClosedSelectorException e) {
            return true; // released as idle meanwhile: the caller retries and opens a new one
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "hot receive wait failed; waiting through the poller", e);
            thread.release();
            return false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return true;
    }

    /**
     * The socket's key in {@code selector} (the current selector of {@code thread}), registering
     * it there (and deregistering it from another thread's selector) if needed; null if closed
     * (also behind our back).
     */
    private @Nullable SelectionKey register(ThreadSelector thread, Selector selector) {
        SelectionKey moved = null;
        SelectionKey registered;
        lock.lock();
        try {
            if (closed) {
                return null;
            }
            ThreadSelector previous = registeredWith;
            if (previous == thread) {
                registered = channel.keyFor(selector);
                if (registered != null && registered.isValid()) {
                    return registered;
                }
            } else if (previous != null) {
                moved = previous.keyOf(channel); // the last receive waited on another thread
            }
            try {
                registered = channel.register(selector, SelectionKey.OP_READ);
            } catch (ClosedChannelException e) {
                return null; // closed through RAW_SOCKET: the caller's read reports it
            } catch (CancelledKeyException e) {
                ThreadSelector.flushCancelled(selector); // a cancelled key not yet deregistered: the next wait registers anew
                return null;
            }
            registeredWith = thread;
        } finally {
            lock.unlock();
        }
        if (moved != null) {
            ThreadSelector.deregister(moved, false);
        }
        return registered;
    }

    /** The wait moves to the poller (an idle connection): the thread gives its selector back. */
    void release() {
        if (usableOnThisThread()) {
            ThreadSelector.current().release();
        }
    }

    /**
     * Deregisters the socket from the thread selector holding it, waking a wait in progress;
     * for good: no later wait registers it again. Idempotent, callable from any thread.
     */
    void close() {
        ThreadSelector registered;
        lock.lock();
        try {
            closed = true;
            registered = registeredWith;
            registeredWith = null;
        } finally {
            lock.unlock();
        }
        if (registered != null) {
            SelectionKey key = registered.keyOf(channel);
            if (key != null) {
                ThreadSelector.deregister(key, registered.isCurrentThreads());
            }
        }
    }
}
