package dev.streams.spring.channel;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TaskThreads;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 * runs the shutdown of API.md §11 for every channel, all channels in parallel against one clock:
 * <ol>
 *   <li>close the channel's send stream (the {@code <name>SendStream} bean), so further
 *       {@code send}s throw {@code ClosedResourceException} and consumers see end of stream once
 *       the buffer is empty;</li>
 *   <li>wait up to the channel's {@code drain-timeout} for its consumers to drain the buffer (a
 *       channel without consumers waits for the buffer to empty, whoever receives);</li>
 *   <li>count what is left, close the consumers' receive clones and the receive stream bean, and
 *       log the count.</li>
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

    /** How long a consumer busy with an item may take to notice its stream closed before it is interrupted. */
    private static final Duration CONSUMER_STOP_GRACE = Duration.ofSeconds(1);

    private static final Log logger = LogFactory.getLog(MemoryChannels.class);

    private final Map<String, MemoryChannel<?>> channels;

    private final List<ChannelConsumer> consumers = new CopyOnWriteArrayList<>();

    private final ReentrantLock lock = new ReentrantLock();

    private volatile ChannelListenerErrorHandler errorHandler = MemoryChannels::logError;

    private boolean running; // guarded by lock

    private boolean stopped; // guarded by lock: stop() ran, the channels are closed for good

    /** Creates the channels, in the given order. */
    public MemoryChannels(Collection<MemoryChannelSpec> specs) {
        Map<String, MemoryChannel<?>> map = new LinkedHashMap<>();
        for (MemoryChannelSpec spec : specs) {
            map.put(spec.name(), new MemoryChannel<>(spec));
        }
        this.channels = Collections.unmodifiableMap(map);
    }

    /** Replaces the default error handler, which logs at WARN level. */
    public void setErrorHandler(ChannelListenerErrorHandler errorHandler) {
        this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler");
    }

    /** The channels by name, in configuration order. */
    public Map<String, MemoryChannel<?>> channels() {
        return this.channels;
    }

    /** The channel with that name, or null. */
    public @Nullable MemoryChannel<?> get(String name) {
        return this.channels.get(name);
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
            if (consumer.channel.name().equals(channel) && consumer.isAlive()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Registers {@code concurrency} consumers of a channel, each calling {@code handler} for every
     * item it receives. They start with this lifecycle, or at once if it is already running.
     *
     * @param id names the consumer threads, e.g. {@code OrderProcessor.process}
     */
    public void addConsumers(String channel, int concurrency, String id, ItemHandler handler) {
        MemoryChannel<?> target = require(channel);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be a positive integer");
        }
        this.lock.lock();
        try {
            if (this.stopped) {
                throw new IllegalStateException("channels are already shut down");
            }
            for (int i = 0; i < concurrency; i++) {
                ChannelConsumer consumer = new ChannelConsumer(target, id + "-" + i, handler);
                this.consumers.add(consumer);
                if (this.running) {
                    consumer.start();
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
            for (ChannelConsumer consumer : this.consumers) {
                consumer.start();
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
        for (MemoryChannel<?> channel : this.channels.values()) {
            channel.sendStream().close();
        }
        long start = System.nanoTime();
        boolean interrupted = false;
        for (MemoryChannel<?> channel : this.channels.values()) {
            long deadline = start + channel.drainTimeout().toNanos();
            try {
                drain(channel, deadline);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            closeReceiveSide(channel);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(MemoryChannel<?> channel, long deadline) throws InterruptedException {
        List<ChannelConsumer> mine = consumersOf(channel);
        if (mine.isEmpty()) {
            // Somebody else may be receiving (the receive stream bean is injectable): give them the same time.
            while (channel.statistics().currentBufferUsed() > 0 && System.nanoTime() - deadline < 0) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            return;
        }
        for (ChannelConsumer consumer : mine) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                consumer.join(remaining);
            }
        }
    }

    private void closeReceiveSide(MemoryChannel<?> channel) {
        int left = channel.statistics().currentBufferUsed();
        List<ChannelConsumer> mine = consumersOf(channel);
        for (ChannelConsumer consumer : mine) {
            consumer.closeStream(); // wakes a consumer blocked in receive() with ClosedResourceException
        }
        long graceDeadline = System.nanoTime() + CONSUMER_STOP_GRACE.toNanos();
        for (ChannelConsumer consumer : mine) {
            try {
                long remaining = graceDeadline - System.nanoTime();
                if (remaining > 0) {
                    consumer.join(remaining);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.interruptIfAlive(); // still busy with one item after the grace period
        }
        channel.receiveStream().close();
        if (left > 0) {
            logger.warn("Memory channel '" + channel.name() + "' closed with " + left
                    + " undelivered item(s) left in its buffer after a drain timeout of " + channel.drainTimeout());
        } else if (logger.isDebugEnabled()) {
            logger.debug("Memory channel '" + channel.name() + "' drained and closed");
        }
    }

    private List<ChannelConsumer> consumersOf(MemoryChannel<?> channel) {
        List<ChannelConsumer> result = new ArrayList<>();
        for (ChannelConsumer consumer : this.consumers) {
            if (consumer.channel == channel) {
                result.add(consumer);
            }
        }
        return result;
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

    /** The default error handler: logs at WARN level; the item is dropped. */
    public static ChannelListenerErrorHandler loggingErrorHandler() {
        return MemoryChannels::logError;
    }

    private static void logError(String channel, Object item, Throwable error) {
        logger.warn("@ChannelListener of memory channel '" + channel + "' failed on an item of type "
                + item.getClass().getName() + "; the item is dropped, not retried", error);
    }

    /** What a consumer does with one item. */
    @FunctionalInterface
    public interface ItemHandler {

        /** Handles one item; an exception goes to the error handler. */
        void handle(Object item) throws Exception;
    }

    /** One receiver thread on its own clone of the channel's receive stream. */
    private final class ChannelConsumer implements Runnable {

        private final MemoryChannel<?> channel;

        private final String name;

        private final ItemHandler handler;

        private volatile @Nullable MemoryObjectReceiveStream<?> stream;

        private volatile @Nullable Thread thread;

        ChannelConsumer(MemoryChannel<?> channel, String name, ItemHandler handler) {
            this.channel = channel;
            this.name = name;
            this.handler = handler;
        }

        void start() {
            try {
                this.stream = this.channel.receiveStream().clone();
            } catch (ClosedResourceException e) {
                return; // the channel is already closed: nothing to consume
            }
            this.thread = TaskThreads.start("streams-channel-" + this.channel.name() + "-" + this.name, this);
        }

        @Override
        public void run() {
            MemoryObjectReceiveStream<?> receive = this.stream;
            if (receive == null) {
                return;
            }
            try (receive) {
                while (true) {
                    Object item;
                    try {
                        item = receive.receive();
                    } catch (EndOfStreamException | ClosedResourceException e) {
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        this.handler.handle(item);
                    } catch (InterruptedException e) {
                        return; // being stopped while busy with an item
                    } catch (Throwable error) {
                        try {
                            MemoryChannels.this.errorHandler.handleError(this.channel.name(), item, error);
                        } catch (RuntimeException handlerError) {
                            logger.error("ChannelListenerErrorHandler failed", handlerError);
                        }
                    }
                }
            }
        }

        boolean isAlive() {
            Thread t = this.thread;
            return t != null && t.isAlive();
        }

        void join(long nanos) throws InterruptedException {
            Thread t = this.thread;
            if (t != null) {
                TimeUnit.NANOSECONDS.timedJoin(t, nanos);
            }
        }

        void closeStream() {
            MemoryObjectReceiveStream<?> s = this.stream;
            if (s != null) {
                s.close();
            }
        }

        void interruptIfAlive() {
            Thread t = this.thread;
            if (t != null && t.isAlive()) {
                t.interrupt();
            }
        }
    }
}
