package dev.streams.net;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Happy Eyeballs connection racing (RFC 8305 §4-5): try a host's addresses in an order that
 * alternates address families, starting the next attempt {@code delay} after the previous one
 * started, or at once when it fails; the first attempt to connect wins and every other is closed.
 *
 * <p>All attempts run on the calling thread: each is a non-blocking {@link SocketChannel}, checked
 * once right after it starts (over loopback it is usually connected by then), whose later connect
 * completion arrives through the {@link SocketPoller}, and the caller parks until either
 * an attempt is ready or the next one is due. No helper threads, so nothing to leak or cancel but
 * the channels, and those are closed in a {@code finally}. Not thread-safe state; static entry points.
 */
final class HappyEyeballs {

    /** RFC 8305 §5 recommends 250 ms ("Connection Attempt Delay"). */
    static final long DEFAULT_DELAY_NANOS = 250_000_000L;

    private HappyEyeballs() {
    }

    /**
     * Orders addresses as RFC 8305 §4 says: interleave the families, starting with the family of
     * the first address (the resolver's preference), keeping each family's own order.
     */
    static List<InetAddress> order(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        boolean firstIsV6 = addresses.get(0) instanceof Inet6Address;
        Deque<InetAddress> preferred = new ArrayDeque<>();
        Deque<InetAddress> other = new ArrayDeque<>();
        for (InetAddress address : addresses) {
            ((address instanceof Inet6Address) == firstIsV6 ? preferred : other).add(address);
        }
        List<InetAddress> ordered = new ArrayList<>(addresses.size());
        while (!preferred.isEmpty() || !other.isEmpty()) {
            if (!preferred.isEmpty()) {
                ordered.add(preferred.poll());
            }
            if (!other.isEmpty()) {
                ordered.add(other.poll());
            }
        }
        return ordered;
    }

    /** One connection attempt in flight. */
    private static final class Attempt {
        final InetSocketAddress target;
        final SocketChannel channel;
        SocketPoller.Waiter waiter = new SocketPoller.Waiter(); // replaced by each listen()

        Attempt(InetSocketAddress target, SocketChannel channel) {
            this.target = target;
            this.channel = channel;
        }
    }

    /** {@link #connect(List, long, long)} without a time limit. */
    static SocketChannel connect(List<InetSocketAddress> targets, long delayNanos) throws InterruptedException {
        return connect(targets, delayNanos, Long.MAX_VALUE);
    }

    /**
     * Connects to the first target that accepts, racing them in the given order.
     *
     * @param delayNanos time between the starts of two attempts while the earlier one is pending
     * @param timeoutNanos how long the whole race may take; the attempts still pending then fail
     *        with a {@link SocketTimeoutException}
     * @return the connected channel, non-blocking; the caller owns it
     * @throws ConnectFailedException if every attempt failed or timed out (each failure suppressed, in order)
     * @throws InterruptedException if interrupted; every attempt is closed
     */
    static SocketChannel connect(List<InetSocketAddress> targets, long delayNanos, long timeoutNanos)
            throws InterruptedException {
        List<IOException> failures = new ArrayList<>();
        List<Attempt> running = new ArrayList<>();
        @Nullable SocketChannel winner = null;
        int next = 0;
        long started = System.nanoTime();
        long nextStart = started;
        try {
            while (winner == null) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long now = System.nanoTime();
                long remaining = timeoutNanos - (now - started); // written so that a huge timeout cannot overflow
                if (remaining <= 0) {
                    throw timedOut(running, failures, timeoutNanos);
                }
                if (next < targets.size() && (running.isEmpty() || now - nextStart >= 0)) {
                    InetSocketAddress target = targets.get(next++);
                    nextStart = now + delayNanos;
                    try {
                        Attempt attempt = start(target);
                        if (attempt.channel.isConnected()) {
                            winner = attempt.channel;
                        } else {
                            running.add(attempt);
                            listen(attempt);
                        }
                    } catch (IOException e) {
                        failures.add(e);
                        nextStart = now; // a failure starts the next attempt at once (RFC 8305 §5)
                    }
                    continue;
                }
                if (running.isEmpty()) {
                    ConnectFailedException failed = new ConnectFailedException();
                    failures.forEach(failed::addSuppressed);
                    throw failed;
                }
                boolean progressed = false;
                for (int i = 0; i < running.size() && winner == null; i++) {
                    Attempt attempt = running.get(i);
                    if (!attempt.waiter.isReady()) {
                        continue;
                    }
                    progressed = true;
                    try {
                        if (attempt.channel.finishConnect()) {
                            winner = attempt.channel;
                            running.remove(i);
                        } else {
                            listen(attempt); // spurious readiness: keep waiting
                        }
                    } catch (IOException e) {
                        failures.add(withTarget(e, attempt.target));
                        running.remove(i--);
                        SocketPoller.close(attempt.channel);
                        nextStart = System.nanoTime();
                    }
                }
                if (!progressed && winner == null) {
                    long untilNext = next < targets.size() ? nextStart - System.nanoTime() : Long.MAX_VALUE;
                    awaitAnyReady(running, Math.min(untilNext, remaining));
                }
            }
            return winner;
        } finally {
            for (Attempt attempt : running) {
                attempt.waiter.cancel();
                SocketPoller.close(attempt.channel); // losers, pending or late, never leak
            }
        }
    }

    private static Attempt start(InetSocketAddress target) throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(target.getAddress() instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        } catch (UnsupportedOperationException e) { // e.g. IPv6 disabled in this JVM
            throw withTarget(new SocketException(e.getMessage()), target);
        }
        try {
            channel.configureBlocking(false);
            if (!channel.connect(target)) {
                // Over loopback the kernel usually completes the handshake before connect()
                // returns EINPROGRESS: one non-blocking check then saves the wait through the
                // poller (register, wake-up, hand-off) and the deregistration on close.
                channel.finishConnect();
            }
            return new Attempt(target, channel);
        } catch (IOException | RuntimeException e) {
            SocketPoller.close(channel);
            if (e instanceof IOException io) {
                throw withTarget(io, target);
            }
            throw e;
        }
    }

    private static void listen(Attempt attempt) {
        attempt.waiter = new SocketPoller.Waiter();
        SocketPoller.get().register(attempt.channel, SelectionKey.OP_CONNECT, attempt.waiter);
    }

    /** The race ran out of time: every pending attempt fails with a timeout, after the earlier failures. */
    private static ConnectFailedException timedOut(List<Attempt> running, List<IOException> failures,
            long timeoutNanos) {
        ConnectFailedException failed = new ConnectFailedException();
        failures.forEach(failed::addSuppressed);
        for (Attempt attempt : running) {
            failed.addSuppressed(withTarget(new SocketTimeoutException(
                    "Connect timed out after " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"), attempt.target));
        }
        return failed;
    }

    /** Parks until an attempt is ready or {@code nanos} passed. */
    private static void awaitAnyReady(List<Attempt> running, long nanos) throws InterruptedException {
        long since = System.nanoTime();
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            for (Attempt attempt : running) {
                if (attempt.waiter.isReady()) {
                    return;
                }
            }
            long remaining = nanos - (System.nanoTime() - since);
            if (remaining <= 0) {
                return;
            }
            LockSupport.parkNanos(running, remaining);
        }
    }

    /**
     * The JDK's connect exceptions say "Connection refused" without the address; with several
     * attempts the reader needs to know which is which. Same type, so callers can still tell a
     * refusal ({@link java.net.ConnectException}) from the rest.
     */
    private static IOException withTarget(IOException e, InetSocketAddress target) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        String message = reason + " (" + Tcp.formatHostPort(target.getAddress().getHostAddress(),
                target.getPort()) + ")";
        IOException annotated;
        if (e instanceof java.net.ConnectException) {
            annotated = new java.net.ConnectException(message);
        } else if (e instanceof SocketTimeoutException) {
            annotated = new SocketTimeoutException(message);
        } else if (e instanceof java.net.NoRouteToHostException) {
            annotated = new java.net.NoRouteToHostException(message);
        } else if (e instanceof SocketException) {
            annotated = new SocketException(message);
        } else {
            annotated = new IOException(message);
        }
        annotated.initCause(e);
        return annotated;
    }
}
