package dev.streams.reliability.lincheck;

import dev.streams.memory.MemoryObjectStreamStatistics;
import java.util.ArrayDeque;

/**
 * The sequential specification of the non-blocking part of a memory object stream, written from
 * API.md section 3 and the AnyIO checklist rather than from the implementation: a FIFO buffer of
 * at most {@code maxBufferSize} items, open-handle counts per side, closed before broken, and the
 * buffer draining before end of stream. With only non-blocking calls nobody ever waits, so a
 * rendezvous stream (size 0) never accepts a {@code sendNowait}.
 *
 * <p>Method names and parameters mirror {@link MemoryStreamOperations}, which is how Lincheck pairs
 * them. Not thread-safe: Lincheck runs it on one thread.
 */
public abstract class MemoryStreamModel {

    /** A modelled handle: only whether it is closed matters. */
    private static final class Handle {
        boolean closed;
    }

    private final int maxBufferSize;
    private final ArrayDeque<Integer> buffer = new ArrayDeque<>();
    private int openSend = 1;
    private int openReceive = 1;
    private final Handle sendStream = new Handle();
    private final Handle receiveStream = new Handle();
    private final Handle[] sendClones = new Handle[MemoryStreamOperations.SLOTS];
    private final Handle[] receiveClones = new Handle[MemoryStreamOperations.SLOTS];

    MemoryStreamModel(int maxBufferSize) {
        this.maxBufferSize = maxBufferSize;
    }

    public Object sendNowait(int item, boolean viaClone, int thread) {
        Handle handle = viaClone ? sendClones[MemoryStreamOperations.slot(thread)] : sendStream;
        if (handle == null) {
            return "NoHandle";
        }
        if (handle.closed) {
            return "Closed"; // checklist 24: closed takes precedence over broken
        }
        if (openReceive == 0) {
            return "Broken";
        }
        if (buffer.size() < maxBufferSize) {
            buffer.addLast(item);
            return "Sent";
        }
        return "WouldBlock";
    }

    public Object receiveNowait(boolean viaClone, int thread) {
        Handle handle = viaClone ? receiveClones[MemoryStreamOperations.slot(thread)] : receiveStream;
        if (handle == null) {
            return "NoHandle";
        }
        if (handle.closed) {
            return "Closed";
        }
        if (!buffer.isEmpty()) {
            return buffer.pollFirst();
        }
        return openSend == 0 ? "EndOfStream" : "WouldBlock";
    }

    public Object cloneSend(int thread) {
        int slot = MemoryStreamOperations.slot(thread);
        Handle source = sendClones[slot] == null ? sendStream : sendClones[slot];
        if (source.closed) {
            return "Closed";
        }
        openSend++;
        sendClones[slot] = new Handle();
        return "Cloned";
    }

    public Object cloneReceive(int thread) {
        int slot = MemoryStreamOperations.slot(thread);
        Handle source = receiveClones[slot] == null ? receiveStream : receiveClones[slot];
        if (source.closed) {
            return "Closed";
        }
        openReceive++;
        receiveClones[slot] = new Handle();
        return "Cloned";
    }

    public Object closeSend(boolean viaClone, int thread) {
        Handle handle = viaClone ? sendClones[MemoryStreamOperations.slot(thread)] : sendStream;
        if (handle == null) {
            return "NoHandle";
        }
        if (!handle.closed) {
            handle.closed = true;
            openSend--;
        }
        return "Closed";
    }

    public Object closeReceive(boolean viaClone, int thread) {
        Handle handle = viaClone ? receiveClones[MemoryStreamOperations.slot(thread)] : receiveStream;
        if (handle == null) {
            return "NoHandle";
        }
        if (!handle.closed) {
            handle.closed = true;
            openReceive--;
        }
        return "Closed";
    }

    public Object statistics() {
        return new MemoryObjectStreamStatistics(buffer.size(), maxBufferSize, openSend, openReceive, 0, 0);
    }
}
