package dev.streams.memory;

import static dev.streams.memory.MemoryObjectStreamContractTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TaskThreads;
import dev.streams.WouldBlockException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Closing wakes every blocked thread: none is ever left parked. */
@Timeout(60)
class MemoryObjectStreamCloseTests {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16})
    void closingEveryHandleLeavesNoThreadBlocked(int bufferSize) throws Exception {
        MemoryObjectStream<Integer> stream = MemoryObjectStream.create(bufferSize);
        for (int i = 0; i < bufferSize; i++) {
            stream.sendStream().sendNowait(-1);
        }
        List<MemoryObjectSendStream<Integer>> sendClones = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> outcomes = new ConcurrentLinkedQueue<>();
        // 40 senders blocked on 4 send clones (the buffer is full).
        for (int c = 0; c < 4; c++) {
            MemoryObjectSendStream<Integer> clone = stream.sendStream().clone();
            sendClones.add(clone);
            for (int t = 0; t < 10; t++) {
                int item = c * 10 + t;
                threads.add(TaskThreads.start("sender-" + item, () -> {
                    try {
                        clone.send(item);
                        outcomes.add(new AssertionError("send returned"));
                    } catch (Throwable e) {
                        outcomes.add(e);
                    }
                }));
            }
        }
        waitFor().until(() -> stream.sendStream().statistics().tasksWaitingSend() == 40);
        // Close the send clones one by one: each close wakes exactly its own ten senders.
        for (int c = 0; c < 4; c++) {
            sendClones.get(c).close();
            int remaining = 30 - 10 * c;
            assertThat(stream.sendStream().statistics().tasksWaitingSend()).isEqualTo(remaining);
        }
        for (Thread thread : threads) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("still blocked: %s", thread.getName()).isFalse();
        }
        assertThat(outcomes).hasSize(40).allMatch(e -> e instanceof ClosedResourceException);
        stream.close();
        assertThat(stream.sendStream().statistics()).isEqualTo(
                new MemoryObjectStreamStatistics(bufferSize, bufferSize, 0, 0, 0, 0));
    }

    @Test
    void closingHandlesWakesReceiversOnEveryClone() throws Exception {
        MemoryObjectStream<Integer> stream = MemoryObjectStream.create(0);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> outcomes = new ConcurrentLinkedQueue<>();
        List<MemoryObjectReceiveStream<Integer>> clones = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            MemoryObjectReceiveStream<Integer> clone = i % 3 == 0 ? stream.receiveStream() : stream.receiveStream().clone();
            if (clone != stream.receiveStream()) {
                clones.add(clone);
            }
            threads.add(TaskThreads.start("receiver-" + i, () -> {
                try {
                    clone.receive();
                    outcomes.add(new AssertionError("receive returned"));
                } catch (Throwable e) {
                    outcomes.add(e);
                }
            }));
        }
        waitFor().until(() -> stream.receiveStream().statistics().tasksWaitingReceive() == 30);
        stream.receiveStream().close(); // the original receive handle: its own 10 receivers get Closed
        waitFor().until(() -> stream.receiveStream().statistics().tasksWaitingReceive() == 20);
        stream.sendStream().close(); // the last send handle: the other 20 see the end of the stream
        for (Thread thread : threads) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("still blocked: %s", thread.getName()).isFalse();
        }
        assertThat(outcomes).hasSize(30);
        assertThat(outcomes.stream().filter(e -> e instanceof ClosedResourceException)).hasSize(10);
        assertThat(outcomes.stream().filter(e -> e instanceof EndOfStreamException)).hasSize(20);
        assertThat(stream.receiveStream().statistics().tasksWaitingReceive()).isZero();
        clones.forEach(MemoryObjectReceiveStream::close);
    }

    @Test
    void closingTheLastReceiverBreaksSendersOnEveryClone() throws Exception {
        MemoryObjectStream<Integer> stream = MemoryObjectStream.create(0);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> outcomes = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 20; i++) {
            MemoryObjectSendStream<Integer> clone = stream.sendStream().clone();
            int item = i;
            threads.add(TaskThreads.start("sender-" + i, () -> {
                try (clone) {
                    clone.send(item);
                    outcomes.add(new AssertionError("send returned"));
                } catch (Throwable e) {
                    outcomes.add(e);
                }
            }));
        }
        waitFor().until(() -> stream.sendStream().statistics().tasksWaitingSend() == 20);
        stream.receiveStream().close();
        for (Thread thread : threads) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("still blocked: %s", thread.getName()).isFalse();
        }
        assertThat(outcomes).hasSize(20).allMatch(e -> e instanceof BrokenResourceException);
        stream.close();
    }

    /**
     * Issue 14: a close races the lock-free hand-off. 256 receivers wait on one receive clone, so
     * the close takes microseconds to settle them all; meanwhile an observer, already spinning on
     * {@code isClosed()} (no lock) on the other core, offers an item the moment the close shows, and
     * every released receiver offers one too as its very next call (it caught a close that publishes
     * its flag before settling its waiters within 5 to 20 rounds of 50; docs/reliability.md). Once the close shows, in either way, no item may reach a receiver of that handle: each
     * of them ends with "closed", and each offer finds nobody (WouldBlock: the other receive handle
     * has no waiter).
     */
    @Test
    void noHandOffLandsOnAWaiterOfAHandleOnceItsCloseShows() throws Exception {
        int waiters = 256;
        for (int round = 0; round < 50; round++) {
            MemoryObjectStream<Integer> stream = MemoryObjectStream.create(0);
            MemoryObjectSendStream<Integer> send = stream.sendStream();
            MemoryObjectReceiveStream<Integer> closing = stream.receiveStream().clone();
            ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < waiters; t++) {
                int item = t;
                threads.add(TaskThreads.start("receiver-" + t, () -> {
                    try {
                        outcomes.add(closing.receive()); // an Integer here is the bug
                    } catch (ClosedResourceException e) {
                        outcomes.add("closed");
                        offer(send, item, outcomes);
                    } catch (Throwable e) {
                        outcomes.add(e);
                    }
                }));
            }
            waitFor().until(() -> send.statistics().tasksWaitingReceive() == waiters);
            CountDownLatch spinning = new CountDownLatch(1);
            threads.add(TaskThreads.start("observer", () -> {
                spinning.countDown();
                while (!closing.isClosed()) {
                    Thread.onSpinWait();
                }
                offer(send, -1, outcomes);
            }));
            spinning.await(); // the observer spins on the other core while the close settles the waiters
            closing.close();
            for (Thread thread : threads) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as("still blocked: %s", thread.getName()).isFalse();
            }
            assertThat(outcomes).as("round %d", round).hasSize(2 * waiters + 1)
                    .allMatch(o -> o.equals("closed") || o.equals("would block"));
            stream.close();
        }
    }

    private static void offer(MemoryObjectSendStream<Integer> send, int item, ConcurrentLinkedQueue<Object> outcomes) {
        try {
            send.sendNowait(item);
            outcomes.add("handed over " + item);
        } catch (WouldBlockException e) {
            outcomes.add("would block");
        } catch (Throwable e) {
            outcomes.add(e);
        }
    }
}
