package dev.streams.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.WouldBlockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every memory object stream shares, whatever its buffer size. One thin subclass per
 * shape (rendezvous, bounded 1, bounded 16, unbounded) supplies the size. Tests that need a blocked
 * sender skip the unbounded shape, where senders never block.
 */
@Timeout(30)
abstract class MemoryObjectStreamContractTests {

    static final Duration WAIT = Duration.ofSeconds(10);

    MemoryObjectStream<String> stream;
    MemoryObjectSendStream<String> send;
    MemoryObjectReceiveStream<String> receive;
    final List<Background<?>> started = new ArrayList<>();

    /** The buffer size of the shape under test. */
    abstract int bufferSize();

    boolean bounded() {
        return bufferSize() != MemoryObjectStream.UNBOUNDED;
    }

    @BeforeEach
    void open() {
        stream = MemoryObjectStream.create(bufferSize());
        send = stream.sendStream();
        receive = stream.receiveStream();
    }

    @AfterEach
    void closeAndCheckNothingLeftBlocked() throws InterruptedException {
        stream.close();
        for (Background<?> background : started) {
            background.thread.interrupt();
            background.thread.join(WAIT.toMillis());
            assertThat(background.thread.isAlive()).as("left blocked: %s", background.thread.getName()).isFalse();
        }
    }

    /** Awaitility, polling fast: the conditions here become true within microseconds. */
    static ConditionFactory waitFor() {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1));
    }

    <T> Background<T> inBackground(String name, Background.Call<T> call) {
        Background<T> background = Background.start(name, call);
        started.add(background);
        return background;
    }

    /** Fills the buffer to capacity with "b0", "b1", ... */
    List<String> fillBuffer() {
        assumeTrue(bounded(), "[not for this buffer size] senders never block on an unbounded stream");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < bufferSize(); i++) {
            items.add("b" + i);
            send.sendNowait("b" + i);
        }
        return items;
    }

    /** Starts {@code send(item)} on a new thread and waits until it is blocked in the queue. */
    Background<Void> blockedSender(String item) {
        int before = send.statistics().tasksWaitingSend();
        Background<Void> sender = inBackground("sender-" + item, () -> {
            send.send(item);
            return null;
        });
        waitFor().until(() -> send.statistics().tasksWaitingSend() == before + 1 || sender.isDone());
        assertThat(sender.isDone()).as("send should block").isFalse();
        return sender;
    }

    Background<String> blockedReceiver(MemoryObjectReceiveStream<String> handle, int expectedWaiting) {
        Background<String> receiver = inBackground("receiver", handle::receive);
        waitFor().until(() -> handle.statistics().tasksWaitingReceive() == expectedWaiting);
        return receiver;
    }

    // ## Hand-off and FIFO ##

    @Test
    void sendHandsOffToAnAlreadyBlockedReceiverInOrder() throws Exception { // checklist 4
        Background<List<String>> receiver = inBackground("receiver",
                () -> List.of(receive.receive(), receive.receive()));
        waitFor().until(() -> send.statistics().tasksWaitingReceive() == 1);
        send.send("hello");
        waitFor().until(() -> send.statistics().tasksWaitingReceive() == 1 || receiver.isDone());
        send.send("anyio");
        assertThat(receiver.value()).containsExactly("hello", "anyio");
    }

    @Test
    void sendNowaitHandsOneItemToEachWaitingReceiver() throws Exception { // checklist 5
        Background<String> first = blockedReceiver(receive, 1);
        Background<String> second = blockedReceiver(receive, 2);
        send.sendNowait("hello");
        send.sendNowait("anyio");
        assertThat(first.value()).isEqualTo("hello"); // FIFO among waiting receivers
        assertThat(second.value()).isEqualTo("anyio");
        assertThat(send.statistics().currentBufferUsed()).isZero();
    }

    @Test
    void itemsArriveInSendOrderThroughAConcurrentConsumer() throws Exception { // checklist 8
        int count = 1000;
        Background<List<String>> consumer = inBackground("consumer", () -> {
            List<String> items = new ArrayList<>();
            for (String item : receive) {
                items.add(item);
            }
            return items;
        });
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("item" + i);
            send.send("item" + i);
        }
        send.close();
        assertThat(consumer.value()).isEqualTo(expected);
    }

    @Test
    void blockedSendersAreReleasedInFifoOrderAfterTheBufferedItems() throws Exception { // checklist 29
        List<String> expected = fillBuffer();
        List<Background<Void>> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            senders.add(blockedSender("s" + i));
            int waiting = i + 1;
            waitFor().until(() -> send.statistics().tasksWaitingSend() == waiting);
            expected.add("s" + i);
        }
        List<String> received = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            received.add(receive.receiveNowait());
            assertThat(send.statistics().currentBufferUsed()).isLessThanOrEqualTo(bufferSize());
        }
        assertThat(received).isEqualTo(expected);
        for (Background<Void> sender : senders) {
            assertThat(sender.outcome().failure()).isNull();
        }
    }

    @Test
    void receiveNowaitTakesABlockedSendersItemAndReleasesIt() throws Exception { // checklist 6, 7
        List<String> buffered = fillBuffer();
        Background<Void> sender = blockedSender("anyio");
        for (String item : buffered) {
            assertThat(receive.receiveNowait()).isEqualTo(item);
        }
        if (buffered.isEmpty()) {
            assertThat(receive.receiveNowait()).isEqualTo("anyio");
            sender.outcome();
        } else {
            sender.outcome(); // released as soon as its item moved into the buffer
            assertThat(receive.receiveNowait()).isEqualTo("anyio");
        }
        assertThat(sender.outcome().failure()).isNull();
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(WouldBlockException.class);
    }

    // ## Closing ##

    @Test
    void closingTheSendSideEndsReceiveAndRejectsSend() { // checklist 10
        send.close();
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(() -> send.send("x")).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> send.send("x", Duration.ofSeconds(1))).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> receive.receive(Duration.ofSeconds(1))).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void closingTheReceiveSideBreaksSendAndRejectsReceive() { // checklist 11
        receive.close();
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> send.send("x")).isInstanceOf(BrokenResourceException.class);
        assertThatThrownBy(() -> send.send("x", Duration.ZERO)).isInstanceOf(BrokenResourceException.class);
    }

    @Test
    void sendNowaitIsBrokenWhenAllReceiversClosedEvenWithRoomButClosedWins() { // checklist 12
        receive.close();
        assertThatThrownBy(() -> send.sendNowait("x")).isInstanceOf(BrokenResourceException.class);
        send.close();
        assertThatThrownBy(() -> send.sendNowait("x")).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> send.send("x")).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void clonesKeepTheStreamOpenAfterTheOriginalsClose() { // checklist 15
        assumeTrue(bufferSize() > 0, "[not for this buffer size] needs a buffer for nowait send then receive");
        MemoryObjectSendStream<String> send2 = send.clone();
        MemoryObjectReceiveStream<String> receive2 = receive.clone();
        send.close();
        receive.close();
        send2.sendNowait("hello");
        assertThat(receive2.receiveNowait()).isEqualTo("hello");
        send.close(); // idempotent
        receive.close();
        send2.close();
        receive2.close();
        assertThat(send.statistics().openSendStreams()).isZero();
    }

    @Test
    void cloningAClosedHandleThrows() { // checklist 16
        send.close();
        receive.close();
        assertThatThrownBy(send::clone).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(receive::clone).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closingTheLastSendHandleEndsABlockedReceiver() throws Exception { // checklist 17
        Background<String> receiver = blockedReceiver(receive, 1);
        send.close();
        assertThat(receiver.failure()).isInstanceOf(EndOfStreamException.class);
        assertThat(receive.statistics().tasksWaitingReceive()).isZero();
    }

    @Test
    void closingTheLastReceiveHandleBreaksABlockedSender() throws Exception { // checklist 18
        fillBuffer();
        Background<Void> sender = blockedSender("x");
        receive.close();
        assertThat(sender.failure()).isInstanceOf(BrokenResourceException.class);
        assertThat(send.statistics().tasksWaitingSend()).isZero();
    }

    @Test
    void bufferedItemsAreReceivedBeforeTheEndOfStream() throws Exception { // checklist 19
        assumeTrue(bufferSize() >= 1, "[not for this buffer size] needs a buffer of at least 1");
        send.send("hello");
        send.close();
        assertThat(receive.receive()).isEqualTo("hello");
        assertThatThrownBy(receive::receive).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(receive::receive).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void senderAndReceiverClosingRightAfterAHandOffSeeNoError() throws Exception { // checklist 25
        Background<Void> sender = inBackground("sender", () -> {
            try (MemoryObjectSendStream<String> s = send) {
                send.send("test");
            }
            return null;
        });
        Background<String> receiver = inBackground("receiver", () -> {
            try (MemoryObjectReceiveStream<String> r = receive) {
                return receive.receive();
            }
        });
        assertThat(receiver.value()).isEqualTo("test");
        assertThat(sender.outcome().failure()).isNull();
    }

    @Test
    void closingAReceiveHandleWakesItsOwnBlockedReceiversOnly() throws Exception { // checklist 37 (we do better)
        MemoryObjectReceiveStream<String> other = receive.clone();
        Background<String> onOther = blockedReceiver(other, 1);
        Background<String> onOriginal = blockedReceiver(receive, 2);
        receive.close();
        assertThat(onOriginal.failure()).isInstanceOf(ClosedResourceException.class);
        assertThat(onOther.isDone()).isFalse();
        assertThat(send.statistics().tasksWaitingReceive()).isEqualTo(1);
        send.sendNowait("to-other");
        assertThat(onOther.value()).isEqualTo("to-other");
        other.close();
    }

    @Test
    void aClosedSendCloneNeverHandsAnItemToAWaitingReceiver() throws Exception { // issue 14: lock-free hand-off
        MemoryObjectSendStream<String> closed = send.clone();
        closed.close();
        Background<String> receiver = blockedReceiver(receive, 1);
        assertThatThrownBy(() -> closed.send("late")).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> closed.sendNowait("late")).isInstanceOf(ClosedResourceException.class);
        assertThat(receiver.isDone()).isFalse();
        assertThat(receive.statistics().tasksWaitingReceive()).isEqualTo(1);
        send.send("open");
        assertThat(receiver.value()).isEqualTo("open");
    }

    @Test
    void aClosedReceiveCloneNeverTakesAWaitingSendersItem() throws Exception { // issue 14: lock-free hand-off
        fillBuffer();
        MemoryObjectReceiveStream<String> closed = receive.clone();
        closed.close();
        Background<Void> sender = blockedSender("waiting");
        assertThatThrownBy(closed::receive).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(closed::receiveNowait).isInstanceOf(ClosedResourceException.class);
        assertThat(sender.isDone()).isFalse();
        assertThat(send.statistics().tasksWaitingSend()).isEqualTo(1);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < bufferSize() + 1; i++) {
            rest.add(receive.receive());
        }
        assertThat(rest).endsWith("waiting");
        assertThat(sender.outcome().failure()).isNull();
    }

    @Test
    void closingASendHandleWakesItsOwnBlockedSendersOnly() throws Exception {
        fillBuffer();
        MemoryObjectSendStream<String> other = send.clone();
        Background<Void> onOriginal = blockedSender("mine");
        Background<Void> onOther = inBackground("other-sender", () -> {
            other.send("theirs");
            return null;
        });
        waitFor().until(() -> send.statistics().tasksWaitingSend() == 2);
        send.close();
        assertThat(onOriginal.failure()).isInstanceOf(ClosedResourceException.class);
        assertThat(onOther.isDone()).isFalse();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < bufferSize() + 1; i++) {
            rest.add(receive.receiveNowait());
        }
        assertThat(rest).contains("theirs").doesNotContain("mine"); // the closed handle's item was withdrawn
        assertThat(onOther.outcome().failure()).isNull();
        other.close();
    }

    @Test
    void iteratingAClosedReceiveHandleThrowsClosed() { // checklist 36
        receive.close();
        assertThatThrownBy(() -> receive.iterator().hasNext()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void iterationEndsCleanlyAfterTheSendSideCloses() throws Exception { // checklist 9
        Background<List<String>> consumer = inBackground("consumer", () -> {
            List<String> items = new ArrayList<>();
            receive.forEach(items::add);
            return items;
        });
        send.send("hello");
        send.send("world");
        send.close();
        assertThat(consumer.value()).containsExactly("hello", "world");
    }

    @Test
    void interruptingAnIteratingThreadThrowsCancellationWithTheFlagSet() throws Exception {
        Background<Boolean> consumer = inBackground("consumer", () -> receive.iterator().hasNext());
        waitFor().until(() -> receive.statistics().tasksWaitingReceive() == 1);
        consumer.thread.interrupt();
        Background.Outcome<Boolean> outcome = consumer.outcome();
        assertThat(outcome.failure()).isInstanceOf(CancellationException.class);
        assertThat(outcome.interruptFlag()).isTrue();
    }

    // ## Interrupts and timeouts (exactly once) ##

    @Test
    void anInterruptedBlockedReceiverIsNeverHandedAnItem() throws Exception { // checklist 13, 34
        Background<String> receiver = blockedReceiver(receive, 1);
        receiver.thread.interrupt();
        // Right after interrupt() returns, before the receiver has run: the item must not go to it.
        if (bufferSize() == 0) {
            assertThatThrownBy(() -> send.sendNowait("hello")).isInstanceOf(WouldBlockException.class);
        } else {
            send.sendNowait("hello");
            assertThat(receive.receiveNowait()).isEqualTo("hello");
        }
        assertThat(receiver.failure()).isInstanceOf(InterruptedException.class);
        assertThat(receive.statistics().tasksWaitingReceive()).isZero();
    }

    @Test
    void aSenderSkipsAnInterruptedReceiverForTheNextOne() throws Exception { // checklist 24
        Background<String> first = blockedReceiver(receive, 1);
        Background<String> second = blockedReceiver(receive, 2);
        first.thread.interrupt();
        send.sendNowait("item");
        assertThat(second.value()).isEqualTo("item");
        assertThat(first.failure()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aReceiverInterruptedAfterTheHandOffReturnsTheItemWithTheFlagSet() throws Exception { // checklist 22
        // The interrupt races with the receiver waking up: repeat so both orders occur. Whichever
        // wins, the handed item must be returned (never lost, never an InterruptedException) and the
        // interrupt must survive for the caller's next checkpoint.
        for (int round = 0; round < 50; round++) {
            java.util.concurrent.atomic.AtomicBoolean interruptSent = new java.util.concurrent.atomic.AtomicBoolean();
            Background<String> receiver = inBackground("receiver-" + round, () -> {
                String item = receive.receive();
                while (!interruptSent.get()) {
                    Thread.onSpinWait();
                }
                return item;
            });
            waitFor().until(() -> receive.statistics().tasksWaitingReceive() == 1);
            send.sendNowait("hello" + round); // handed over: the receiver's node is DELIVERED
            receiver.thread.interrupt();
            interruptSent.set(true);
            Background.Outcome<String> outcome = receiver.outcome();
            assertThat(outcome.failure()).isNull();
            assertThat(outcome.value()).isEqualTo("hello" + round);
            assertThat(outcome.interruptFlag()).isTrue();
            assertThat(receive.statistics().currentBufferUsed()).isZero();
        }
    }

    @Test
    void anInterruptedBlockedSenderWithdrawsItsItem() throws Exception { // checklist 14
        List<String> buffered = fillBuffer();
        Background<Void> sender = blockedSender("hello");
        sender.thread.interrupt();
        assertThat(sender.failure()).isInstanceOf(InterruptedException.class);
        for (String item : buffered) {
            assertThat(receive.receiveNowait()).isEqualTo(item);
        }
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(WouldBlockException.class);
    }

    @Test
    void aReceiverSkipsAnInterruptedSenderAndTakesTheNextOne() throws Exception {
        List<String> expected = fillBuffer();
        Background<Void> first = blockedSender("first");
        Background<Void> second = blockedSender("second");
        waitFor().until(() -> send.statistics().tasksWaitingSend() == 2);
        first.thread.interrupt();
        expected.add("second");
        List<String> received = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            received.add(receive.receiveNowait());
        }
        assertThat(received).isEqualTo(expected);
        assertThat(first.failure()).isInstanceOf(InterruptedException.class);
        assertThat(second.outcome().failure()).isNull();
    }

    @Test
    void receiveOnAnInterruptedThreadThrowsWithoutConsuming() throws Exception { // checklist 20
        assumeTrue(bufferSize() >= 1, "[not for this buffer size] needs a buffer of at least 1");
        send.sendNowait("hello");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(receive::receive).isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> receive.receive(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
            Thread.currentThread().interrupt();
            assertThat(receive.receiveNowait()).isEqualTo("hello"); // nowait ignores the flag...
            assertThat(Thread.currentThread().isInterrupted()).isTrue(); // ...and leaves it set
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void receiveOnAnInterruptedThreadLeavesBlockedSendersInOrder() throws Exception { // checklist 20
        fillBuffer();
        Background<Void> hello = blockedSender("hello");
        Background<Void> world = blockedSender("world");
        waitFor().until(() -> send.statistics().tasksWaitingSend() == 2);
        Thread.currentThread().interrupt();
        assertThatThrownBy(receive::receive).isInstanceOf(InterruptedException.class);
        for (int i = 0; i < bufferSize(); i++) {
            receive.receive();
        }
        assertThat(receive.receive()).isEqualTo("hello");
        assertThat(receive.receive()).isEqualTo("world");
        assertThat(hello.outcome().failure()).isNull();
        assertThat(world.outcome().failure()).isNull();
    }

    @Test
    void sendOnAnInterruptedThreadDeliversNothing() throws Exception { // checklist 21
        Background<String> receiver = blockedReceiver(receive, 1);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> send.send("hello")).isInstanceOf(InterruptedException.class);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> send.send("hello", Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        send.send("world");
        assertThat(receiver.value()).isEqualTo("world");
    }

    @Test
    void sendNowaitIgnoresAndKeepsTheInterruptFlag() throws Exception {
        Background<String> receiver = blockedReceiver(receive, 1);
        Thread.currentThread().interrupt();
        try {
            send.sendNowait("hello");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(receiver.value()).isEqualTo("hello");
    }

    @Test
    void timedReceiveReturnsEmptyAfterTheTimeoutAndLeavesTheQueue() throws Exception {
        assertThat(receive.receive(Duration.ofMillis(20))).isEmpty();
        assertThat(receive.receive(Duration.ZERO)).isEmpty();
        assertThat(receive.receive(Duration.ofMillis(-5))).isEmpty();
        assertThat(receive.statistics().tasksWaitingReceive()).isZero();
        if (bufferSize() == 0) {
            assertThatThrownBy(() -> send.sendNowait("x")).isInstanceOf(WouldBlockException.class);
        }
    }

    @Test
    void timedReceiveReturnsAnItemThatArrivesInTime() throws Exception {
        Background<Optional<String>> receiver = inBackground("receiver", () -> receive.receive(WAIT));
        waitFor().until(() -> receive.statistics().tasksWaitingReceive() == 1);
        send.send("hello");
        assertThat(receiver.value()).contains("hello");
    }

    @Test
    void timedReceiveThrowsAtTheEndOfTheStream() throws Exception {
        Background<Optional<String>> receiver = inBackground("receiver", () -> receive.receive(WAIT));
        waitFor().until(() -> receive.statistics().tasksWaitingReceive() == 1);
        send.close();
        assertThat(receiver.failure()).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void timedSendReturnsFalseAfterTheTimeoutAndWithdrawsTheItem() throws Exception {
        List<String> buffered = fillBuffer();
        assertThat(send.send("late", Duration.ofMillis(20))).isFalse();
        assertThat(send.send("late", Duration.ZERO)).isFalse();
        assertThat(send.statistics().tasksWaitingSend()).isZero();
        for (String item : buffered) {
            assertThat(receive.receiveNowait()).isEqualTo(item);
        }
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(WouldBlockException.class);
    }

    @Test
    void timedSendReturnsTrueWhenAReceiverTakesTheItemInTime() throws Exception {
        fillBuffer();
        Background<Boolean> sender = inBackground("sender", () -> send.send("hello", WAIT));
        waitFor().until(() -> send.statistics().tasksWaitingSend() == 1);
        List<String> received = new ArrayList<>();
        for (int i = 0; i <= bufferSize(); i++) {
            received.add(receive.receive());
        }
        assertThat(sender.value()).isTrue();
        assertThat(received).endsWith("hello");
    }

    @Test
    void timedSendThrowsWhenTheReceiversCloseWhileItWaits() throws Exception {
        fillBuffer();
        Background<Boolean> sender = inBackground("sender", () -> send.send("hello", WAIT));
        waitFor().until(() -> send.statistics().tasksWaitingSend() == 1);
        receive.close();
        assertThat(sender.failure()).isInstanceOf(BrokenResourceException.class);
    }

    // ## Statistics ##

    @Test
    void freshStatisticsAreTheSameFromBothEnds() { // checklist 26
        MemoryObjectStreamStatistics expected = new MemoryObjectStreamStatistics(0, bufferSize(), 1, 1, 0, 0);
        assertThat(send.statistics()).isEqualTo(expected);
        assertThat(receive.statistics()).isEqualTo(expected);
    }

    @Test
    void closingClonesIsCountedAndStatisticsSurviveClose() { // checklist 28
        MemoryObjectSendStream<String> send2 = send.clone();
        MemoryObjectReceiveStream<String> receive2 = receive.clone();
        assertThat(send.statistics().openSendStreams()).isEqualTo(2);
        assertThat(send.statistics().openReceiveStreams()).isEqualTo(2);
        send2.close();
        receive2.close();
        assertThat(send2.isClosed()).isTrue();
        assertThat(send.isClosed()).isFalse();
        assertThat(receive2.statistics()).isEqualTo(new MemoryObjectStreamStatistics(0, bufferSize(), 1, 1, 0, 0));
        stream.close();
        assertThat(receive.statistics()).isEqualTo(new MemoryObjectStreamStatistics(0, bufferSize(), 0, 0, 0, 0));
    }

    @Test
    void itemCountersCountEveryHandOffAndBufferedItem() throws Exception {
        Background<String> receiver = blockedReceiver(receive, 1);
        send.send("direct");
        receiver.value();
        assertThat(send.itemsSent()).isEqualTo(1);
        assertThat(receive.itemsReceived()).isEqualTo(1);
        if (bufferSize() > 0) {
            send.sendNowait("buffered");
            assertThat(receive.itemsSent()).isEqualTo(2);
            assertThat(send.itemsReceived()).isEqualTo(1);
            receive.receiveNowait();
            assertThat(send.itemsReceived()).isEqualTo(2);
        }
    }

    @Test
    void closingTheStreamRecordClosesBothEnds() { // checklist 30
        try (MemoryObjectStream<String> s = stream) {
            assertThat(s.sendStream()).isSameAs(send);
        }
        assertThatThrownBy(() -> send.sendNowait("x")).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(receive::receiveNowait).isInstanceOf(ClosedResourceException.class);
        assertThat(send.isClosed()).isTrue();
        assertThat(receive.isClosed()).isTrue();
    }

    @Test
    void toStringShowsTheStateBriefly() { // checklist 35
        assertThat(send.toString()).startsWith("MemoryObjectSendStream[open").contains("buffered 0/");
        receive.close();
        assertThat(receive.toString()).startsWith("MemoryObjectReceiveStream[closed");
    }
}
