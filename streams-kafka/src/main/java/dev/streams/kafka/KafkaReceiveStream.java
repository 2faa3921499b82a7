package dev.streams.kafka;

import dev.streams.BrokenResourceException;
import dev.streams.BusyResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.ObjectReceiveStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * A receive stream on a {@link KafkaChannel}: one consumer in the channel's group, fed by its own
 * poller thread into a local buffer of at most {@code bufferSize} items.
 *
 * <pre>{@code
 * try (KafkaReceiveStream<Order> receive = orders.receiveStream()) {
 *     for (Order order : receive) {   // never ends: a Kafka channel has no end of stream
 *         process(order);             // committed when the loop asks for the next one
 *     }
 * }
 * }</pre>
 *
 * <h2>Theory of operation</h2>
 * The consumer is created and subscribed by the poller thread, started by the first
 * {@code receive} (lazy group join). The poller is the only thread that touches the consumer
 * (Kafka consumers are single-threaded); the receiving thread and the poller meet at the buffer,
 * under one lock. The poller hands over whole poll results but never lets the buffer exceed its
 * capacity: the first record that does not fit, and the rest of its partition, are given back by
 * seeking the partition to that record and pausing it; when the buffer is full every partition is
 * paused. Paused partitions are not fetched but the consumer keeps polling, so it stays in the
 * group; it resumes once the buffer has room.
 *
 * <p>Commits follow the receiving thread: {@code receive} marks the previously returned record as
 * processed, and the poller commits processed offsets before its next poll. {@link #close()} marks
 * the record in hand processed too, commits, and closes the consumer (leaving the group); records
 * still in the buffer were never processed, so they are not committed and another member of the
 * group gets them. On a rebalance the poller commits what was processed on the revoked partitions
 * and drops their buffered records (the new owner reads them from the committed offset).
 *
 * <p>One thread receives at a time ({@link BusyResourceException} otherwise): "the next receive"
 * must mean the same consumer of the items. Open one stream per receiving thread.
 *
 * @param <T> the item type
 */
public final class KafkaReceiveStream<T> implements ObjectReceiveStream<T> {

    private static final System.Logger LOG = System.getLogger(KafkaReceiveStream.class.getName());
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final KafkaChannel<T> channel;
    private final KafkaChannelSettings<T> settings;
    private final AtomicBoolean receiving = new AtomicBoolean();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Everything below is guarded by lock.
    private final ArrayDeque<ConsumerRecord<byte[], byte[]>> buffer = new ArrayDeque<>();
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private @Nullable ConsumerRecord<byte[], byte[]> inHand;
    private @Nullable Thread poller;
    private @Nullable Consumer<byte[], byte[]> consumer;
    private boolean closed;
    private @Nullable Throwable failure;
    private volatile long lag;

    KafkaReceiveStream(KafkaChannel<T> channel) {
        this.channel = channel;
        this.settings = channel.settings();
    }

    /**
     * Receives the next item, joining the group on the first call; marks the previous item
     * processed (its offset is committed shortly after).
     *
     * @throws ClosedResourceException if this stream is closed, also while waiting
     * @throws BrokenResourceException if the consumer failed (the cause says why)
     * @throws BusyResourceException if another thread is receiving on this stream
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public T receive() throws InterruptedException {
        return receiveDelivery().item();
    }

    /**
     * Like {@link #receive()}, with the record's message id, partition and offset.
     *
     * @throws ClosedResourceException if this stream is closed, also while waiting
     * @throws BrokenResourceException if the consumer failed (the cause says why)
     * @throws BusyResourceException if another thread is receiving on this stream
     * @throws InterruptedException if interrupted while waiting
     */
    public KafkaDelivery<T> receiveDelivery() throws InterruptedException {
        if (!receiving.compareAndSet(false, true)) {
            throw new BusyResourceException("receiving on this Kafka receive stream");
        }
        try {
            while (true) {
                ConsumerRecord<byte[], byte[]> record = take();
                T item;
                try {
                    item = settings.serde().deserialize(record.topic(), record.value());
                } catch (SerializationException e) {
                    channel.deadLetters().accept(record, e); // committed with the next receive
                    continue;
                }
                channel.itemsReceived.increment();
                return new KafkaDelivery<>(item, messageId(record), record.partition(), record.offset());
            }
        } finally {
            receiving.set(false);
        }
    }

    private ConsumerRecord<byte[], byte[]> take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            checkOpen();
            settleInHand();
            if (poller == null) {
                Thread thread = new Thread(this::poll, "streams-kafka-" + settings.name());
                thread.setDaemon(true);
                poller = thread;
                thread.start();
            }
            while (buffer.isEmpty()) {
                checkOpen();
                if (failure != null) {
                    throw new BrokenResourceException("The consumer of Kafka " + settings.describe()
                            + " failed", failure);
                }
                changed.await();
            }
            ConsumerRecord<byte[], byte[]> record = buffer.poll();
            inHand = record;
            return record;
        } finally {
            lock.unlock();
        }
    }

    /** Items waiting in this stream's buffer. */
    public int bufferUsed() {
        lock.lock();
        try {
            return buffer.size();
        } finally {
            lock.unlock();
        }
    }

    /** Whether this stream's consumer failed (receive then throws {@link BrokenResourceException}). */
    public boolean isBroken() {
        lock.lock();
        try {
            return failure != null;
        } finally {
            lock.unlock();
        }
    }

    /** End offset minus committed offset over the partitions this stream's consumer holds. */
    public long lag() {
        return lag;
    }

    /**
     * Commits the item in hand, leaves the group and closes the consumer, waiting for that (bounded);
     * buffered items are not committed, so other members of the group get them. Threads blocked in
     * {@code receive} get {@link ClosedResourceException}.
     */
    @Override
    public void close() {
        Thread thread;
        Consumer<byte[], byte[]> current;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            settleInHand();
            thread = poller;
            current = consumer;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        channel.removed(this);
        if (current != null) {
            current.wakeup(); // end a poll in progress now rather than at its timeout
        } else if (thread != null) {
            thread.interrupt(); // still waiting for the topic: no consumer to wake yet
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the poller still finishes on its own
            }
        }
    }

    @Override
    public String toString() {
        return "KafkaReceiveStream[" + settings.name() + ", group=" + settings.group() + "]";
    }

    private void checkOpen() {
        if (closed) {
            throw new ClosedResourceException("This Kafka receive stream was closed");
        }
    }

    private void settleInHand() {
        ConsumerRecord<byte[], byte[]> record = inHand;
        if (record != null) {
            processed.put(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1));
            inHand = null;
        }
    }

    private static @Nullable String messageId(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(KafkaChannel.MESSAGE_ID_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ---- the poller thread ----

    private void poll() {
        Consumer<byte[], byte[]> polling = null;
        Map<TopicPartition, Long> committed = new HashMap<>();
        try {
            try {
                channel.awaitReady(); // subscribe once the topic exists; see KafkaChannel.ready()
            } catch (InterruptedException e) {
                return; // closed while waiting
            }
            Thread.interrupted(); // a close() from here on is seen through `closed` below, not as an interrupt
            polling = channel.createConsumer();
            lock.lock();
            try {
                consumer = polling;
                if (closed) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            polling.subscribe(List.of(settings.topic()), new Rebalance(polling, committed));
            while (true) {
                boolean stop;
                int room;
                Map<TopicPartition, OffsetAndMetadata> toCommit;
                lock.lock();
                try {
                    stop = closed;
                    room = settings.bufferSize() - buffer.size();
                    toCommit = drainProcessed(polling.assignment());
                } finally {
                    lock.unlock();
                }
                commit(polling, toCommit, committed);
                if (stop) {
                    return;
                }
                if (room <= 0) {
                    polling.pause(polling.assignment());
                } else if (!polling.paused().isEmpty()) {
                    polling.resume(polling.paused());
                }
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = polling.poll(POLL);
                } catch (WakeupException e) {
                    continue; // close() wants the loop to see it now
                }
                if (!records.isEmpty()) {
                    hand(polling, records);
                }
                lag = measureLag(polling, committed);
            }
        } catch (Throwable t) {
            lock.lock();
            try {
                if (!closed) {
                    failure = t;
                    LOG.log(System.Logger.Level.ERROR, "Consumer of Kafka " + settings.describe() + " failed", t);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        } finally {
            if (polling != null) {
                closeConsumer(polling, committed);
            }
            lag = 0;
        }
    }

    /** Moves polled records into the buffer, giving back what does not fit (see the class doc). */
    private void hand(Consumer<byte[], byte[]> polling, ConsumerRecords<byte[], byte[]> records) {
        lock.lock();
        try {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                    if (buffer.size() < settings.bufferSize()) {
                        buffer.add(record);
                    } else {
                        polling.seek(partition, record.offset());
                        polling.pause(Set.of(partition));
                        break;
                    }
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> drainProcessed(Set<TopicPartition> assignment) {
        if (processed.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetAndMetadata> owned = new HashMap<>();
        processed.forEach((partition, offset) -> {
            if (assignment.contains(partition)) { // another member owns the rest now; it re-reads them
                owned.put(partition, offset);
            }
        });
        processed.clear();
        return owned;
    }

    private void commit(Consumer<byte[], byte[]> polling, Map<TopicPartition, OffsetAndMetadata> offsets,
            Map<TopicPartition, Long> committed) {
        if (offsets.isEmpty()) {
            return;
        }
        polling.commitSync(offsets, CLIENT_TIMEOUT);
        offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
    }

    private long measureLag(Consumer<byte[], byte[]> polling, Map<TopicPartition, Long> committed) {
        long total = 0;
        for (TopicPartition partition : polling.assignment()) {
            OptionalLong behind = polling.currentLag(partition);
            Long done = committed.get(partition);
            if (behind.isPresent() && done != null) {
                total += Math.max(0, polling.position(partition, CLIENT_TIMEOUT) + behind.getAsLong() - done);
            }
        }
        return total;
    }

    private void closeConsumer(Consumer<byte[], byte[]> polling, Map<TopicPartition, Long> committed) {
        try {
            Map<TopicPartition, OffsetAndMetadata> toCommit;
            lock.lock();
            try {
                settleInHand();
                toCommit = drainProcessed(polling.assignment());
                buffer.clear(); // not processed: redelivered to the group
            } finally {
                lock.unlock();
            }
            commit(polling, toCommit, committed);
        } catch (KafkaException e) {
            LOG.log(System.Logger.Level.WARNING, "Final commit on Kafka " + settings.describe()
                    + " failed; the group will see those items again: " + e);
        } finally {
            try {
                polling.close(CLIENT_TIMEOUT);
            } catch (KafkaException e) {
                LOG.log(System.Logger.Level.WARNING, "Closing the consumer of Kafka " + settings.describe()
                        + " failed: " + e);
            }
        }
    }

    /** Runs inside {@code poll} on the poller thread. */
    private final class Rebalance implements ConsumerRebalanceListener {
        private final Consumer<byte[], byte[]> polling;
        private final Map<TopicPartition, Long> committed;

        Rebalance(Consumer<byte[], byte[]> polling, Map<TopicPartition, Long> committed) {
            this.polling = polling;
            this.committed = committed;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
            lock.lock();
            try {
                dropBuffered(partitions);
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = processed.remove(partition);
                    if (offset != null) {
                        toCommit.put(partition, offset);
                    }
                }
            } finally {
                lock.unlock();
            }
            try {
                commit(polling, toCommit, committed);
            } catch (KafkaException e) {
                LOG.log(System.Logger.Level.WARNING, "Commit on revocation failed for Kafka "
                        + settings.describe() + "; the new owner will see those items again: " + e);
            }
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            lock.lock();
            try {
                dropBuffered(partitions);
                partitions.forEach(processed::remove);
            } finally {
                lock.unlock();
            }
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // A newly assigned partition starts at its committed offset (or the earliest one).
            for (TopicPartition partition : partitions) {
                committed.put(partition, polling.position(partition, CLIENT_TIMEOUT));
            }
        }

        private void dropBuffered(Collection<TopicPartition> partitions) {
            for (Iterator<ConsumerRecord<byte[], byte[]>> it = buffer.iterator(); it.hasNext(); ) {
                ConsumerRecord<byte[], byte[]> record = it.next();
                if (partitions.contains(new TopicPartition(record.topic(), record.partition()))) {
                    it.remove();
                }
            }
        }
    }
}
