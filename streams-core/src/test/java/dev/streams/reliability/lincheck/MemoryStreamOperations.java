package dev.streams.reliability.lincheck;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.WouldBlockException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import org.jetbrains.lincheck.datastructures.BooleanGen;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;

/**
 * The operations Lincheck runs concurrently against a real memory object stream. Every outcome,
 * the documented exceptions included, is turned into a plain result ({@code "WouldBlock"},
 * {@code "Closed"}, {@code "Broken"}, {@code "EndOfStream"}, an {@code Integer} item or a statistics
 * record) so that Lincheck compares it with what {@link MemoryStreamModel} says a sequential run
 * would produce.
 *
 * <p>Handles: the original send and receive handles, plus one clone of each side per Lincheck
 * thread ({@link ThreadIdGen}). A thread only ever touches its own clone slots, so the slots need no
 * synchronization of their own and every operation is exactly one call on the stream under test
 * (a shared slot would make "clone, then publish" two steps, which is not linearizable by itself).
 *
 * <p>Not thread-safe beyond that discipline; one instance per Lincheck invocation.
 */
@Param(name = "item", gen = IntGen.class, conf = "1:4")
@Param(name = "viaClone", gen = BooleanGen.class)
@Param(name = "thread", gen = ThreadIdGen.class)
public abstract class MemoryStreamOperations {

    /** Clone slots per side: Lincheck threads plus the init and post parts, whatever ids they get. */
    static final int SLOTS = 8;

    private final MemoryObjectSendStream<Integer> sendStream;
    private final MemoryObjectReceiveStream<Integer> receiveStream;
    private final MemoryObjectSendStream<?>[] sendClones = new MemoryObjectSendStream<?>[SLOTS];
    private final MemoryObjectReceiveStream<?>[] receiveClones = new MemoryObjectReceiveStream<?>[SLOTS];

    MemoryStreamOperations(int maxBufferSize) {
        MemoryObjectStream<Integer> stream = MemoryObjectStream.create(maxBufferSize);
        this.sendStream = stream.sendStream();
        this.receiveStream = stream.receiveStream();
    }

    @Operation
    public Object sendNowait(@Param(name = "item") int item, @Param(name = "viaClone") boolean viaClone,
            @Param(name = "thread") int thread) {
        MemoryObjectSendStream<Integer> handle = sendHandle(viaClone, thread);
        if (handle == null) {
            return "NoHandle";
        }
        try {
            handle.sendNowait(item);
            return "Sent";
        } catch (WouldBlockException e) {
            return "WouldBlock";
        } catch (ClosedResourceException e) {
            return "Closed";
        } catch (BrokenResourceException e) {
            return "Broken";
        }
    }

    @Operation
    public Object receiveNowait(@Param(name = "viaClone") boolean viaClone, @Param(name = "thread") int thread) {
        MemoryObjectReceiveStream<Integer> handle = receiveHandle(viaClone, thread);
        if (handle == null) {
            return "NoHandle";
        }
        try {
            return handle.receiveNowait();
        } catch (WouldBlockException e) {
            return "WouldBlock";
        } catch (ClosedResourceException e) {
            return "Closed";
        } catch (EndOfStreamException e) {
            return "EndOfStream";
        }
    }

    /** Clones the thread's own send clone (or the original when it has none) into its slot. */
    @Operation
    public Object cloneSend(@Param(name = "thread") int thread) {
        int slot = slot(thread);
        MemoryObjectSendStream<Integer> source = sendClones[slot] == null ? sendStream : sendHandle(true, thread);
        try {
            sendClones[slot] = source.clone();
            return "Cloned";
        } catch (ClosedResourceException e) {
            return "Closed";
        }
    }

    @Operation
    public Object cloneReceive(@Param(name = "thread") int thread) {
        int slot = slot(thread);
        MemoryObjectReceiveStream<Integer> source =
                receiveClones[slot] == null ? receiveStream : receiveHandle(true, thread);
        try {
            receiveClones[slot] = source.clone();
            return "Cloned";
        } catch (ClosedResourceException e) {
            return "Closed";
        }
    }

    @Operation
    public Object closeSend(@Param(name = "viaClone") boolean viaClone, @Param(name = "thread") int thread) {
        MemoryObjectSendStream<Integer> handle = sendHandle(viaClone, thread);
        if (handle == null) {
            return "NoHandle";
        }
        handle.close();
        return "Closed";
    }

    @Operation
    public Object closeReceive(@Param(name = "viaClone") boolean viaClone, @Param(name = "thread") int thread) {
        MemoryObjectReceiveStream<Integer> handle = receiveHandle(viaClone, thread);
        if (handle == null) {
            return "NoHandle";
        }
        handle.close();
        return "Closed";
    }

    /** Read through the receive side: statistics must be the same from either end (checklist 34). */
    @Operation
    public Object statistics() {
        return receiveStream.statistics();
    }

    @SuppressWarnings("unchecked")
    private MemoryObjectSendStream<Integer> sendHandle(boolean viaClone, int thread) {
        return viaClone ? (MemoryObjectSendStream<Integer>) sendClones[slot(thread)] : sendStream;
    }

    @SuppressWarnings("unchecked")
    private MemoryObjectReceiveStream<Integer> receiveHandle(boolean viaClone, int thread) {
        return viaClone ? (MemoryObjectReceiveStream<Integer>) receiveClones[slot(thread)] : receiveStream;
    }

    static int slot(int thread) {
        return Math.floorMod(thread, SLOTS);
    }
}
