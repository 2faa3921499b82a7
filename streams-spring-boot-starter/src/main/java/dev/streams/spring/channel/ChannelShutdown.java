package dev.streams.spring.channel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One run of {@link MemoryChannels#stop()}: closes every channel in dependency order, all against
 * one clock, on the calling thread.
 *
 * <h2>Theory of operation</h2>
 * Channel A is <em>upstream</em> of channel B when a consumer of A may send into B: B is A's
 * {@code dead-letter-channel}, or the bean declaring A's {@code @ChannelListener} depends (directly or
 * through other beans) on B's {@code <name>Stream} or {@code <name>SendStream} bean. Edges that lie
 * on a cycle are ignored (a cycle has no order; its channels close as if independent), and so is a
 * consumer sending into its own channel.
 *
 * <p>Each channel moves through stages, advanced by one loop that wakes whenever a consumer ends
 * or a deadline passes:
 * <ol>
 *   <li>OPEN: its send side stays open until every upstream channel is DONE (or its drain deadline
 *       passes), so items forwarded during the upstream drain are delivered;</li>
 *   <li>DRAINING: send side closed; its consumers finish the buffer and end at end of stream (a
 *       channel without consumers waits for the buffer to empty, whoever receives);</li>
 *   <li>CLOSING: the drain deadline passed: the consumers' receive clones are closed, which ends a
 *       consumer waiting in receive and leaves the rest of the buffer undelivered;</li>
 *   <li>INTERRUPTING: a consumer still busy with an item after a grace period is interrupted;</li>
 *   <li>DONE: the receive stream bean closes; what is left (buffered items, items a consumer was
 *       interrupted on, consumers that ignored the interrupt) is counted and logged.</li>
 * </ol>
 * The drain deadline is {@code drain-timeout} minus two grace periods after shutdown began, so a
 * channel is DONE within its {@code drain-timeout} even when consumers must be interrupted.
 *
 * <p>Not thread-safe: used once, by the thread running {@code stop()}.
 */
final class ChannelShutdown {

    private static final Log logger = LogFactory.getLog(MemoryChannels.class);

    /** Longest grace period for consumers to notice a closed stream, and then an interrupt. */
    private static final Duration MAX_GRACE = Duration.ofMillis(500);

    /** How often a channel without consumers checks whether someone emptied its buffer. */
    private static final long BUFFER_POLL_NANOS = Duration.ofMillis(10).toNanos();

    private enum Stage {
        OPEN, DRAINING, CLOSING, INTERRUPTING, DONE
    }

    private final class Drain {

        final MemoryChannel<?> channel;

        final List<ChannelConsumer> consumers = new ArrayList<>();

        final Set<Drain> upstream = new HashSet<>();

        final long grace;

        final long drainDeadline;

        Stage stage = Stage.OPEN;

        long stageDeadline;

        Drain(MemoryChannel<?> channel, long start) {
            this.channel = channel;
            long timeout = channel.drainTimeout().toNanos();
            this.grace = Math.min(MAX_GRACE.toNanos(), timeout / 4);
            this.drainDeadline = start + timeout - 2 * this.grace;
        }

        boolean consumersEnded() {
            for (ChannelConsumer consumer : this.consumers) {
                if (consumer.isAlive()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Drain> drains = new LinkedHashMap<>();

    private final MemoryChannels.ExitSignal exits;

    ChannelShutdown(Collection<MemoryChannel<?>> channels, Collection<ChannelConsumer> consumers,
            MemoryChannels.ExitSignal exits) {
        this.exits = exits;
        long start = System.nanoTime();
        for (MemoryChannel<?> channel : channels) {
            this.drains.put(channel.name(), new Drain(channel, start));
        }
        for (ChannelConsumer consumer : consumers) {
            Drain own = this.drains.get(consumer.channel().name());
            own.consumers.add(consumer);
            Set<String> targets = new HashSet<>(consumer.feeds());
            if (consumer.channel().deadLetterChannel() != null) {
                targets.add(consumer.channel().deadLetterChannel());
            }
            for (String target : targets) {
                Drain downstream = this.drains.get(target);
                if (downstream != null && downstream != own) {
                    downstream.upstream.add(own);
                }
            }
        }
        breakCycles();
    }

    /** The upstream relation restricted to its acyclic part. */
    private void breakCycles() {
        Map<Drain, Set<Drain>> cyclic = new LinkedHashMap<>();
        for (Drain drain : this.drains.values()) {
            for (Drain up : drain.upstream) {
                if (reaches(drain, up)) { // up feeds drain, and drain (transitively) feeds up
                    cyclic.computeIfAbsent(drain, d -> new HashSet<>()).add(up);
                }
            }
        }
        cyclic.forEach((drain, ups) -> {
            drain.upstream.removeAll(ups);
            logger.debug("Memory channel '" + drain.channel.name() + "' feeds back into its own producers; it closes"
                    + " without waiting for them");
        });
    }

    /** Whether items can flow from {@code from} to {@code to}. */
    private static boolean reaches(Drain from, Drain to) {
        Deque<Drain> pending = new ArrayDeque<>();
        Set<Drain> seen = new HashSet<>();
        pending.add(to);
        // walk upstream from `to`: does `from` feed it?
        while (!pending.isEmpty()) {
            Drain d = pending.poll();
            for (Drain up : d.upstream) {
                if (up == from) {
                    return true;
                }
                if (seen.add(up)) {
                    pending.add(up);
                }
            }
        }
        return false;
    }

    /** Runs the shutdown; returns with the interrupt flag set if the caller was interrupted. */
    void run() {
        boolean interrupted = false;
        while (true) {
            long observed = this.exits.count();
            long now = System.nanoTime();
            boolean allDone = true;
            long wakeAt = now + Duration.ofSeconds(1).toNanos();
            for (Drain drain : this.drains.values()) {
                advance(drain, now);
                if (drain.stage != Stage.DONE) {
                    allDone = false;
                    wakeAt = Math.min(wakeAt, nextDeadline(drain, now));
                }
            }
            if (allDone) {
                break;
            }
            try {
                this.exits.awaitChange(observed, Math.max(0, wakeAt - System.nanoTime()));
            } catch (InterruptedException e) {
                interrupted = true; // finish quickly: every deadline is treated as passed
                for (Drain drain : this.drains.values()) {
                    interruptNow(drain);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private long nextDeadline(Drain drain, long now) {
        return switch (drain.stage) {
            case OPEN -> drain.drainDeadline;
            case DRAINING -> drain.consumers.isEmpty() ? Math.min(drain.drainDeadline, now + BUFFER_POLL_NANOS)
                    : drain.drainDeadline;
            case CLOSING, INTERRUPTING -> drain.stageDeadline;
            case DONE -> Long.MAX_VALUE;
        };
    }

    private void advance(Drain drain, long now) {
        if (drain.stage == Stage.OPEN && (upstreamDone(drain) || now - drain.drainDeadline >= 0)) {
            drain.channel.sendStream().close();
            drain.stage = Stage.DRAINING;
        }
        if (drain.stage == Stage.DRAINING) {
            boolean drained = drain.consumers.isEmpty() ? drain.channel.statistics().currentBufferUsed() == 0
                    : drain.consumersEnded();
            if (drained) {
                finish(drain);
            } else if (now - drain.drainDeadline >= 0) {
                for (ChannelConsumer consumer : drain.consumers) {
                    consumer.closeStream();
                }
                drain.stage = Stage.CLOSING;
                drain.stageDeadline = now + drain.grace;
            }
        }
        if (drain.stage == Stage.CLOSING) {
            if (drain.consumersEnded()) {
                finish(drain);
            } else if (now - drain.stageDeadline >= 0) {
                for (ChannelConsumer consumer : drain.consumers) {
                    consumer.interruptIfAlive(); // still busy with one item after the grace period
                }
                drain.stage = Stage.INTERRUPTING;
                drain.stageDeadline = now + drain.grace;
            }
        }
        if (drain.stage == Stage.INTERRUPTING && (drain.consumersEnded() || now - drain.stageDeadline >= 0)) {
            finish(drain);
        }
    }

    private void interruptNow(Drain drain) {
        if (drain.stage == Stage.DONE) {
            return;
        }
        drain.channel.sendStream().close();
        for (ChannelConsumer consumer : drain.consumers) {
            consumer.closeStream();
            consumer.interruptIfAlive();
        }
        finish(drain);
    }

    private static boolean upstreamDone(Drain drain) {
        for (Drain up : drain.upstream) {
            if (up.stage != Stage.DONE) {
                return false;
            }
        }
        return true;
    }

    private void finish(Drain drain) {
        MemoryChannel<?> channel = drain.channel;
        for (ChannelConsumer consumer : drain.consumers) {
            consumer.closeStream();
        }
        int left = channel.statistics().currentBufferUsed();
        List<String> stuck = new ArrayList<>();
        for (ChannelConsumer consumer : drain.consumers) {
            if (consumer.exitedHoldingItem()) {
                left++;
            } else if (consumer.isAlive()) {
                stuck.add(consumer.name());
                if (consumer.holdingItem()) {
                    left++;
                }
            }
        }
        channel.receiveStream().close();
        drain.stage = Stage.DONE;
        if (!stuck.isEmpty()) {
            logger.warn("Memory channel '" + channel.name() + "': consumer thread(s) " + stuck
                    + " ignored the interrupt and are still running after the drain timeout of "
                    + channel.drainTimeout());
        }
        if (left > 0) {
            logger.warn("Memory channel '" + channel.name() + "' closed with " + left
                    + " undelivered item(s) (left in its buffer or in hand when a consumer was interrupted)"
                    + " after a drain timeout of " + channel.drainTimeout());
        } else if (logger.isDebugEnabled()) {
            logger.debug("Memory channel '" + channel.name() + "' drained and closed");
        }
    }
}
