package dev.streams.net;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/*
 * Theory of operation
 * ===================
 *
 * A platform thread's selector for hot receive waits (see HotReceiveWait). It used to be one
 * selector per connection, opened by the connection's first wait and closed with it: per TLS
 * handshake that was two epoll instances and two eventfds created and closed, and two wake-ups of
 * the poller thread to watch them (issue 15). A thread that serves connections one after another,
 * a client that opens one after another, or a request/response loop keeps one selector instead.
 *
 * One key with interest at a time: the selector is level-triggered, so a key left behind by an
 * earlier connection whose data is pending would end every later select at once. Before each wait
 * the owner focuses the selector on its stream's key, cancelling the key it waited on last if that
 * was another one (the select deregisters it, one epoll_ctl). So a selector holds at most one
 * registered key that is not cancelled, and a ping-pong on one connection changes no registration.
 *
 * Who touches what: the owner thread selects and focuses; HotReceiveWait registers its stream's
 * key and deregisters it when the stream closes (cancel, wake-up, selectNow from the closing
 * thread); the poller thread closes the selector once its thread has not waited on it for a hot
 * window (releaseIfIdle), which deregisters every key, so a thread that stopped receiving, or died,
 * holds no descriptor. A thread whose receive moves on to the poller (a long wait: an idle
 * connection) closes its selector at once (release), so an idle connection costs no selector.
 * The selector is swapped under the lock; a select on a selector closed meanwhile throws
 * ClosedSelectorException, which the owner treats as a spurious wake-up.
 */

/** A platform thread's selector for hot receive waits; see the theory of operation above. */
final class ThreadSelector {

    private static final System.Logger LOG = System.getLogger(ThreadSelector.class.getName());

    private static final ThreadLocal<ThreadSelector> CURRENT = ThreadLocal.withInitial(ThreadSelector::new);

    private final Thread owner = Thread.currentThread();
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Selector selector; // guarded by lock
    // The key the owner waited on last: set by the owner, cleared by release() (a key keeps its
    // closed selector's tables reachable, about 1 KiB per thread parked for an idle connection).
    private volatile @Nullable SelectionKey focus;
    private volatile boolean waiting; // the owner is inside select()
    private volatile long lastUsed; // System.nanoTime() when the last select() returned

    private ThreadSelector() {
    }

    /** The calling thread's selector holder; platform threads only (see HotReceiveWait.usableOnThisThread). */
    static ThreadSelector current() {
        return CURRENT.get();
    }

    /** The thread's open selector; opens one (watched by the poller for idleness) if it has none. */
    Selector open() throws IOException {
        lock.lock();
        try {
            Selector open = selector;
            if (open == null) {
                open = Selector.open();
                selector = open;
                lastUsed = System.nanoTime();
                SocketPoller.get().watchIdle(this);
            }
            return open;
        } finally {
            lock.unlock();
        }
    }

    /** Whether this is the calling thread's own. */
    boolean isCurrentThreads() {
        return owner == Thread.currentThread();
    }

    /** {@code channel}'s key in the current selector; null if none (or no selector: closing deregistered it). */
    @Nullable SelectionKey keyOf(SelectableChannel channel) {
        lock.lock();
        try {
            Selector open = selector;
            return open == null ? null : channel.keyFor(open);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code millis} (at least 1) for {@code key}'s channel to become readable, a
     * wake-up, or an interrupt. Owner thread only.
     *
     * @throws ClosedSelectorException if the selector was closed meanwhile (released as idle)
     */
    void select(SelectionKey key, long millis) throws IOException {
        SelectionKey previous = focus;
        if (previous != key) {
            if (previous != null) {
                previous.cancel(); // another stream's: this select deregisters it
            }
            focus = key;
        }
        waiting = true;
        try {
            key.selector().select(readyKey -> { }, millis);
        } finally {
            lastUsed = System.nanoTime();
            waiting = false;
        }
    }

    /**
     * Called by the poller thread: closes the selector when its thread has not waited on it for a
     * hot window.
     *
     * @return true when this holds no selector any more (the poller stops watching it)
     */
    boolean releaseIfIdle(long now) {
        lock.lock();
        try {
            if (selector == null) {
                return true;
            }
            if (waiting || now - lastUsed < HotReceiveWait.windowNanos) {
                return false;
            }
        } finally {
            lock.unlock();
        }
        release();
        return true;
    }

    /** Closes the selector (the next hot wait opens a new one); deregisters every key. Any thread. */
    void release() {
        Selector open;
        lock.lock();
        try {
            open = selector;
            selector = null;
            focus = null; // closing deregisters it anyway
        } finally {
            lock.unlock();
        }
        if (open != null) {
            try {
                open.close(); // wakes a select() in progress and waits for it, deregisters every key
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a thread's hot-wait selector failed", e);
            }
        }
    }

    /**
     * Deregisters {@code key} now, so that a channel closed afterwards releases its descriptor at
     * once: cancel, wake the owner if another thread is selecting on it, then a selectNow (which
     * waits for a select in progress). Any thread; a no-op if the selector is closed already.
     */
    static void deregister(SelectionKey key, boolean ownedByCaller) {
        key.cancel();
        Selector selector = key.selector();
        if (!selector.isOpen()) {
            return;
        }
        if (!ownedByCaller) {
            selector.wakeup();
        }
        flushCancelled(selector);
    }

    /**
     * Deregisters every key cancelled on {@code selector} so far: a selectNow, which waits for a
     * select in progress. Any thread; a no-op if the selector is closed (closing deregistered them).
     */
    static void flushCancelled(Selector selector) {
        try {
            selector.selectNow(readyKey -> { });
        } catch (ClosedSelectorException e) {
            // released meanwhile: closing deregistered every key
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "deregistering from a thread's hot-wait selector failed", e);
        }
    }
}
