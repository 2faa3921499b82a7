package dev.streams.spring.kafka;

import dev.streams.kafka.KafkaChannel;
import dev.streams.kafka.KafkaChannelStatistics;
import dev.streams.kafka.KafkaReceiveStream;
import dev.streams.kafka.KafkaSendStream;
import dev.streams.spring.autoconfigure.InvalidStreamsPropertyException;
import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import tools.jackson.databind.ObjectMapper;

/**
 * The Kafka channels of {@code streams.kafka.channels.*}: one {@link KafkaChannel} each, its send
 * and receive stream beans, and the listener containers of its {@code @ChannelListener} methods.
 *
 * <p>Construction starts the creation of absent topics (and dead-letter topics) through Boot's
 * {@link KafkaAdmin} on a background thread, so startup never waits for the broker; a channel's
 * first send waits for it, at most its send timeout. As a {@link SmartLifecycle} it starts the
 * listener containers with the context and stops them first on shutdown, in parallel and within
 * the phase timeout: each finishes the record in hand and commits it; records fetched but not yet
 * processed are not committed and go to another member of the group. Destruction then closes the
 * receive streams (committing their item in hand) and the channels (flushing the producers).
 *
 * <pre>{@code
 * KafkaSendStream<?> orders = kafkaChannels.sendStream("orders");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class KafkaChannels implements ExternalChannels, SmartLifecycle {

    /** Bean name of this registry. */
    public static final String BEAN_NAME = "streamsKafkaChannels";

    /** Stops with the memory channels, before web servers and executors go. */
    public static final int PHASE = MemoryChannels.PHASE;

    private static final Log logger = LogFactory.getLog(KafkaChannels.class);

    private final Map<String, KafkaChannelSpec> specs = new LinkedHashMap<>();
    private final Map<String, KafkaChannel<?>> channels = new LinkedHashMap<>();
    private final Map<String, KafkaReceiveStream<?>> receiveStreams = new ConcurrentHashMap<>();
    private final List<ConcurrentMessageListenerContainer<byte[], ?>> containers = new CopyOnWriteArrayList<>();
    private final Map<ConcurrentMessageListenerContainer<byte[], ?>, String> containerChannels = new ConcurrentHashMap<>();
    private final List<Thread> topicCreators = new CopyOnWriteArrayList<>();
    private final Set<ConcurrentMessageListenerContainer<byte[], ?>> started = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile boolean running;

    /**
     * @param specs the channels
     * @param clients Boot's client settings ({@code spring.kafka.*}, connection details, SSL bundles)
     * @param mapper the application's JSON mapper
     * @param admin Boot's admin for creating topics, or null to leave that to the broker
     */
    public KafkaChannels(Collection<KafkaChannelSpec> specs, KafkaClientSettings clients, ObjectMapper mapper,
            @Nullable KafkaAdmin admin) {
        for (KafkaChannelSpec spec : specs) {
            this.specs.put(spec.name(), spec);
            CompletableFuture<Void> topicReady = admin == null ? CompletableFuture.completedFuture(null)
                    : createTopics(admin, spec, this.topicCreators);
            this.channels.put(spec.name(), build(spec, clients, mapper, topicReady));
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static KafkaChannel<?> build(KafkaChannelSpec spec, KafkaClientSettings clients, ObjectMapper mapper,
            CompletableFuture<Void> topicReady) {
        KafkaChannel.Builder builder = KafkaChannel.builder(spec.name(), spec.itemType())
            .topic(spec.topic())
            .group(spec.group())
            .bufferSize(spec.bufferSize())
            .sendTimeout(spec.sendTimeout())
            .maxLag(spec.maxLag())
            .retry(spec.maxAttempts(), spec.backoff())
            .deadLetterTopic(spec.deadLetterTopic())
            .producerProperties(clients.producer())
            .consumerProperties(clients.consumer())
            .adminProperties(clients.admin())
            .jsonMapper(mapper)
            .readyWhen(topicReady);
        return builder.build();
    }

    private static CompletableFuture<Void> createTopics(KafkaAdmin admin, KafkaChannelSpec spec,
            List<Thread> threads) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                List<NewTopic> topics = new ArrayList<>();
                topics.add(new NewTopic(spec.topic(), Optional.of(spec.partitions()), Optional.empty()));
                if (!spec.deadLetterTopic().isEmpty()) {
                    topics.add(new NewTopic(spec.deadLetterTopic(), Optional.of(1), Optional.empty()));
                }
                admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
                done.complete(null);
            } catch (RuntimeException e) {
                logger.warn("Kafka channel '" + spec.name() + "': could not check or create topic '" + spec.topic()
                        + "' (" + e.getClass().getSimpleName() + "); sends fail until the broker is reachable");
                done.completeExceptionally(e);
            }
        }, "streams-kafka-topics-" + spec.name());
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
        return done;
    }

    /** The channels by name. */
    public Map<String, KafkaChannel<?>> channels() {
        return Map.copyOf(this.channels);
    }

    /** The specs by name. */
    public Map<String, KafkaChannelSpec> specs() {
        return Map.copyOf(this.specs);
    }

    /** The send stream of {@code name} (a fresh handle on the channel's producer). */
    public KafkaSendStream<?> sendStream(String name) {
        return channel(name).sendStream();
    }

    /** The receive stream bean of {@code name}: one per channel, joining the group on its first receive. */
    public KafkaReceiveStream<?> receiveStream(String name) {
        KafkaChannel<?> channel = channel(name);
        return this.receiveStreams.computeIfAbsent(name, n -> channel.receiveStream());
    }

    private KafkaChannel<?> channel(String name) {
        KafkaChannel<?> channel = this.channels.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("No Kafka channel '" + name + "' (configured: " + this.channels.keySet() + ")");
        }
        return channel;
    }

    @Override
    public Kind kind() {
        return Kind.KAFKA;
    }

    @Override
    public Set<String> names() {
        return Collections.unmodifiableSet(this.specs.keySet());
    }

    @Override
    public @Nullable Class<?> itemType(String channel) {
        KafkaChannelSpec spec = this.specs.get(channel);
        return spec == null ? null : spec.itemType();
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public void addConsumers(String channel, int concurrency, String id, MemoryChannels.ItemHandler handler) {
        KafkaChannelSpec spec = this.specs.get(channel);
        if (spec == null) {
            throw new IllegalArgumentException("No Kafka channel '" + channel + "'");
        }
        if (spec.partitions() < concurrency) {
            throw KafkaPropertyFailures.fewerPartitionsThanConcurrency(channel, spec.partitions(), concurrency, id);
        }
        KafkaChannel kafkaChannel = this.channels.get(channel);
        ConcurrentMessageListenerContainer<byte[], ?> container = kafkaChannel.listenerContainer(id, concurrency,
                item -> handler.handle(item));
        this.containers.add(container);
        this.containerChannels.put(container, channel);
        if (this.running) {
            startWhenTopicReady(container);
        }
    }

    @Override
    public void start() {
        this.running = true;
        this.containers.forEach(this::startWhenTopicReady);
    }

    /**
     * Starts a container once its topic exists (or its creation failed), never holding up startup: a
     * consumer subscribed to a topic that does not exist yet may only see it at its next metadata
     * refresh, minutes later.
     */
    private void startWhenTopicReady(ConcurrentMessageListenerContainer<byte[], ?> container) {
        KafkaChannel<?> channel = this.channels.get(this.containerChannels.get(container));
        channel.ready().whenComplete((ignored, failure) -> {
            this.lifecycle.lock();
            try {
                if (this.running) {
                    container.start();
                    this.started.add(container);
                }
            } finally {
                this.lifecycle.unlock();
            }
        });
    }

    /**
     * Stops the listener containers in parallel and reports back when all have stopped, so Boot's
     * {@code spring.lifecycle.timeout-per-shutdown-phase} bounds the wait. Each container finishes
     * the record in hand (commit included) and leaves the rest of its poll uncommitted.
     */
    @Override
    public void stop(Runnable callback) {
        stopStarting();
        if (this.containers.isEmpty()) {
            callback.run();
            return;
        }
        AtomicInteger remaining = new AtomicInteger(this.containers.size());
        for (ConcurrentMessageListenerContainer<byte[], ?> container : this.containers) {
            container.stop(() -> {
                if (remaining.decrementAndGet() == 0) {
                    callback.run();
                }
            });
        }
    }

    @Override
    public void stop() {
        stopStarting();
        CountDownLatch stopped = new CountDownLatch(this.containers.size());
        for (ConcurrentMessageListenerContainer<byte[], ?> container : this.containers) {
            container.stop(stopped::countDown);
        }
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                logger.warn("Kafka listener containers did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopStarting() {
        this.lifecycle.lock();
        try {
            this.running = false; // a topic that gets ready from now on starts no container
        } finally {
            this.lifecycle.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return this.running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Closes the receive stream beans (committing their item in hand), then the channels; a topic
     * creation still waiting for an unreachable broker is interrupted.
     */
    public void close() {
        for (Thread creator : this.topicCreators) {
            creator.interrupt();
        }
        this.receiveStreams.values().forEach(KafkaReceiveStream::close);
        this.channels.values().forEach(KafkaChannel::close);
        for (Thread creator : this.topicCreators) {
            try {
                creator.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether a listener consumer or a receive stream of {@code channel} stopped unexpectedly. (Health
     * is also DOWN while the channel's latest send failed, e.g. with the broker unreachable.)
     */
    public boolean isDown(String channel) {
        for (ConcurrentMessageListenerContainer<byte[], ?> container : this.containers) {
            if (channel.equals(this.containerChannels.get(container)) && this.running
                    && this.started.contains(container)
                    && (!container.isRunning() || !container.isInExpectedState())) {
                return true;
            }
        }
        KafkaReceiveStream<?> stream = this.receiveStreams.get(channel);
        return stream != null && stream.isBroken();
    }

    @Override
    public Map<String, Map<String, Object>> describe() {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        this.channels.forEach((name, channel) -> {
            KafkaChannelSpec spec = this.specs.get(name);
            KafkaChannelStatistics statistics = channel.statistics();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("topic", spec.topic());
            fields.put("group", spec.group());
            fields.put("partitions", spec.partitions());
            fields.put("bufferUsed", statistics.bufferUsed());
            fields.put("bufferCapacity", statistics.bufferCapacity());
            fields.put("itemsSent", statistics.itemsSent());
            fields.put("itemsReceived", statistics.itemsReceived());
            fields.put("lag", statistics.lag());
            result.put(name, fields);
        });
        return result;
    }

    @Override
    public Map<String, ChannelHealth> health() {
        Map<String, ChannelHealth> result = new LinkedHashMap<>();
        this.channels.forEach((name, channel) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            Optional<String> sendFailure = channel.lastSendFailure();
            fields.put("topic", this.specs.get(name).topic());
            fields.put("lag", channel.statistics().lag());
            if (isDown(name)) {
                fields.put("error", "a consumer stopped unexpectedly");
            }
            sendFailure.ifPresent(failure -> fields.put("lastSendError", failure));
            result.put(name, new ChannelHealth(isDown(name) || sendFailure.isPresent(), fields));
        });
        return result;
    }
}
