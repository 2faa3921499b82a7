package dev.streams.memory;

import static dev.streams.memory.MemoryObjectStreamContractTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TaskThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
}
