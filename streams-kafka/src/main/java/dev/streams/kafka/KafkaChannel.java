package dev.streams.kafka;

import dev.streams.ClosedResourceException;
import dev.streams.StreamResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A channel over one Kafka topic: the same {@link dev.streams.ObjectSendStream} /
 * {@link dev.streams.ObjectReceiveStream} API as a memory channel, shared by every process that
 * opens the same channel against the same brokers.
 *
 * <pre>{@code
 * try (KafkaChannel<Order> orders = KafkaChannel.builder("orders", Order.class)
 *         .bootstrapServers("localhost:9092")
 *         .group("billing")                    // receivers of one group split the items
 *         .sendTimeout(Duration.ofSeconds(10))
 *         .build()) {
 *     KafkaSendStream<Order> send = orders.sendStream();
 *     send.send(order);                        // returns once the broker acknowledged it
 *
 *     try (KafkaReceiveStream<Order> receive = orders.receiveStream()) {
 *         Order next = receive.receive();      // joins the group on this first receive
 *         process(next);                       // committed on the next receive or on close
 *     }
 * }
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>{@code send} returns once the broker acknowledged the record ({@code acks=all}, idempotent
 *       producer); otherwise it throws {@link KafkaSendException} within the send timeout, also when
 *       no broker can be reached.
 *   <li>Each item goes to one receive stream per group; each group gets every item. A group without
 *       committed offsets starts at the earliest offset.
 *   <li>At least once: a receive stream commits an item's offset when its next {@code receive} is
 *       called or it is closed; a receiver that dies loses nothing, another member gets the
 *       uncommitted items. Every record carries a unique {@value #MESSAGE_ID_HEADER} header.
 *   <li>At most {@code bufferSize} items wait in each receive stream; beyond that its consumer
 *       pauses (staying in the group). With {@code maxLag(n)}, {@code send} waits while the group
 *       is {@code n} or more items behind.
 * </ul>
 *
 * <p>Closing the channel closes its producer and admin client; open receive streams must be closed
 * on their own (each owns a consumer). Thread-safe.
 *
 * @param <T> the item type
 */
public final class KafkaChannel<T> implements StreamResource {

    /** The header holding a record's unique id, set by the sender (UTF-8 text). */
    public static final String MESSAGE_ID_HEADER = "streams-message-id";

    private final KafkaChannelSettings<T> settings;
    private final DefaultKafkaProducerFactory<byte[], T> producerFactory;
    private final KafkaTemplate<byte[], T> template;
    private final DefaultKafkaConsumerFactory<byte[], byte[]> consumerFactory;
    private final DeadLetters deadLetters;
    private final @Nullable LagGate lagGate;
    private final Set<KafkaReceiveStream<T>> receiveStreams = ConcurrentHashMap.newKeySet();
    private final List<ConcurrentMessageListenerContainer<byte[], T>> containers = new CopyOnWriteArrayList<>();
    private final CompletableFuture<?> ready;
    private final String messageIdPrefix = UUID.randomUUID() + "-";
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong consumerIds = new AtomicLong();
    final LongAdder itemsSent = new LongAdder();
    final LongAdder itemsReceived = new LongAdder();
    final LongAdder itemsDeadLettered = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile @Nullable String lastSendFailure;

    private KafkaChannel(KafkaChannelSettings<T> settings, CompletableFuture<?> ready) {
        this.settings = settings;
        this.ready = ready;
        this.producerFactory = new DefaultKafkaProducerFactory<>(
                settings.producerProperties(), new ByteArraySerializer(), settings.serde());
        this.template = templateLoggingNoContents(producerFactory);
        this.consumerFactory = new DefaultKafkaConsumerFactory<>(
                settings.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new DeadLetters(settings, template, itemsDeadLettered);
        this.lagGate = settings.maxLag() > 0 ? new LagGate(settings) : null;
    }

    /**
     * Starts building a channel named {@code name} (also the default topic and group) carrying
     * items of {@code itemType}.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     * @throws NullPointerException if an argument is null
     */
    public static <T> Builder<T> builder(String name, Class<T> itemType) {
        return new Builder<>(name, itemType);
    }

    /**
     * A template whose failed sends are logged without the record's key and value. spring-kafka's
     * default {@link LoggingProducerListener} prints both, and items are the application's data
     * (personal data, tokens): they must not reach the logs. The caller still learns everything
     * from the send's {@link KafkaSendException}, which names the channel and topic.
     */
    static <K, V> KafkaTemplate<K, V> templateLoggingNoContents(ProducerFactory<K, V> factory) {
        KafkaTemplate<K, V> template = new KafkaTemplate<>(factory);
        LoggingProducerListener<K, V> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        template.setProducerListener(listener);
        return template;
    }

    /** The channel's settings. */
    public KafkaChannelSettings<T> settings() {
        return settings;
    }

    /**
     * A send handle on this channel. Handles share the channel's producer; closing one does not
     * affect the others.
     *
     * @throws ClosedResourceException if the channel is closed
     */
    public KafkaSendStream<T> sendStream() {
        checkOpen();
        return new KafkaSendStream<>(this);
    }

    /**
     * A new receive stream with its own consumer, which joins the channel's group on the first
     * {@code receive} and leaves it on {@code close}.
     *
     * @throws ClosedResourceException if the channel is closed
     */
    public KafkaReceiveStream<T> receiveStream() {
        checkOpen();
        KafkaReceiveStream<T> stream = new KafkaReceiveStream<>(this);
        receiveStreams.add(stream);
        return stream;
    }

    /**
     * A spring-kafka listener container (not started) running {@code listener} on
     * {@code concurrency} consumers of the channel's group. Each record is committed after
     * {@code listener} returned ({@code AckMode.RECORD}); a listener that throws is called up to
     * max-attempts times in all, backoff apart ({@link DefaultErrorHandler}), then the record goes to
     * the dead-letter topic ({@link org.springframework.kafka.listener.DeadLetterPublishingRecoverer})
     * and the next one is processed. A record that cannot be read goes there at once
     * ({@link ErrorHandlingDeserializer}). Stopping finishes the record in hand and commits it;
     * the rest of the poll is redelivered. At most buffer-size records are fetched per consumer poll.
     *
     * <pre>{@code
     * var container = orders.listenerContainer("billing", 4, order -> invoices.create(order));
     * container.start();   // ... container.stop() on shutdown
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code concurrency} is less than 1
     * @throws ClosedResourceException if the channel is closed
     */
    public ConcurrentMessageListenerContainer<byte[], T> listenerContainer(String listenerName, int concurrency,
            ItemListener<? super T> listener) {
        Objects.requireNonNull(listenerName, "listenerName");
        Objects.requireNonNull(listener, "listener");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        checkOpen();
        DefaultKafkaConsumerFactory<byte[], T> factory = new DefaultKafkaConsumerFactory<>(
                settings.consumerProperties(), new ByteArrayDeserializer(),
                new ErrorHandlingDeserializer<>(settings.serde()));
        ContainerProperties properties = new ContainerProperties(settings.topic());
        properties.setGroupId(settings.group());
        properties.setClientId(settings.name() + "-" + listenerName);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setStopImmediate(true); // finish the record in hand, not the rest of the poll
        properties.setMessageListener((MessageListener<byte[], T>) record -> {
            try {
                listener.onItem(record.value());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ListenerFailedException(e);
            }
            itemsReceived.increment();
        });
        ConcurrentMessageListenerContainer<byte[], T> container = new ConcurrentMessageListenerContainer<>(factory,
                properties);
        container.setConcurrency(concurrency);
        container.setBeanName("streams-kafka-" + settings.name() + "-" + listenerName);
        // One retry layer only: the container's error handler (Spring Cloud Stream users get two).
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(deadLetters,
                new FixedBackOff(settings.backoff().toMillis(), settings.maxAttempts() - 1L));
        container.setCommonErrorHandler(errorHandler);
        containers.add(container);
        return container;
    }

    /** The listener containers created by {@link #listenerContainer}. */
    public List<ConcurrentMessageListenerContainer<byte[], T>> listenerContainers() {
        return List.copyOf(containers);
    }

    /** The channel's counters in this process. */
    public KafkaChannelStatistics statistics() {
        long used = 0;
        long capacity = 0;
        long lag = 0;
        for (KafkaReceiveStream<T> stream : receiveStreams) {
            used += stream.bufferUsed();
            capacity += settings.bufferSize();
            lag += stream.lag();
        }
        for (ConcurrentMessageListenerContainer<byte[], T> container : containers) {
            if (container.isRunning()) {
                capacity += (long) settings.bufferSize() * container.getConcurrency();
                lag += ListenerLag.of(container);
            }
        }
        return new KafkaChannelStatistics(itemsSent.sum(), itemsReceived.sum(), itemsDeadLettered.sum(),
                used, capacity, lag);
    }

    /**
     * Stops the listener containers (each finishes its record in hand), then flushes and closes the
     * producer and the admin client; receive streams stay open.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                containers.forEach(ConcurrentMessageListenerContainer::stop);
            } finally {
                closeClients();
            }
        }
    }

    private void closeClients() {
        try {
            producerFactory.reset(); // flushes and closes the shared producer
        } finally {
            try {
                deadLetters.close();
            } finally {
                if (lagGate != null) {
                    lagGate.close();
                }
            }
        }
    }

    /**
     * Why the latest send failed, if it failed: the exception class and message (never the item).
     * Cleared by the next acknowledged send; health checks show an unreachable broker with it.
     */
    public Optional<String> lastSendFailure() {
        return Optional.ofNullable(lastSendFailure);
    }

    void sendFailed(KafkaSendException failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        lastSendFailure = cause.getClass().getName() + ": " + cause.getMessage();
    }

    void sendAcknowledged() {
        itemsSent.increment();
        if (lastSendFailure != null) {
            lastSendFailure = null;
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "KafkaChannel[" + settings.name() + ", topic=" + settings.topic() + "]";
    }

    /**
     * Completes (normally, whatever the outcome) when what {@link Builder#readyWhen} waits for is
     * done: start listener containers after it, so they do not subscribe to a topic that does not
     * exist yet (a consumer may only notice it at its next metadata refresh, minutes later).
     */
    public CompletionStage<Void> ready() {
        return ready.handle((result, failure) -> null);
    }

    /**
     * Waits, at most the send timeout, for what the channel was told to wait for before its first
     * use (a topic being created); goes on regardless after that.
     */
    void awaitReady() throws InterruptedException {
        if (ready.isDone()) {
            return;
        }
        try {
            ready.get(settings.sendTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The send itself reports a missing broker; a failed topic creation may mean it exists.
        }
    }

    void checkOpen() {
        if (closed.get()) {
            throw new ClosedResourceException("Kafka channel '" + settings.name() + "' is closed");
        }
    }

    KafkaTemplate<byte[], T> template() {
        return template;
    }

    @Nullable LagGate lagGate() {
        return lagGate;
    }

    DeadLetters deadLetters() {
        return deadLetters;
    }

    org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> createConsumer() {
        return consumerFactory.createConsumer(settings.group(), settings.name() + "-",
                String.valueOf(consumerIds.incrementAndGet()));
    }

    String nextMessageId() {
        return messageIdPrefix + Long.toHexString(messageIds.incrementAndGet());
    }

    void removed(KafkaReceiveStream<T> stream) {
        receiveStreams.remove(stream);
    }

    /**
     * Builds a {@link KafkaChannel}. Client properties are Kafka's own names
     * ({@link ProducerConfig}, {@link ConsumerConfig}); the channel then sets what its guarantees
     * need ({@code acks=all}, idempotence, manual commits, earliest offset for new groups).
     *
     * @param <T> the item type
     */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> itemType;
        private @Nullable String topic;
        private @Nullable String group;
        private int bufferSize = 100;
        private Duration sendTimeout = Duration.ofSeconds(30);
        private long maxLag;
        private @Nullable String deadLetterTopic;
        private final Map<String, Object> common = new HashMap<>();
        private final Map<String, Object> producer = new HashMap<>();
        private final Map<String, Object> consumer = new HashMap<>();
        private final Map<String, Object> admin = new HashMap<>();
        private @Nullable ObjectMapper jsonMapper;
        private int maxAttempts = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private CompletableFuture<?> ready = CompletableFuture.completedFuture(null);

        private Builder(String name, Class<T> itemType) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(itemType, "itemType");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            this.name = name;
            this.itemType = itemType;
        }

        /** The brokers to connect to, as {@code host:port[,host:port...]}. */
        public Builder<T> bootstrapServers(String servers) {
            common.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(servers, "servers"));
            return this;
        }

        /** The topic; default: the channel name. */
        public Builder<T> topic(String topic) {
            this.topic = requireText(topic, "topic");
            return this;
        }

        /** The consumer group of this process's receive streams; default: the channel name. */
        public Builder<T> group(String group) {
            this.group = requireText(group, "group");
            return this;
        }

        /** Items that may wait in each receive stream's local buffer; default 100. */
        public Builder<T> bufferSize(int bufferSize) {
            if (bufferSize < 1) {
                throw new IllegalArgumentException("bufferSize must be at least 1: " + bufferSize);
            }
            this.bufferSize = bufferSize;
            return this;
        }

        /** How long {@code send} waits for the broker's acknowledgement; default 30 s. */
        public Builder<T> sendTimeout(Duration sendTimeout) {
            Objects.requireNonNull(sendTimeout, "sendTimeout");
            if (sendTimeout.isNegative() || sendTimeout.isZero()) {
                throw new IllegalArgumentException("sendTimeout must be positive: " + sendTimeout);
            }
            this.sendTimeout = sendTimeout;
            return this;
        }

        /** 0 = off (default); n &gt; 0: {@code send} waits while the group is n or more items behind. */
        public Builder<T> maxLag(long maxLag) {
            if (maxLag < 0) {
                throw new IllegalArgumentException("maxLag must not be negative: " + maxLag);
            }
            this.maxLag = maxLag;
            return this;
        }

        /**
         * Where records that cannot be read go; default {@code <topic>.DLT}; the empty string logs
         * and skips them.
         */
        public Builder<T> deadLetterTopic(String deadLetterTopic) {
            this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
            return this;
        }

        /** Properties for the producer, the consumers and the admin client alike (security, SSL). */
        public Builder<T> clientProperties(Map<String, ?> properties) {
            common.putAll(Objects.requireNonNull(properties, "properties"));
            return this;
        }

        /** Producer properties, applied after the common ones. */
        public Builder<T> producerProperties(Map<String, ?> properties) {
            producer.putAll(Objects.requireNonNull(properties, "properties"));
            return this;
        }

        /** Consumer properties, applied after the common ones. */
        public Builder<T> consumerProperties(Map<String, ?> properties) {
            consumer.putAll(Objects.requireNonNull(properties, "properties"));
            return this;
        }

        /** Admin client properties (for {@code maxLag}), applied after the common ones. */
        public Builder<T> adminProperties(Map<String, ?> properties) {
            admin.putAll(Objects.requireNonNull(properties, "properties"));
            return this;
        }

        /**
         * Listener containers call a failing listener up to {@code maxAttempts} times in all,
         * {@code backoff} apart, before the record goes to the dead-letter topic; default 3 and 1 s.
         */
        public Builder<T> retry(int maxAttempts, Duration backoff) {
            Objects.requireNonNull(backoff, "backoff");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative: " + backoff);
            }
            this.maxAttempts = maxAttempts;
            this.backoff = backoff;
            return this;
        }

        /**
         * Sends wait (at most the send timeout) for {@code stage} before the first record goes out:
         * for a topic being created in the background, so the broker does not auto-create it with
         * its default partition count first.
         */
        public Builder<T> readyWhen(CompletionStage<?> stage) {
            this.ready = Objects.requireNonNull(stage, "stage").toCompletableFuture();
            return this;
        }

        /** The Jackson mapper for items that are neither String nor byte[]; default a plain JsonMapper. */
        public Builder<T> jsonMapper(ObjectMapper jsonMapper) {
            this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper");
            return this;
        }

        /**
         * Builds the channel. Nothing connects yet: the producer connects on the first send, a
         * receive stream on its first receive.
         *
         * @throws IllegalArgumentException if no bootstrap servers were given
         */
        public KafkaChannel<T> build() {
            if (!common.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)
                    && !producer.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalArgumentException("bootstrapServers must be set");
            }
            String resolvedTopic = topic != null ? topic : name;
            ObjectMapper mapper = jsonMapper != null ? jsonMapper : JsonMapper.builder().build();
            KafkaChannelSettings<T> settings = new KafkaChannelSettings<>(name, resolvedTopic,
                    group != null ? group : name, ItemSerde.of(itemType, mapper), bufferSize, sendTimeout,
                    maxLag, maxAttempts, backoff, deadLetterTopic != null ? deadLetterTopic : resolvedTopic + ".DLT",
                    ClientProperties.producer(common, producer, sendTimeout),
                    ClientProperties.consumer(common, consumer, bufferSize),
                    ClientProperties.admin(common, admin, sendTimeout));
            return new KafkaChannel<>(settings, ready);
        }

        private static String requireText(String value, String argument) {
            Objects.requireNonNull(value, argument);
            if (value.isBlank()) {
                throw new IllegalArgumentException(argument + " must not be blank");
            }
            return value;
        }
    }
}
