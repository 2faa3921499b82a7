package dev.streams.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/*
 * Theory of operation
 * ===================
 *
 * A stream's read interest in the SocketPoller, kept on between waits (issue 15). With one-shot
 * interest every receive wait that goes through the poller is a request to the poller thread plus
 * a selector.wakeup() (only the poller thread touches the Selector, and an interest change is
 * applied at its next select), and two epoll_ctl calls (interest on, interest off). Here the
 * interest stays on while the stream keeps waiting, so a wait is one CAS and a park.
 *
 * Why the poller reads: epoll is level-triggered. If the poller only woke the waiter and left the
 * interest on, its next epoll_wait (at once, while the woken thread is still being scheduled)
 * would report the same unread bytes again, and it could only take the interest off: the one-shot
 * cost again, plus a wasted epoll_wait. So the poller claims the waiter and does the read for it,
 * into the waiter's buffer (receive(ByteBuffer)) or into its own direct buffer, copied into an
 * array of exactly the bytes read (receive(int)). The socket is drained when the poller selects
 * again, and the interest can stay. The waiter's read moves to the poller thread: no extra system
 * call, and the read the waiter would have tried first after waking is gone.
 *
 * One atomic state per stream, owned jointly by the receiving thread and the poller thread:
 *
 *   IDLE            interest off (or about to be switched off by the poller thread, the only one
 *                   that changes it). A waiter CASes itself in and asks the poller to switch the
 *                   interest on (a request plus wakeup(), as before).
 *   ARMED           interest on, nobody waiting. A waiter CASes itself in and parks: no request, no
 *                   wake-up, no epoll_ctl; data that came meanwhile is reported at the next
 *                   epoll_wait (level-triggered).
 *   a ReadWaiter    interest on (or its request queued), that thread parked.
 *
 * The poller, on a readable key: a waiter → CAS it out (→ ARMED), read for it, settle it; ARMED →
 * CAS to IDLE and switch the interest off (nobody waits: the reader got its data by reading first,
 * or is busy; the data stays in the socket for its next read), so an idle connection costs at most
 * one spurious poller wake-up; IDLE → switch the interest off. A waiter leaves (interrupt, timeout,
 * a close's wake-up) by CASing itself out (→ ARMED). Whoever CASes a waiter out settles it: the
 * waiter itself, or the poller, which always marks it settled, also when its read failed or found
 * nothing. A waiter whose CAS lost therefore waits (briefly: one read) until the poller has
 * settled it and takes what it read: a receive never loses bytes; an interrupt that came too late
 * stays set for the next operation.
 *
 * A closed key (close, or the channel closed behind our back) disarms: a waiter is CASed out and
 * settled with nothing (it then sees the closed channel), ARMED goes IDLE, so the next wait asks
 * the poller again and learns that the channel is closed.
 *
 * Only reads of socket streams are armed. Sends stay one-shot (a send waits only when the peer is
 * slow; then the interest change is not the cost), and so do accepts and connects.
 */

/** A socket stream's read interest in the poller, kept on between waits; see the theory of operation above. */
final class ReadArm {

    private static final Object IDLE = new Object();
    private static final Object ARMED = new Object();

    private final AtomicReference<Object> state = new AtomicReference<>(IDLE);

    /** Whether the interest is on with nobody waiting (a wait now costs no request). */
    boolean isArmed() {
        return state.get() == ARMED;
    }

    /**
     * Installs {@code waiter}.
     *
     * @return true if the interest is on already (park only), false if the poller must be asked
     */
    boolean enter(ReadWaiter waiter) {
        while (true) {
            Object current = state.get();
            if (current == ARMED) {
                if (state.compareAndSet(ARMED, waiter)) {
                    return true;
                }
            } else if (current == IDLE) {
                if (state.compareAndSet(IDLE, waiter)) {
                    return false;
                }
            } else {
                // The receive guard admits one receiver; a left-over waiter would be a bug here.
                throw new IllegalStateException("a receive wait is already armed");
            }
        }
    }

    /**
     * The waiter leaves (interrupt, timeout, a close's wake-up).
     *
     * @return false if the poller claimed it first: it is being (or has been) settled with a read
     */
    boolean withdraw(ReadWaiter waiter) {
        return state.compareAndSet(waiter, ARMED);
    }

    /**
     * Poller thread: the key is readable. Reads for a waiter, or finds nobody.
     *
     * @param scratch the poller's own direct buffer, for waiters that want an array
     * @return true if the read interest stays on, false if the caller switches it off
     */
    boolean onReadable(SocketChannel channel, ByteBuffer scratch) {
        while (true) {
            Object current = state.get();
            if (current instanceof ReadWaiter waiter) {
                if (state.compareAndSet(waiter, ARMED)) {
                    waiter.fill(channel, scratch);
                    return true;
                }
            } else if (current == ARMED) {
                if (state.compareAndSet(ARMED, IDLE)) {
                    return false;
                }
            } else {
                return false;
            }
        }
    }

    /** Poller thread: the key is gone (closed channel): settle a waiter with nothing, go IDLE. */
    void disarm() {
        while (true) {
            Object current = state.get();
            if (current == IDLE) {
                return;
            }
            if (state.compareAndSet(current, IDLE)) {
                if (current instanceof ReadWaiter waiter) {
                    waiter.settle(0, null, null);
                }
                return;
            }
        }
    }

    /**
     * One receive wait through the poller: a {@link SocketPoller.Waiter} that the poller also reads
     * for. Settled once, by whoever took it out of the {@link ReadArm}.
     */
    static final class ReadWaiter extends SocketPoller.Waiter {
        private final Thread owner = Thread.currentThread();
        private final @Nullable ByteBuffer into;
        private final int capacity;
        // Written by the settling thread before `settled`, read by the owner after it.
        private int count;
        private byte @Nullable [] bytes;
        private @Nullable IOException failure;
        private volatile boolean settled;

        /** A wait whose data the poller reads into {@code into} (the receiver's buffer). */
        ReadWaiter(ByteBuffer into) {
            this.into = into;
            this.capacity = into.remaining();
        }

        /** A wait whose data (up to {@code capacity} bytes) the poller hands over as an array. */
        ReadWaiter(int capacity) {
            this.into = null;
            this.capacity = capacity;
        }

        private void fill(SocketChannel channel, ByteBuffer scratch) {
            try {
                if (into != null) {
                    settle(channel.read(into), null, null);
                } else {
                    scratch.clear().limit(Math.min(capacity, scratch.capacity()));
                    int n = channel.read(scratch);
                    byte[] data = null;
                    if (n > 0) {
                        data = new byte[n];
                        scratch.flip().get(data);
                    }
                    settle(n, data, null);
                }
            } catch (IOException e) {
                settle(0, null, e);
            } catch (RuntimeException | Error e) {
                settle(0, null, null); // the owner must never wait for a settle that never comes
                throw e;
            }
        }

        private void settle(int n, byte @Nullable [] data, @Nullable IOException e) {
            count = n;
            bytes = data;
            failure = e;
            settled = true;
            // Not wake(): a close may have taken the owner's one wake-up already, and the owner
            // then waits in awaitSettled() for this unpark (a surplus permit costs a loop turn).
            LockSupport.unpark(owner);
        }

        boolean isSettled() {
            return settled;
        }

        /** Waits, not interruptibly, for the poller to settle a waiter it claimed (one read). */
        void awaitSettled() {
            boolean interrupted = false;
            while (!settled) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Bytes the poller read ({@code -1}: end of stream, 0: none); valid once settled. */
        int count() {
            return count;
        }

        /** The bytes read for an array wait; null for a buffer wait or when nothing was read. */
        byte @Nullable [] bytes() {
            return bytes;
        }

        /** The poller's read failure, if any. */
        @Nullable IOException failure() {
            return failure;
        }
    }
}
