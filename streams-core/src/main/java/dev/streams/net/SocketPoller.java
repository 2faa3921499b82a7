package dev.streams.net;

import dev.streams.TaskThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/*
 * Theory of operation
 * ===================
 *
 * Why not blocking channels? A thread blocked in a blocking SocketChannel.read() that is
 * interrupted gets ClosedByInterruptException and the channel is CLOSED: the connection is gone.
 * The library promises that an interrupt cancels an operation and nothing else (API.md §1), so
 * every socket here is a non-blocking channel, and "blocking" is built on top of readiness:
 *
 *   1. Try the operation (read, write, accept, finishConnect). Non-blocking channels never install
 *      the interrupt-closes-the-channel hook, so this step is safe on an interrupted thread. When
 *      data is already there this is the whole story: no poller, no wake-up, one system call.
 *   2. Only when the operation would block, wait for readiness here: the caller hands the poller a
 *      Waiter (its thread plus a "ready" flag) and parks with LockSupport.park.
 *   3. The poller thread wakes the Waiter when the channel becomes ready; the caller loops to 1.
 *      An interrupt unparks the caller too: it cancels its Waiter (so the poller will not unpark it
 *      later) and throws InterruptedException. The channel and its data are untouched; readiness is
 *      only a hint and nothing was consumed.
 *
 * Receives on platform threads try a short wait on a selector of the receiving thread's own first
 * (HotReceiveWait, ThreadSelector): a reply that comes within its window wakes the receiver
 * directly, without the two hand-offs through this thread. Accepts on platform threads wait on a
 * selector of the listener's own (SocketListener), and a loopback connect is usually complete
 * before it would wait (HappyEyeballs). Everything that waits longer, every send, and every wait of
 * a virtual thread waits here.
 *
 * One poller per JVM: a single thread running one Selector. That keeps the cost of an idle
 * connection to one file descriptor and one epoll registration (no selector, pipe or thread per
 * socket), which is what lets one JVM hold 10 000+ idle connections on JDK 17 with platform or
 * virtual threads. Waiting threads only park, so on JDK 21+ a waiting virtual thread unmounts from
 * its carrier.
 *
 * Which thread (issue 15): up to JDK 24 a daemon platform thread, because Selector.select on a
 * virtual thread blocks its carrier there. From JDK 25 on, Selector.select parks a virtual thread
 * (through the JDK's own master poller), and the poller is a virtual thread, run as the JDK's
 * sub-pollers are: while a select finds events it yields and selects again without blocking, and
 * blocks only when a select found nothing. A platform poller unparks every woken virtual thread
 * from outside the scheduler (an external submission plus a futex wake-up of a parked carrier, and
 * the carrier parking again: about five futex calls per round trip in TcpPingPongBenchmark); a
 * virtual poller puts it on its own carrier's queue, and under request/response traffic it rarely
 * parks at all. The price is the JDK's own blocking channels' on virtual threads: the poller needs
 * a carrier to run, so carriers all held by CPU-bound virtual threads delay every wake-up.
 *
 * Interest is one-shot, except for the reads of socket streams (ReadArm: the interest stays on
 * while the stream keeps waiting, and the poller reads for the waiter): when a key fires, the
 * fired bits are removed from its interest set and the waiter for that direction (read/accept or
 * write/connect) is woken. A waiter that left (interrupt,
 * close) may leave its interest behind; the next readiness clears it and wakes nobody, so nothing
 * spins. A key stays registered between waits (re-registering a channel is costlier than changing
 * its interest set) and is dropped when the channel closes.
 *
 * All Selector and SelectionKey calls happen on the poller thread: other threads only append to
 * `requests` and call selector.wakeup(). That avoids the historical blocking of register() against
 * a select() in progress and keeps the key attachments single-threaded.
 *
 * Closing: a channel that is registered with a selector is not really closed by close(); the JDK
 * defers releasing its file descriptor (and, for a listener, its port) until the selector
 * deregisters the cancelled key. awaitDeregistration() makes close() synchronous again: the poller
 * runs selectNow(), which deregisters every key cancelled before the request, then wakes the
 * closer. So after SocketStream.close() or SocketListener.close() returns, the fd is gone and the
 * port can be bound again.
 *
 * Stray unparks: a poller may read a Waiter's thread just before that thread cancels and leaves,
 * then unpark it. LockSupport allows spurious wake-ups, and every park in the JDK and in this
 * library re-checks its condition in a loop, so a stray permit costs one extra loop turn.
 */

/**
 * The JVM-wide readiness poller behind socket streams and listeners; see the theory of operation
 * at the top of this file. Thread-safe.
 */
final class SocketPoller {

    private static final System.Logger LOG = System.getLogger(SocketPoller.class.getName());

    /** The poller thread's name; leak checks look for it. */
    static final String THREAD_NAME = "streams-socket-poller";

    private static final int READ_SIDE = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    private static final int WRITE_SIDE = SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT;

    /** Whether the poller is a virtual thread (see "Which thread" in the theory of operation). */
    static final boolean VIRTUAL_POLLER = Runtime.version().feature() >= 25 && TaskThreads.virtualThreadsAvailable();

    /** How often the poller looks for hot-wait selectors whose thread stopped waiting. */
    private static final long IDLE_CHECK_MILLIS = 50;

    private final Selector selector;
    private final Queue<Object> requests = new ConcurrentLinkedQueue<>();
    private final LongAdder requestsMade = new LongAdder(); // tests count the wake-ups we cause
    // The poller thread's read buffer for armed waits that want an array (ReadArm).
    private final ByteBuffer readScratch = ByteBuffer.allocateDirect(65536);

    private SocketPoller(Selector selector) {
        this.selector = selector;
    }

    /** The poller, started on first use. */
    static SocketPoller get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SocketPoller INSTANCE = start();

        private static SocketPoller start() {
            try {
                SocketPoller poller = new SocketPoller(Selector.open());
                Thread thread;
                if (VIRTUAL_POLLER) {
                    thread = TaskThreads.newThread(THREAD_NAME, poller::run);
                } else {
                    thread = new Thread(poller::run, THREAD_NAME);
                    thread.setDaemon(true);
                }
                thread.start();
                return poller;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the socket poller's selector", e);
            }
        }
    }

    /**
     * One parked thread's interest in one readiness event. Woken by the poller (ready), by a close
     * (the caller then sees the closed state), or never (the caller was interrupted and cancelled).
     */
    static class Waiter {
        private final AtomicReference<Thread> thread;
        private volatile boolean ready;

        Waiter() {
            this.thread = new AtomicReference<>(Thread.currentThread());
        }

        boolean isReady() {
            return ready;
        }

        /** Marks ready and unparks the owner; idempotent, callable from any thread. */
        void wake() {
            ready = true; // written before the unpark, so the owner sees it when park returns
            Thread owner = thread.getAndSet(null);
            if (owner != null) {
                LockSupport.unpark(owner);
            }
        }

        /** The owner leaves: later wakes unpark nobody. */
        void cancel() {
            thread.set(null);
        }
    }

    private record Interest(SelectableChannel channel, int op, Waiter waiter, @Nullable ReadArm arm) {
    }

    private record Deregistration(Waiter waiter) {
    }

    /** The waiters of one registered channel, one per direction. Touched by the poller thread only. */
    private static final class Slots {
        @Nullable Waiter reader;
        @Nullable Waiter writer;
        @Nullable ReadArm arm; // a socket stream's reads: kept on between waits
    }

    /**
     * Parks the calling thread until {@code channel} is probably ready for {@code op} or
     * {@code waiter} is woken by someone else (a close). Readiness is a hint: the caller retries
     * its operation and may come back here.
     *
     * @throws InterruptedException if the thread is interrupted while waiting; the channel is untouched
     */
    void await(SelectableChannel channel, int op, Waiter waiter) throws InterruptedException {
        register(channel, op, waiter);
        park(waiter);
    }

    /**
     * As {@link #await(SelectableChannel, int, Waiter)}, but gives up once {@code limitNanos} have
     * passed since {@code sinceNanos} (a {@code System.nanoTime()} reading); {@code limitNanos} 0
     * waits forever.
     *
     * @return false if the time ran out first (the waiter is cancelled)
     * @throws InterruptedException if the thread is interrupted while waiting; the channel is untouched
     */
    boolean await(SelectableChannel channel, int op, Waiter waiter, long sinceNanos, long limitNanos)
            throws InterruptedException {
        if (limitNanos == 0) {
            await(channel, op, waiter);
            return true;
        }
        if (limitNanos - (System.nanoTime() - sinceNanos) <= 0) {
            return false; // already out of time: do not even register
        }
        register(channel, op, waiter);
        while (true) {
            if (Thread.interrupted()) {
                waiter.cancel();
                throw new InterruptedException();
            }
            if (waiter.isReady()) {
                return true;
            }
            // Written so that a huge limit (saturated Long.MAX_VALUE) cannot overflow.
            long remaining = limitNanos - (System.nanoTime() - sinceNanos);
            if (remaining <= 0) {
                waiter.cancel(); // the interest left behind fires once later and wakes nobody
                return waiter.isReady();
            }
            LockSupport.parkNanos(waiter, remaining);
        }
    }

    /** Asks for one wake-up of {@code waiter} when {@code channel} is ready for {@code op}; does not park. */
    void register(SelectableChannel channel, int op, Waiter waiter) {
        request(new Interest(channel, op, waiter, null));
    }

    private void request(Object request) {
        requests.add(request);
        requestsMade.increment();
        selector.wakeup();
    }

    /** How many requests (each a selector wake-up) were made so far; for tests. */
    long requestCount() {
        return requestsMade.sum();
    }

    /**
     * Waits for {@code channel} to become readable through its {@link ReadArm} (see there): asks
     * the poller only when the interest is off. Returns when the poller settled {@code waiter}
     * (with the bytes it read, or nothing), or {@code waiter} was woken by someone else (a close),
     * or {@code limitNanos} (0: no limit) passed since {@code sinceNanos}.
     *
     * @return false if the time ran out first and nothing was read
     * @throws InterruptedException if the thread is interrupted while waiting and the poller had
     *         not read for it yet; the channel is untouched
     */
    boolean awaitReadable(SocketChannel channel, ReadArm arm, ReadArm.ReadWaiter waiter, long sinceNanos,
            long limitNanos) throws InterruptedException {
        if (limitNanos != 0 && limitNanos - (System.nanoTime() - sinceNanos) <= 0) {
            return false; // already out of time: do not even arm
        }
        if (!arm.enter(waiter)) {
            request(new Interest(channel, SelectionKey.OP_READ, waiter, arm));
        }
        while (true) {
            if (waiter.isSettled()) {
                return true;
            }
            if (Thread.interrupted()) {
                if (arm.withdraw(waiter)) {
                    throw new InterruptedException();
                }
                waiter.awaitSettled(); // the poller is reading for us: take it, keep the interrupt
                Thread.currentThread().interrupt();
                return true;
            }
            long remaining = Long.MAX_VALUE;
            if (limitNanos != 0) {
                remaining = limitNanos - (System.nanoTime() - sinceNanos); // no overflow for huge limits
            }
            if (remaining <= 0 || waiter.isReady()) { // out of time, or woken by a close
                if (!arm.withdraw(waiter)) {
                    waiter.awaitSettled();
                }
                return remaining > 0 || waiter.isSettled();
            }
            if (limitNanos == 0) {
                LockSupport.park(waiter);
            } else {
                LockSupport.parkNanos(waiter, remaining);
            }
        }
    }

    /**
     * Parks until {@code waiter} is woken; an interrupt wins over readiness (nothing was consumed,
     * so throwing loses no data).
     */
    static void park(Waiter waiter) throws InterruptedException {
        while (true) {
            if (Thread.interrupted()) {
                waiter.cancel();
                throw new InterruptedException();
            }
            if (waiter.isReady()) {
                return;
            }
            LockSupport.park(waiter);
        }
    }

    /**
     * Watches a thread that just opened a hot-wait selector (see {@link ThreadSelector}): when the
     * thread stops waiting on it, the poller closes that selector, so a thread that stopped
     * receiving (or ended) holds no descriptor.
     */
    void watchIdle(ThreadSelector threadSelector) {
        request(threadSelector);
    }

    /**
     * Waits until every key cancelled before this call (by closing its channel) is deregistered,
     * so that the closed channels' file descriptors are released. Not interruptible: close() must
     * finish; an interrupt is kept for the caller.
     */
    void awaitDeregistration() {
        Waiter waiter = new Waiter();
        request(new Deregistration(waiter));
        boolean interrupted = false;
        while (!waiter.isReady()) {
            LockSupport.park(waiter);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes {@code channel}; if it was ever registered here, waits until its fd is released. */
    static void close(SelectableChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a channel failed", e);
        }
        if (channel.isRegistered()) {
            get().awaitDeregistration();
        }
    }

    // ## The poller thread ##

    private void run() {
        List<Waiter> deregistrations = new ArrayList<>();
        List<ThreadSelector> hotWaits = new ArrayList<>(); // threads holding a hot-wait selector
        boolean yieldWhileBusy = TaskThreads.currentIsVirtual();
        int found = 0;
        while (true) {
            try {
                if (yieldWhileBusy && found > 0) {
                    // A virtual poller that just found events: let the threads it woke run on
                    // this carrier, then look again without blocking (theory of operation).
                    Thread.yield();
                    found = selector.selectNow(this::dispatch);
                } else if (!requests.isEmpty()) {
                    // Never block while a request is queued: its wakeup() may have been consumed
                    // by the selectNow() below (selectNow clears a pending wake-up), and blocking
                    // here would then strand it, together with the thread parked on it. A request
                    // added after this check calls wakeup() after it, which select() does honour.
                    found = selector.selectNow(this::dispatch);
                } else if (hotWaits.isEmpty()) {
                    found = selector.select(this::dispatch);
                } else {
                    found = selector.select(this::dispatch, IDLE_CHECK_MILLIS);
                }
                Object request;
                while ((request = requests.poll()) != null) {
                    if (request instanceof Interest interest) {
                        apply(interest);
                    } else if (request instanceof ThreadSelector hotWait) {
                        hotWaits.add(hotWait);
                    } else {
                        deregistrations.add(((Deregistration) request).waiter());
                    }
                }
                if (!hotWaits.isEmpty()) {
                    long now = System.nanoTime();
                    hotWaits.removeIf(hotWait -> hotWait.releaseIfIdle(now));
                }
                if (!deregistrations.isEmpty()) {
                    // selectNow() deregisters every key cancelled so far; the JDK then closes
                    // the fds of the channels that were waiting for it.
                    selector.selectNow(this::dispatch);
                    deregistrations.forEach(Waiter::wake);
                    deregistrations.clear();
                }
            } catch (Throwable e) { // the poller must outlive any single failure
                LOG.log(Level.WARNING, "socket poller iteration failed", e);
                deregistrations.forEach(Waiter::wake);
                deregistrations.clear();
            }
        }
    }

    private void apply(Interest interest) {
        try {
            SelectionKey key = interest.channel().keyFor(selector);
            if (key == null) {
                key = interest.channel().register(selector, interest.op(), new Slots());
            } else {
                key.interestOps(key.interestOps() | interest.op());
            }
            Slots slots = (Slots) key.attachment();
            ReadArm arm = interest.arm();
            if (arm != null) {
                slots.arm = arm; // the waiter is in the arm already
            } else if ((interest.op() & READ_SIDE) != 0) {
                slots.reader = interest.waiter();
            } else {
                slots.writer = interest.waiter();
            }
        } catch (ClosedChannelException | CancelledKeyException e) {
            // Closed meanwhile: wake the waiter so it retries and sees the closed channel.
            ReadArm arm = interest.arm();
            if (arm != null) {
                arm.disarm();
            }
            interest.waiter().wake();
        }
    }

    private void dispatch(SelectionKey key) {
        Slots slots = (Slots) key.attachment();
        try {
            int ready = key.readyOps();
            int off = ready; // one-shot: the waiter re-registers if needed
            ReadArm arm = slots.arm;
            if ((ready & READ_SIDE) != 0) {
                if (arm != null) {
                    if (arm.onReadable((SocketChannel) key.channel(), readScratch)) {
                        off &= ~SelectionKey.OP_READ; // armed: the interest stays on
                    }
                } else {
                    wakeReader(slots);
                }
            }
            key.interestOps(key.interestOps() & ~off);
            if ((ready & WRITE_SIDE) != 0) {
                wakeWriter(slots);
            }
        } catch (CancelledKeyException e) {
            if (slots.arm != null) {
                slots.arm.disarm();
            }
            wakeReader(slots);
            wakeWriter(slots);
        }
    }

    private static void wakeReader(Slots slots) {
        Waiter waiter = slots.reader;
        slots.reader = null;
        if (waiter != null) {
            waiter.wake();
        }
    }

    private static void wakeWriter(Slots slots) {
        Waiter waiter = slots.writer;
        slots.writer = null;
        if (waiter != null) {
            waiter.wake();
        }
    }
}
