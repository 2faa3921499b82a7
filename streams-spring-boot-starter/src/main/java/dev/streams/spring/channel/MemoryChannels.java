package dev.streams.spring.channel;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * The configured memory channels (bean {@value #BEAN_NAME}), their
 * {@link dev.streams.spring.ChannelListener} consumers and their orderly shutdown.
 *
 * <pre>{@code
 * MemoryChannels channels = context.getBean(MemoryChannels.class);
 * channels.get("orders").statistics().currentBufferUsed();
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 * {@link #start()} starts the consumers registered so far (later ones start at once). {@link #stop()}
 * closes the channels in dependency order (API.md §14), all against one clock; see
 * {@link ChannelShutdown} for the stages:
 * <ol>
 *   <li>a channel's send stream (the {@code <name>SendStream} bean) closes only when every channel
 *       whose consumers may send into it is done, so a pipeline stage or a dead-letter channel gets
 *       what its producers forward while they drain; sends from anything else then throw
 *       {@code ClosedResourceException};</li>
 *   <li>its consumers drain the buffer, for at most the channel's {@code drain-timeout} after
 *       shutdown began (grace periods for closing and interrupting busy consumers included);</li>
 *   <li>what is left (buffered items and items a consumer was interrupted on) is counted and
 *       logged, and the receive side closes.</li>
 * </ol>
 * The phase {@value #PHASE} is below the listeners' so that channels stop after the listeners whose
 * handlers may feed them, and start before them.
 *
 * <p>Thread-safe.
 */
public final class MemoryChannels implements SmartLifecycle {

    /** Name of this bean. */
    public static final String BEAN_NAME = "streamsMemoryChannels";

    /** Lifecycle phase: starts before and stops after the listeners. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Log logger = LogFactory.getLog(MemoryChannels.class);

    private final Map<String, MemoryChannel<?>> channels;

    /** The beans that send into a channel ({@code <name>Stream}, {@code <name>SendStream}) by bean name. */
    private final Map<String, MemoryChannel<?>> sendingBeans;

    private final List<ChannelConsumer> consumers = new CopyOnWriteArrayList<>();

    private final ExitSignal exits = new ExitSignal();

    private final ReentrantLock lock = new ReentrantLock();

    private volatile Supplier<? extends ChannelListenerErrorHandler> errorHandler = () -> this::logError;

    private volatile Supplier<? extends Executor> executor = () -> MemoryChannels::startDaemonThread;

    private @Nullable Executor startedExecutor; // guarded by lock: set by start()

    private boolean running; // guarded by lock

    private boolean stopped; // guarded by lock: stop() ran, the channels are closed for good

    /**
     * Creates the channels, in the given order.
     *
     * @throws IllegalArgumentException if a dead-letter channel is not among {@code specs}
     */
    public MemoryChannels(Collection<MemoryChannelSpec> specs) {
        Map<String, MemoryChannel<?>> map = new LinkedHashMap<>();
        Map<String, MemoryChannel<?>> sending = new HashMap<>();
        for (MemoryChannelSpec spec : specs) {
            MemoryChannel<?> channel = new MemoryChannel<>(spec);
            map.put(spec.name(), channel);
            sending.put(spec.streamBeanName(), channel);
            sending.put(spec.sendStreamBeanName(), channel);
        }
        for (MemoryChannelSpec spec : specs) {
            if (spec.deadLetterChannel() != null && !map.containsKey(spec.deadLetterChannel())) {
                throw new IllegalArgumentException("deadLetterChannel '" + spec.deadLetterChannel() + "' of channel '"
                        + spec.name() + "' is not one of " + map.keySet());
            }
        }
        this.channels = Collections.unmodifiableMap(map);
        this.sendingBeans = Map.copyOf(sending);
    }

    /**
     * Sets where the default error handler comes from (asked once per consumer when it starts);
     * without one, failures are logged at WARN level.
     */
    public void setErrorHandler(Supplier<? extends @Nullable ChannelListenerErrorHandler> errorHandler) {
        Objects.requireNonNull(errorHandler, "errorHandler");
        this.errorHandler = () -> {
            ChannelListenerErrorHandler chosen = errorHandler.get();
            return (chosen != null) ? chosen : this::logError;
        };
    }

    /** Replaces the default error handler, which logs at WARN level. */
    public void setErrorHandler(ChannelListenerErrorHandler errorHandler) {
        Objects.requireNonNull(errorHandler, "errorHandler");
        this.errorHandler = () -> errorHandler;
    }

    /**
     * Sets where the consumers run, one long-running task each (asked once, when they start). The
     * starter passes an executor from Boot's {@code SimpleAsyncTaskExecutorBuilder}, so
     * {@code spring.threads.virtual.enabled} and a {@code TaskDecorator} bean apply. Default: a
     * new daemon platform thread each.
     */
    public void setExecutor(Supplier<? extends Executor> executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The channels by name, in configuration order. */
    public Map<String, MemoryChannel<?>> channels() {
        return this.channels;
    }

    /** The channel with that name, or null. */
    public @Nullable MemoryChannel<?> get(String name) {
        return this.channels.get(name);
    }

    /**
     * The channel that the bean named {@code beanName} sends into when it is one of this registry's
     * {@code <name>Stream} or {@code <name>SendStream} beans; null for any other bean (receive
     * stream beans included).
     */
    public @Nullable MemoryChannel<?> channelSentToBy(String beanName) {
        return this.sendingBeans.get(beanName);
    }

    /** The {@code <name>Stream} bean. Used as the factory method of the channel beans. */
    public MemoryObjectStream<?> stream(String name) {
        return require(name).stream();
    }

    /** The {@code <name>SendStream} bean. */
    public MemoryObjectSendStream<?> sendStream(String name) {
        return require(name).sendStream();
    }

    /** The {@code <name>ReceiveStream} bean. */
    public MemoryObjectReceiveStream<?> receiveStream(String name) {
        return require(name).receiveStream();
    }

    private MemoryChannel<?> require(String name) {
        MemoryChannel<?> channel = this.channels.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("no channel named '" + name + "'");
        }
        return channel;
    }

    /** Number of running consumers of a channel (consumers that have not finished). */
    public int activeConsumers(String channel) {
        int count = 0;
        for (ChannelConsumer consumer : this.consumers) {
            if (consumer.channel().name().equals(channel) && consumer.isAlive()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Registers {@code concurrency} consumers of a channel, each calling {@code handler} for every
     * item it receives, with the default error handler and no channels it sends into.
     *
     * @param id names the consumer threads, e.g. {@code OrderProcessor.process}
     */
    public void addConsumers(String channel, int concurrency, String id, ItemHandler handler) {
        addConsumers(new Consumers(channel, concurrency, id, handler, null, Set::of));
    }

    /** Registers consumers; they start with this lifecycle, or at once if it is already running. */
    public void addConsumers(Consumers registration) {
        MemoryChannel<?> target = require(registration.channel());
        String deadLetterChannel = target.deadLetterChannel();
        MemoryChannel<?> deadLetters = (deadLetterChannel != null) ? require(deadLetterChannel) : null;
        this.lock.lock();
        try {
            if (this.stopped) {
                throw new IllegalStateException("channels are already shut down");
            }
            for (int i = 0; i < registration.concurrency(); i++) {
                ChannelConsumer consumer = new ChannelConsumer(target, deadLetters, registration, i, this.exits::signal);
                this.consumers.add(consumer);
                if (this.running) {
                    consumer.start(this.startedExecutor, this.errorHandler);
                }
            }
        } finally {
            this.lock.unlock();
        }
    }

    @Override
    public void start() {
        this.lock.lock();
        try {
            if (this.running || this.stopped) {
                return;
            }
            this.startedExecutor = this.executor.get();
            for (ChannelConsumer consumer : this.consumers) {
                consumer.start(this.startedExecutor, this.errorHandler);
            }
            this.running = true;
        } finally {
            this.lock.unlock();
        }
    }

    @Override
    public void stop() {
        this.lock.lock();
        try {
            if (this.stopped) {
                return;
            }
            this.stopped = true;
            this.running = false;
        } finally {
            this.lock.unlock();
        }
        new ChannelShutdown(this.channels.values(), this.consumers, this.exits).run();
    }

    @Override
    public boolean isRunning() {
        this.lock.lock();
        try {
            return this.running;
        } finally {
            this.lock.unlock();
        }
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Closing channels cannot be undone, so {@code pause()} must not stop them. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Bean destruction: closes everything even if the lifecycle never ran (a failed startup). */
    public void close() {
        this.lock.lock();
        try {
            this.stopped = true;
            this.running = false;
        } finally {
            this.lock.unlock();
        }
        for (ChannelConsumer consumer : this.consumers) {
            consumer.closeStream();
            consumer.interruptIfAlive();
        }
        for (MemoryChannel<?> channel : this.channels.values()) {
            channel.stream().close();
        }
    }

    private static void startDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "streams-channel");
        thread.setDaemon(true);
        thread.start();
    }

    /** The default error handler: logs at WARN level. */
    public static ChannelListenerErrorHandler loggingErrorHandler() {
        return (channel, item, error) -> logger.warn("@ChannelListener of memory channel '" + channel
                + "' failed on an item of type " + item.getClass().getName() + " in every attempt", error);
    }

    private void logError(String channel, Object item, Throwable error) {
        MemoryChannel<?> source = this.channels.get(channel);
        String deadLetters = (source != null) ? source.deadLetterChannel() : null;
        int attempts = (source != null) ? source.maxAttempts() : 1;
        logger.warn("@ChannelListener of memory channel '" + channel + "' failed on an item of type "
                + item.getClass().getName() + " " + (attempts == 1 ? "(no retry)" : "in all " + attempts + " attempts")
                + (deadLetters != null ? "; it was sent to dead-letter channel '" + deadLetters + "'"
                        : "; the item is dropped"), error);
    }

    /** What a consumer does with one item. */
    @FunctionalInterface
    public interface ItemHandler {

        /** Handles one item; an exception counts as a failed attempt. */
        void handle(Object item) throws Exception;
    }

    /**
     * The consumers of one {@code @ChannelListener} method.
     *
     * @param channel the channel they receive from
     * @param concurrency how many run in parallel; at least 1
     * @param id names the consumer threads, e.g. {@code OrderProcessor.process}
     * @param handler calls the method
     * @param errorHandler this listener's own error handler (asked when the consumers start; null or
     *     a null result means the default one)
     * @param feeds the names of the channels the method may send into, asked at shutdown, when every
     *     bean exists (see {@link ChannelShutdown})
     */
    public record Consumers(String channel, int concurrency, String id, ItemHandler handler,
            @Nullable Supplier<@Nullable ChannelListenerErrorHandler> errorHandler, Supplier<Set<String>> feeds) {

        public Consumers {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(feeds, "feeds");
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be a positive integer");
            }
        }
    }

    /** Counts consumer exits; the shutdown loop waits on it instead of polling. Thread-safe. */
    static final class ExitSignal {

        private final ReentrantLock lock = new ReentrantLock();

        private final Condition changed = this.lock.newCondition();

        private long count; // guarded by lock

        void signal() {
            this.lock.lock();
            try {
                this.count++;
                this.changed.signalAll();
            } finally {
                this.lock.unlock();
            }
        }

        long count() {
            this.lock.lock();
            try {
                return this.count;
            } finally {
                this.lock.unlock();
            }
        }

        /** Waits until the count differs from {@code seen}, at most {@code nanos}. */
        void awaitChange(long seen, long nanos) throws InterruptedException {
            this.lock.lock();
            try {
                long remaining = nanos;
                while (this.count == seen && remaining > 0) {
                    remaining = this.changed.awaitNanos(remaining);
                }
            } finally {
                this.lock.unlock();
            }
        }
    }
}
