package dev.streams.memory;

import static dev.streams.memory.MemoryObjectStreamContractTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.ObjectReceiveStream;
import dev.streams.ObjectSendStream;
import dev.streams.WouldBlockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Behaviour tied to one particular buffer size, creation, item types and argument checks. */
@Timeout(30)
class MemoryObjectStreamTests {

    @Test
    void negativeBufferSizeIsRejected() { // checklist 2
        assertThatThrownBy(() -> MemoryObjectStream.create(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBufferSize cannot be negative");
        assertThatThrownBy(() -> MemoryObjectStream.create(-1, String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBufferSize cannot be negative");
    }

    @Test
    void unboundedNeverBlocksASender() { // checklist 3
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.unbounded()) {
            for (int i = 0; i < 10_000; i++) {
                stream.sendStream().sendNowait(i);
            }
            assertThat(stream.sendStream().statistics().currentBufferUsed()).isEqualTo(10_000);
            assertThat(stream.sendStream().statistics().maxBufferSize()).isEqualTo(MemoryObjectStream.UNBOUNDED);
            for (int i = 0; i < 10_000; i++) {
                assertThat(stream.receiveStream().receiveNowait()).isEqualTo(i);
            }
        }
    }

    @Test
    void aGrowingRingKeepsFifoOrderAcrossWrapAround() {
        // A large bound starts small and grows; interleave so that the ring wraps before growing.
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(100_000)) {
            MemoryObjectSendStream<Integer> send = stream.sendStream();
            MemoryObjectReceiveStream<Integer> receive = stream.receiveStream();
            int next = 0;
            int expected = 0;
            for (int round = 1; round <= 12; round++) {
                for (int i = 0; i < round * 37; i++) {
                    send.sendNowait(next++);
                }
                for (int i = 0; i < round * 11; i++) {
                    assertThat(receive.receiveNowait()).isEqualTo(expected++);
                }
            }
            while (expected < next) {
                assertThat(receive.receiveNowait()).isEqualTo(expected++);
            }
            assertThatThrownBy(receive::receiveNowait).isInstanceOf(WouldBlockException.class);
        }
    }

    @Test
    void ringsOfManySizesKeepFifoOrderFullAndEmptyAcrossWrapAround() {
        // Exact and rounded-up rings, up to the largest one without an overflow: fill to the bound
        // (every slot in use), drain, then pass 37 items one at a time (each the only one in use),
        // so that the next round starts at another offset. (It caught a planted slot mapping that
        // was not a bijection in the spread-slot trial of issue 14.)
        for (int bound : new int[] {128, 255, 256, 1024, 4096}) {
            try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(bound)) {
                MemoryObjectSendStream<Integer> send = stream.sendStream();
                MemoryObjectReceiveStream<Integer> receive = stream.receiveStream();
                int next = 0;
                int expected = 0;
                for (int round = 0; round < 3; round++) {
                    while (next - expected < bound) {
                        send.sendNowait(next++);
                    }
                    assertThatThrownBy(() -> send.sendNowait(-1)).isInstanceOf(WouldBlockException.class);
                    assertThat(send.statistics().currentBufferUsed()).isEqualTo(bound);
                    while (expected < next) {
                        assertThat(receive.receiveNowait()).isEqualTo(expected++);
                    }
                    assertThatThrownBy(receive::receiveNowait).isInstanceOf(WouldBlockException.class);
                    // Move the start by 37 slots so that the next round begins on another slot.
                    for (int i = 0; i < 37; i++) {
                        send.sendNowait(next++);
                        assertThat(receive.receiveNowait()).isEqualTo(expected++);
                    }
                }
                assertThat(stream.sendStream().statistics().currentBufferUsed()).isZero();
            }
        }
    }

    @Test
    void sendersWaitingForRunsOfFreeSlotsDeliverEveryItemOnceInOrder() throws Exception {
        // Two producers outrun two consumers that take a break now and then: the ring of 1024 runs
        // full, and a producer that found it full waits for a run of free slots (Ring.tailRunFree),
        // then for any slot, then takes the lock. Every item arrives once, each producer's in order.
        int each = 100_000;
        try (MemoryObjectStream<long[]> stream = MemoryObjectStream.create(1024)) {
            List<Background<Void>> producers = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int producer = p;
                MemoryObjectSendStream<long[]> send = stream.sendStream().clone();
                producers.add(Background.start("producer " + p, () -> {
                    try (send) {
                        for (long i = 0; i < each; i++) {
                            send.send(new long[] {producer, i});
                        }
                    }
                    return null;
                }));
            }
            stream.sendStream().close();
            List<Background<long[]>> consumers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                MemoryObjectReceiveStream<long[]> receive = stream.receiveStream().clone();
                consumers.add(Background.start("consumer " + c, () -> {
                    long[] next = new long[2];   // per producer: the item after the last seen
                    long[] counts = new long[2];
                    try (receive) {
                        for (long[] item : receive) {
                            int producer = (int) item[0];
                            assertThat(item[1]).as("from producer %d", producer).isGreaterThanOrEqualTo(next[producer]);
                            next[producer] = item[1] + 1;
                            counts[producer]++;
                            if (item[1] % 4096 == 0) {
                                Thread.yield(); // a break: let the producers fill the ring
                            }
                        }
                    }
                    return counts;
                }));
            }
            stream.receiveStream().close();
            for (Background<Void> producer : producers) {
                producer.value();
            }
            long[] total = new long[2];
            for (Background<long[]> consumer : consumers) {
                long[] counts = consumer.value();
                total[0] += counts[0];
                total[1] += counts[1];
            }
            assertThat(total).containsExactly(each, each);
        }
    }

    @Test
    void aLargeBoundStillBlocksAtTheBound() {
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(5000)) {
            for (int i = 0; i < 5000; i++) {
                stream.sendStream().sendNowait(i);
            }
            assertThatThrownBy(() -> stream.sendStream().sendNowait(-1)).isInstanceOf(WouldBlockException.class);
        }
    }

    @Test
    void aSenderSkipsAnInterruptedReceiverAndBuffersTheItem() throws Exception { // checklist 23
        try (MemoryObjectStream<String> stream = MemoryObjectStream.create(1)) {
            Background<String> receiver = Background.start("receiver", stream.receiveStream()::receive);
            waitFor().until(() -> stream.receiveStream().statistics().tasksWaitingReceive() == 1);
            receiver.thread.interrupt();
            stream.sendStream().sendNowait("item");
            assertThat(stream.receiveStream().receiveNowait()).isEqualTo("item");
            assertThat(receiver.failure()).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void statisticsFollowEveryOperationSynchronously() throws Exception { // checklist 27
        try (MemoryObjectStream<String> stream = MemoryObjectStream.create(1)) {
            MemoryObjectSendStream<String> send = stream.sendStream();
            MemoryObjectReceiveStream<String> receive = stream.receiveStream();
            send.sendNowait("first");
            assertThat(send.statistics().currentBufferUsed()).isEqualTo(1);

            Background<Void> sender = Background.start("sender", () -> {
                send.send("second");
                return null;
            });
            waitFor().until(() -> send.statistics().tasksWaitingSend() == 1);
            assertThat(send.statistics()).isEqualTo(new MemoryObjectStreamStatistics(1, 1, 1, 1, 1, 0));

            assertThat(receive.receiveNowait()).isEqualTo("first");
            // The blocked sender's item moved into the buffer within that same call.
            assertThat(receive.statistics()).isEqualTo(new MemoryObjectStreamStatistics(1, 1, 1, 1, 0, 0));
            assertThat(receive.receiveNowait()).isEqualTo("second");
            assertThat(receive.statistics().currentBufferUsed()).isZero();
            sender.value();

            Background<String> receiver = Background.start("receiver", receive::receive);
            waitFor().until(() -> receive.statistics().tasksWaitingReceive() == 1);
            send.sendNowait("third");
            assertThat(send.statistics().tasksWaitingReceive()).isZero();
            assertThat(receiver.value()).isEqualTo("third");

            send.sendNowait("fill");
            List<Background<Void>> senders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String item = "s" + i;
                senders.add(Background.start("sender-" + i, () -> {
                    send.send(item);
                    return null;
                }));
                int waiting = i + 1;
                waitFor().until(() -> send.statistics().tasksWaitingSend() == waiting);
            }
            for (int waiting = 2; waiting >= 0; waiting--) {
                receive.receiveNowait();
                assertThat(send.statistics().tasksWaitingSend()).isEqualTo(waiting);
                assertThat(receive.statistics()).isEqualTo(send.statistics());
            }
            for (Background<Void> s : senders) {
                s.value();
            }
        }
    }

    @Test
    void handlesAreVariantThroughWildcards() throws Exception { // checklist 31
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(1)) {
            ObjectReceiveStream<? extends Number> numbers = stream.receiveStream();
            ObjectSendStream<? super Integer> sink = stream.sendStream();
            sink.send(42);
            Number n = numbers.receive();
            assertThat(n).isEqualTo(42);
        }
    }

    @Test
    void aTypedStreamRejectsAnItemOfAnotherTypeNamingBoth() { // checklist 32 (item type is a real check here)
        MemoryObjectStream<Object> untyped = MemoryObjectStream.create(1);
        MemoryObjectStream<String> typedAsString = MemoryObjectStream.create(1, String.class);
        @SuppressWarnings({"unchecked", "rawtypes"}) // what an unchecked cast or raw type lets through
        MemoryObjectStream<Object> typed = (MemoryObjectStream) typedAsString;
        assertThatThrownBy(() -> typed.sendStream().sendNowait(42))
                .isInstanceOf(ClassCastException.class)
                .hasMessageContaining("java.lang.Integer")
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> typed.sendStream().send(42)).isInstanceOf(ClassCastException.class);
        typed.sendStream().sendNowait("fine");
        assertThat(typed.receiveStream().receiveNowait()).isEqualTo("fine");
        assertThat(typedAsString.sendStream().itemType()).contains(String.class);
        assertThat(typedAsString.receiveStream().itemType()).contains(String.class);
        assertThat(untyped.sendStream().itemType()).isEmpty();
        untyped.sendStream().sendNowait(42); // no check without a type
        untyped.close();
        typed.close();
    }

    @Test
    void aPrimitiveItemTypeAcceptsItsWrapper() {
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(1, int.class)) {
            stream.sendStream().sendNowait(7);
            assertThat(stream.receiveStream().receiveNowait()).isEqualTo(7);
            assertThat(stream.sendStream().itemType()).contains(int.class);
        }
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        try (MemoryObjectStream<String> stream = MemoryObjectStream.create(1)) {
            assertThatThrownBy(() -> stream.sendStream().sendNowait(null)).hasMessageContaining("item")
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> stream.sendStream().send(null)).hasMessageContaining("item")
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> stream.sendStream().send("x", null)).hasMessageContaining("timeout")
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> stream.receiveStream().receive(null)).hasMessageContaining("timeout")
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> MemoryObjectStream.create(1, null)).hasMessageContaining("itemType")
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void hugeTimeoutsWaitWithoutOverflowing() throws Exception {
        try (MemoryObjectStream<String> stream = MemoryObjectStream.create(0)) {
            Background<Optional<String>> receiver = Background.start("receiver",
                    () -> stream.receiveStream().receive(Duration.ofSeconds(Long.MAX_VALUE)));
            waitFor().until(() -> stream.receiveStream().statistics().tasksWaitingReceive() == 1);
            assertThat(stream.sendStream().send("x", Duration.ofSeconds(Long.MAX_VALUE))).isTrue();
            assertThat(receiver.value()).contains("x");
            assertThat(stream.receiveStream().receive(Duration.ofSeconds(Long.MIN_VALUE))).isEmpty();
        }
    }

    @Test
    void manyReceiversAreWokenOneAtATime() throws Exception {
        try (MemoryObjectStream<Integer> stream = MemoryObjectStream.create(0)) {
            List<Background<Integer>> receivers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                receivers.add(Background.start("receiver-" + i, stream.receiveStream()::receive));
                int waiting = i + 1;
                waitFor().until(() -> stream.receiveStream().statistics().tasksWaitingReceive() == waiting);
            }
            for (int i = 0; i < 8; i++) {
                stream.sendStream().sendNowait(i);
                // Exactly the oldest receiver got it; the others are still queued.
                assertThat(receivers.get(i).value()).isEqualTo(i);
                assertThat(stream.receiveStream().statistics().tasksWaitingReceive()).isEqualTo(7 - i);
            }
        }
    }
}
