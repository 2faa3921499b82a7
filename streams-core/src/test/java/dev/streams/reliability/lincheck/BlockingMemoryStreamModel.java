package dev.streams.reliability.lincheck;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The sequential specification of the blocking operations, written from API.md §3 and §12: a
 * blocking call takes effect at a moment when it can complete, so sequentially it either completes
 * or is impossible here ({@link #BLOCKED}, a result no real call returns, which makes Lincheck look
 * for another order). Interrupts are a flag per actor thread: the next blocking call of that thread
 * that takes effect after the interrupt throws {@code InterruptedException} and changes nothing (an
 * interrupted waiter is never handed an item; a call that took its item before the interrupt
 * returns it and leaves the flag for the next call, checkpoint first); non-blocking calls ignore it.
 *
 * <p>A rendezvous (size 0) has no buffer; a completed {@code send} is matched by exactly one
 * {@code receive}. Sequentially the send comes first and leaves its item {@link #offered} until a
 * receive takes it, which keeps items FIFO and makes an item whose send completed but which nobody
 * received visible to the post part. The model cannot tell whether a receiver is blocked, so the
 * generator gives rendezvous scenarios no {@code sendNowait} and no timed send.
 *
 * <p>Not thread-safe: Lincheck runs it on one thread.
 */
public abstract class BlockingMemoryStreamModel {

    /** What a call returns in an order where it could not have completed yet. */
    static final String BLOCKED = "(blocked)";

    private final int maxBufferSize;
    private final ArrayDeque<Integer> buffer = new ArrayDeque<>();
    /** Rendezvous only: items of completed sends that no receive took yet, oldest first. */
    private final ArrayDeque<Integer> offered = new ArrayDeque<>();
    private boolean sendClosed;
    private boolean receiveClosed;
    private final boolean[] interrupted = new boolean[BlockingMemoryStreamOperations.THREADS + 1];

    BlockingMemoryStreamModel(int maxBufferSize) {
        this.maxBufferSize = maxBufferSize;
    }

    public Object send(int item, int thread) {
        if (takeInterrupt(thread)) {
            return "Interrupted";
        }
        Object refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (maxBufferSize == 0) {
            offered.addLast(item);
            return "Sent";
        }
        if (buffer.size() < maxBufferSize) {
            buffer.addLast(item);
            return "Sent";
        }
        return BLOCKED;
    }

    public Object sendTimed(int item, int thread) {
        Object result = send(item, thread);
        return result == BLOCKED ? "TimedOut" : result;
    }

    public Object sendNowait(int item, int thread) {
        Object refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (buffer.size() < maxBufferSize) {
            buffer.addLast(item);
            return "Sent";
        }
        return "WouldBlock";
    }

    public Object receive(int thread) {
        if (takeInterrupt(thread)) {
            return "Interrupted";
        }
        Object result = receiveNowait(thread);
        return "WouldBlock".equals(result) ? BLOCKED : result;
    }

    public Object receiveTimed(int thread) {
        Object result = receive(thread);
        return result == BLOCKED ? "TimedOut" : result;
    }

    public Object receiveNowait(int thread) {
        if (receiveClosed) {
            return "Closed";
        }
        if (!buffer.isEmpty()) {
            return buffer.pollFirst();
        }
        if (!offered.isEmpty()) {
            return offered.pollFirst();
        }
        return sendClosed ? "EndOfStream" : "WouldBlock";
    }

    public Object closeSend(int thread) {
        sendClosed = true; // offered items stay: their receives come later in this order
        return "Closed";
    }

    public Object closeReceive(int thread) {
        receiveClosed = true;
        return "Closed";
    }

    public Object closedFlags(int thread) {
        return List.of(sendClosed, receiveClosed);
    }

    public Object statistics(int thread) {
        return List.of(buffer.size(), sendClosed ? 0 : 1, receiveClosed ? 0 : 1);
    }

    /** The same as {@link #statistics}: sequentially nobody waits. */
    public Object statisticsOnceSettled(int calls0, int calls1, int thread) {
        return statistics(thread);
    }

    public Object interrupt(int target, int calls, int thread) {
        interrupted[target] = true;
        return "Interrupted " + target;
    }

    /** Closed wins over broken: both handles are the originals, so "closed" means the send side. */
    private Object refusal() {
        if (sendClosed) {
            return "Closed";
        }
        return receiveClosed ? "Broken" : null;
    }

    private boolean takeInterrupt(int thread) {
        boolean was = interrupted[thread];
        interrupted[thread] = false;
        return was;
    }
}
