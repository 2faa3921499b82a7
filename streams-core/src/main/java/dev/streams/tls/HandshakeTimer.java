package dev.streams.tls;

import dev.streams.ByteStream;
import dev.streams.TaskThreads;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The TLS deadlines of the whole JVM on one shared daemon thread: handshake timeouts, and the bound
 * on the courtesy send of close_notify or an alert. 10 000 concurrent handshakes cost 10 000 queue
 * entries, not 10 000 threads.
 *
 * <p>The timer thread never runs a close itself: closing a transport may block (a TLS stream used
 * as a transport sends its own close_notify; a user's transport may do anything), and one blocked
 * close would stall every other deadline of the JVM. {@link #closeAt} hands the close to a new
 * thread ({@code streams-tls-deadline-close}) when the deadline passes.
 *
 * <p>Why not a {@code ScheduledThreadPoolExecutor} (used before, issue 15): it wakes its thread
 * whenever a new task becomes the head of its queue, and since nearly every deadline is cancelled
 * long before it passes, the queue is mostly empty and every handshake's deadline is a new head:
 * two wake-ups of the timer thread per handshake (one per end) and two more per close (the
 * courtesy sends), about 5.5 futex calls per handshake on the timer thread alone
 * (docs/tcp-and-tls.md). This timer remembers when its thread will look at the queue next
 * ({@code plannedWake}) and wakes it only for a deadline before that; a cancel never wakes it (the
 * thread may wake for a deadline that is gone, finds nothing due and plans again). Deadlines are
 * kept in a sorted set, so a cancel removes its entry at once (O(log n)).
 */
final class HandshakeTimer {

    private static final System.Logger LOG = System.getLogger(HandshakeTimer.class.getName());

    /** The name of the timer thread (tests that look for leaked threads skip it). */
    static final String THREAD_NAME = "streams-tls-handshake-timer";

    /** Longer delays are cut to this (about 73 years), so that deadlines never overflow. */
    private static final long MAX_DELAY_NANOS = Long.MAX_VALUE / 4;

    /** Deadlines count from here: {@code System.nanoTime() - ORIGIN} stays small and positive. */
    private static final long ORIGIN = System.nanoTime();

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final AtomicLong WAKE_UPS = new AtomicLong(); // for tests: how often a schedule woke the thread
    private static final ReentrantLock LOCK = new ReentrantLock();
    // Guarded by LOCK: the pending deadlines, earliest first; the timer thread (started on first
    // use); whether it sleeps with no deadline; and otherwise when it looks at the queue next.
    private static final TreeSet<Task> QUEUE = new TreeSet<>(
            Comparator.<Task>comparingLong(task -> task.due).thenComparingLong(task -> task.sequence));
    private static @Nullable Thread thread;
    private static boolean sleepingForGood = true;
    private static long plannedWake;

    private HandshakeTimer() {
    }

    /** One deadline: runs its action once when due, unless cancelled first. */
    private static final class Task extends FutureTask<Void> {
        final long due; // nanoseconds since ORIGIN
        final long sequence = SEQUENCE.getAndIncrement();

        Task(Runnable action, long due) {
            super(action, null);
            this.due = due;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                LOCK.lock();
                try {
                    QUEUE.remove(this); // never wakes the timer thread
                } finally {
                    LOCK.unlock();
                }
            }
            return cancelled;
        }
    }

    /** Runs {@code task} (which must be quick and never block) on the timer thread after {@code delay}. */
    static Future<?> schedule(Runnable task, Duration delay) {
        long nanos;
        try {
            nanos = Math.max(0, Math.min(delay.toNanos(), MAX_DELAY_NANOS));
        } catch (ArithmeticException e) {
            nanos = MAX_DELAY_NANOS; // a timeout of centuries is no timeout
        }
        Task scheduled = new Task(task, now() + nanos);
        Thread wake = null;
        LOCK.lock();
        try {
            QUEUE.add(scheduled);
            if (sleepingForGood || scheduled.due < plannedWake) {
                // The thread would look too late (or never): wake it so that it plans again.
                sleepingForGood = false;
                plannedWake = scheduled.due;
                if (thread == null) {
                    thread = new Thread(HandshakeTimer::run, THREAD_NAME);
                    thread.setDaemon(true);
                    thread.start();
                } else {
                    wake = thread;
                }
            }
        } finally {
            LOCK.unlock();
        }
        if (wake != null) {
            WAKE_UPS.incrementAndGet();
            LockSupport.unpark(wake);
        }
        return scheduled;
    }

    /** How many times a schedule has woken the timer thread so far (tests). */
    static long wakeUps() {
        return WAKE_UPS.get();
    }

    /** How many deadlines are pending (tests). */
    static int pending() {
        LOCK.lock();
        try {
            return QUEUE.size();
        } finally {
            LOCK.unlock();
        }
    }

    private static long now() {
        return System.nanoTime() - ORIGIN;
    }

    /** The timer thread: runs what is due, then sleeps until the earliest deadline (or a wake-up). */
    private static void run() {
        while (true) {
            Task due = null;
            long sleep = 0;
            LOCK.lock();
            try {
                Task head = QUEUE.isEmpty() ? null : QUEUE.first();
                long now = now();
                if (head == null) {
                    sleepingForGood = true;
                } else if (head.due <= now) {
                    QUEUE.pollFirst();
                    due = head;
                } else {
                    sleepingForGood = false;
                    plannedWake = head.due;
                    sleep = head.due - now;
                }
            } finally {
                LOCK.unlock();
            }
            if (due != null) {
                due.run(); // FutureTask: runs only if not cancelled, keeps what it throws
                if (!due.isCancelled()) {
                    logFailure(due);
                }
            } else if (sleep == 0) {
                LockSupport.park(HandshakeTimer.class);
            } else {
                LockSupport.parkNanos(HandshakeTimer.class, sleep);
            }
        }
    }

    private static void logFailure(Task task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "a TLS deadline task failed", e.getCause());
        } catch (InterruptedException | CancellationException e) {
            // not a failure of the task
        }
    }

    /**
     * Closes {@code transport} after {@code delay} unless the returned deadline is settled first;
     * {@code beforeClose} runs on the timer thread just before the close is handed off.
     */
    static Deadline closeAt(ByteStream transport, Duration delay, Runnable beforeClose) {
        Deadline deadline = new Deadline();
        deadline.future = schedule(() -> {
            if (deadline.settled.compareAndSet(false, true)) {
                beforeClose.run();
                TaskThreads.start("streams-tls-deadline-close", transport::close);
            }
        }, delay);
        return deadline;
    }

    /** A pending close; {@link #settle()} decides the race with the timer exactly once. */
    static final class Deadline {
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile Future<?> future;

        /** Cancels the close; returns false if the deadline already passed (the transport is being closed). */
        boolean settle() {
            boolean won = settled.compareAndSet(false, true);
            Future<?> pending = future;
            if (pending != null) {
                pending.cancel(false);
            }
            return won;
        }
    }
}
