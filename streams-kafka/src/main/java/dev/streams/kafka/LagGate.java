package dev.streams.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jspecify.annotations.Nullable;

/**
 * The max-lag bound: a send is admitted only while the group's total lag on the topic, as last
 * read from the broker plus every send admitted since, is below max-lag. Kafka itself never makes a
 * producer wait for consumers, so this reads end offsets and the group's committed offsets with the
 * admin client ({@code listOffsets} + {@code listConsumerGroupOffsets}), caches the figure, and
 * refreshes it at most every {@value #REFRESH_MILLIS} ms while senders wait.
 *
 * <p>The estimate only over-counts between refreshes (records admitted but not yet seen in the end
 * offsets stay counted), so one process's senders never push the lag to max-lag or beyond. Senders
 * in other processes are seen at the next refresh.
 */
final class LagGate implements AutoCloseable {

    private static final long REFRESH_MILLIS = 100;
    /** An admitted send older than this makes the next admission re-read the lag first. */
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final KafkaChannelSettings<?> settings;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock refreshLock = new ReentrantLock();
    private @Nullable Admin admin; // guarded by refreshLock; created on the first refresh
    private long lagAtRefresh;     // guarded by lock, like the fields below
    private long refreshedAt;
    private boolean refreshed;
    private long admittedTotal;
    private long admittedAtRefresh;
    private boolean closed;

    LagGate(KafkaChannelSettings<?> settings) {
        this.settings = settings;
    }

    /**
     * Waits until a send may go, then counts it as admitted.
     *
     * @param deadline a {@link System#nanoTime()} deadline, or {@link Long#MAX_VALUE} for none
     * @return false if the deadline passed first
     */
    boolean awaitRoom(long deadline, KafkaChannelSettings<?> settings) throws InterruptedException {
        boolean timed = deadline != Long.MAX_VALUE;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long now = System.nanoTime();
            lock.lock();
            try {
                if (refreshed && now - refreshedAt < MAX_AGE_NANOS
                        && lagAtRefresh + (admittedTotal - admittedAtRefresh) < settings.maxLag()) {
                    admittedTotal++;
                    return true;
                }
            } finally {
                lock.unlock();
            }
            if (timed && deadline - now <= 0) {
                return false;
            }
            refresh(timed ? deadline : Long.MAX_VALUE);
        }
    }

    private void refresh(long deadline) throws InterruptedException {
        refreshLock.lockInterruptibly();
        try {
            long sinceLast;
            lock.lock();
            try {
                sinceLast = refreshed ? System.nanoTime() - refreshedAt : Long.MAX_VALUE;
            } finally {
                lock.unlock();
            }
            long pause = TimeUnit.MILLISECONDS.toNanos(REFRESH_MILLIS) - sinceLast;
            if (pause > 0) {
                // Someone just refreshed: wait for consumers to make progress before asking again.
                long nap = deadline == Long.MAX_VALUE ? pause : Math.min(pause, deadline - System.nanoTime());
                if (nap > 0) {
                    TimeUnit.NANOSECONDS.sleep(nap);
                }
            }
            long admittedBefore;
            lock.lock();
            try {
                if (closed) {
                    throw new KafkaSendException("Lag check on Kafka " + settings.describe()
                            + " stopped: the channel is closed", new IllegalStateException("closed"));
                }
                admittedBefore = admittedTotal;
            } finally {
                lock.unlock();
            }
            long lag = readLag();
            lock.lock();
            try {
                lagAtRefresh = lag;
                admittedAtRefresh = admittedBefore;
                refreshedAt = System.nanoTime();
                refreshed = true;
            } finally {
                lock.unlock();
            }
        } finally {
            refreshLock.unlock();
        }
    }

    /** The group's total lag on the topic: end offset minus committed (or earliest) offset. */
    private long readLag() throws InterruptedException {
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        try {
            Admin client = admin();
            TopicDescription topic;
            try {
                topic = await(client.describeTopics(List.of(settings.topic())).topicNameValues()
                        .get(settings.topic()), deadline);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return 0; // no topic yet: nobody can be behind
                }
                throw e;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topic.partitions().forEach(p -> latest.put(new TopicPartition(settings.topic(), p.partition()),
                    OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = await(client.listOffsets(latest).all(), deadline);
            Map<TopicPartition, OffsetAndMetadata> committed = await(
                    client.listConsumerGroupOffsets(settings.group()).partitionsToOffsetAndMetadata(), deadline);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (TopicPartition partition : latest.keySet()) {
                if (committed.get(partition) == null) {
                    earliest.put(partition, OffsetSpec.earliest());
                }
            }
            Map<TopicPartition, ListOffsetsResultInfo> starts = earliest.isEmpty()
                    ? Map.of() : await(client.listOffsets(earliest).all(), deadline);
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                long from = done != null ? done.offset() : starts.get(end.getKey()).offset();
                lag += Math.max(0, end.getValue().offset() - from);
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new KafkaSendException("Send on Kafka " + settings.describe()
                    + " could not read the lag of group '" + settings.group() + "' within "
                    + settings.sendTimeout() + ": " + cause.getClass().getSimpleName(), cause);
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(settings.adminProperties());
        }
        return admin;
    }

    private static <V> V await(KafkaFuture<V> future, long deadline)
            throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        // A refresh in progress finishes within its bounded admin calls before the client closes.
        refreshLock.lock();
        try {
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
                admin = null;
            }
        } finally {
            refreshLock.unlock();
        }
    }
}
