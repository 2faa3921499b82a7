package dev.streams.reliability.lincheck;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.WouldBlockException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.memory.MemoryObjectStreamStatistics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The blocking operations Lincheck runs against a real memory object stream: {@code send} and
 * {@code receive} that park, their timed forms, the non-blocking forms, closing, statistics, and
 * {@link #interrupt} of another actor thread. Outcomes become plain results, as in
 * {@link MemoryStreamOperations}, and {@link BlockingMemoryStreamModel} says what a sequential run
 * would give.
 *
 * <p>Interrupts. {@link #interrupt} is "a dedicated operation that interrupts a blocked actor": it
 * waits until the target thread is blocked in a stream call (the statistics show a waiting thread,
 * and the generator lets only the target make blocking calls in such scenarios) or has finished all
 * its calls, and only in the first case interrupts it. So the interrupt always lands on a waiter,
 * which is what the exactly-once rules are about (a call interrupted before it waits may still
 * complete at once, and no sequential model can see "before it waits"). Lincheck's model checker
 * sees {@code LockSupport.park/unpark} but not the JVM's own wake-up on {@code Thread.interrupt()},
 * so the operation also unparks the target: in a real run the extra permit only makes a later park
 * return early, which every park in the stream tolerates. A flag left set by a call that returned
 * normally after the interrupt stays set for the thread's next call (checkpoint first), and a stale
 * one of an earlier invocation on the same worker thread is cleared at the thread's first call.
 *
 * <p>Not thread-safe beyond that discipline); one instance per Lincheck invocation.
 */
@Param(name = "item", gen = IntGen.class, conf = "1:9")
@Param(name = "thread", gen = IntGen.class, conf = "0:2")
@Param(name = "target", gen = IntGen.class, conf = "0:2")
@Param(name = "calls", gen = IntGen.class, conf = "1:3")
public abstract class BlockingMemoryStreamOperations {

    /** Actor threads of a scenario; the generator never uses more. */
    static final int THREADS = 3;
    /** The timed forms wait this long: long enough for a partner, short enough to time out often. */
    private static final Duration TIMEOUT = Duration.ofMillis(2);

    private final MemoryObjectSendStream<Integer> sendStream;
    private final MemoryObjectReceiveStream<Integer> receiveStream;
    private final AtomicReferenceArray<Thread> threads = new AtomicReferenceArray<>(THREADS + 1);
    /** Calls finished per actor thread. */
    private final AtomicIntegerArray finished = new AtomicIntegerArray(THREADS + 1);

    BlockingMemoryStreamOperations(int maxBufferSize) {
        MemoryObjectStream<Integer> stream = MemoryObjectStream.create(maxBufferSize);
        this.sendStream = stream.sendStream();
        this.receiveStream = stream.receiveStream();
    }

    @Operation
    public Object send(@Param(name = "item") int item, @Param(name = "thread") int thread) {
        enter(thread);
        try {
            sendStream.send(item);
            return exit(thread, "Sent");
        } catch (InterruptedException e) {
            return exit(thread, "Interrupted");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (BrokenResourceException e) {
            return exit(thread, "Broken");
        }
    }

    @Operation
    public Object sendTimed(@Param(name = "item") int item, @Param(name = "thread") int thread) {
        enter(thread);
        try {
            return exit(thread, sendStream.send(item, TIMEOUT) ? "Sent" : "TimedOut");
        } catch (InterruptedException e) {
            return exit(thread, "Interrupted");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (BrokenResourceException e) {
            return exit(thread, "Broken");
        }
    }

    @Operation
    public Object sendNowait(@Param(name = "item") int item, @Param(name = "thread") int thread) {
        enter(thread);
        try {
            sendStream.sendNowait(item);
            return exit(thread, "Sent");
        } catch (WouldBlockException e) {
            return exit(thread, "WouldBlock");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (BrokenResourceException e) {
            return exit(thread, "Broken");
        }
    }

    @Operation
    public Object receive(@Param(name = "thread") int thread) {
        enter(thread);
        try {
            return exit(thread, receiveStream.receive());
        } catch (InterruptedException e) {
            return exit(thread, "Interrupted");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (EndOfStreamException e) {
            return exit(thread, "EndOfStream");
        }
    }

    @Operation
    public Object receiveTimed(@Param(name = "thread") int thread) {
        enter(thread);
        try {
            Optional<Integer> item = receiveStream.receive(TIMEOUT);
            return exit(thread, item.isPresent() ? item.get() : "TimedOut");
        } catch (InterruptedException e) {
            return exit(thread, "Interrupted");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (EndOfStreamException e) {
            return exit(thread, "EndOfStream");
        }
    }

    @Operation
    public Object receiveNowait(@Param(name = "thread") int thread) {
        enter(thread);
        try {
            return exit(thread, receiveStream.receiveNowait());
        } catch (WouldBlockException e) {
            return exit(thread, "WouldBlock");
        } catch (ClosedResourceException e) {
            return exit(thread, "Closed");
        } catch (EndOfStreamException e) {
            return exit(thread, "EndOfStream");
        }
    }

    @Operation
    public Object closeSend(@Param(name = "thread") int thread) {
        enter(thread);
        sendStream.close();
        return exit(thread, "Closed");
    }

    @Operation
    public Object closeReceive(@Param(name = "thread") int thread) {
        enter(thread);
        receiveStream.close();
        return exit(thread, "Closed");
    }

    /**
     * Whether the send and the receive handle read as closed ({@code isClosed()}, which takes no
     * lock): once a close shows here, no hand-off may land after it.
     */
    @Operation
    public Object closedFlags(@Param(name = "thread") int thread) {
        enter(thread);
        return exit(thread, List.of(sendStream.isClosed(), receiveStream.isClosed()));
    }

    /**
     * Buffered items and open handles. The waiting counts have no sequential counterpart, with one
     * exception: a sender and a receiver never wait at the same time (I1 and I2 of the package
     * doc: receivers wait on an empty buffer, senders on a full one, and a rendezvous hands over
     * instead), so that state is reported as {@link #BOTH_SIDES_WAIT}, which no model returns.
     */
    @Operation
    public Object statistics(@Param(name = "thread") int thread) {
        enter(thread);
        return exit(thread, observed(receiveStream.statistics()));
    }

    /**
     * {@link #statistics} once actor threads 0 and 1 have settled: each has finished its
     * {@code calls0} ({@code calls1}) calls or waits in the stream. A closer runs it before it closes:
     * a lost hand-off (a sender and a receiver both left waiting) would otherwise be released by the
     * close as "closed" and "end of stream", results that an order with the close first explains.
     */
    @Operation
    public Object statisticsOnceSettled(@Param(name = "calls") int calls0, @Param(name = "calls") int calls1,
            @Param(name = "thread") int thread) {
        enter(thread);
        while (true) {
            MemoryObjectStreamStatistics s = receiveStream.statistics();
            int unfinished = (finished.get(0) < calls0 ? 1 : 0) + (finished.get(1) < calls1 ? 1 : 0);
            if (s.tasksWaitingSend() + s.tasksWaitingReceive() >= unfinished) {
                return exit(thread, observed(s));
            }
            Thread.yield();
        }
    }

    /** What {@link #statistics} returns when a sender and a receiver wait at the same time. */
    static final String BOTH_SIDES_WAIT = "a sender and a receiver both wait: a lost hand-off";

    private static Object observed(MemoryObjectStreamStatistics s) {
        if (s.tasksWaitingSend() > 0 && s.tasksWaitingReceive() > 0) {
            return BOTH_SIDES_WAIT;
        }
        return List.of(s.currentBufferUsed(), s.openSendStreams(), s.openReceiveStreams());
    }

    /**
     * Interrupts actor thread {@code target} once it waits in a stream call, or does nothing once it
     * has finished its {@code calls} calls (see the class comment).
     */
    @Operation
    public Object interrupt(@Param(name = "target") int target, @Param(name = "calls") int calls,
            @Param(name = "thread") int thread) {
        enter(thread);
        while (true) {
            MemoryObjectStreamStatistics s = receiveStream.statistics();
            Thread t = threads.get(target);
            if (t != null && s.tasksWaitingSend() + s.tasksWaitingReceive() > 0) {
                t.interrupt();
                LockSupport.unpark(t); // the model checker's view of interrupt()'s wake-up
                break;
            }
            if (finished.get(target) == calls) {
                break;
            }
            Thread.yield();
        }
        finished.incrementAndGet(thread);
        return "Interrupted " + target;
    }

    /** Registers the calling thread as actor thread {@code thread}. */
    private void enter(int thread) {
        Thread me = Thread.currentThread();
        if (threads.get(thread) != me) {
            Thread.interrupted(); // a stale flag of an earlier invocation on this worker thread
            threads.set(thread, me);
        }
    }

    private Object exit(int thread, Object result) {
        finished.incrementAndGet(thread);
        return result;
    }
}
