package dev.streams.spring.channel;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.DeadLetter;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One receiver of a channel on its own clone of the receive stream and its own thread: calls the
 * {@code @ChannelListener} for every item, retries a failed item up to the channel's
 * {@code retry.max-attempts}, then counts it failed, sends a {@link DeadLetter} to the channel's
 * {@code dead-letter-channel} (if any) and hands it to the error handler.
 *
 * <p>An interrupt while an item is in hand (in the listener, in a back-off or in the dead-letter
 * send) ends the consumer and leaves {@link #exitedHoldingItem()} set, so that shutdown counts that
 * item as undelivered. Thread-safe: its state is written by its own thread and read through
 * volatile fields.
 */
final class ChannelConsumer implements Runnable {

    private static final Log logger = LogFactory.getLog(ChannelConsumer.class);

    private final MemoryChannel<?> channel;

    private final @Nullable MemoryChannel<?> deadLetters;

    private final MemoryChannels.Consumers registration;

    private final String name;

    private final Runnable onExit;

    private volatile @Nullable ChannelListenerErrorHandler errorHandler;

    private volatile @Nullable MemoryObjectReceiveStream<?> stream;

    private volatile @Nullable Thread thread;

    private final CountDownLatch ended = new CountDownLatch(1);

    private volatile boolean started;

    private volatile boolean stopRequested;

    private volatile boolean holdingItem;

    private volatile boolean exitedHoldingItem;

    ChannelConsumer(MemoryChannel<?> channel, @Nullable MemoryChannel<?> deadLetters,
            MemoryChannels.Consumers registration, int index, Runnable onExit) {
        this.channel = channel;
        this.deadLetters = deadLetters;
        this.registration = registration;
        this.name = "streams-channel-" + channel.name() + "-" + registration.id() + "-" + index;
        this.onExit = onExit;
    }

    MemoryChannel<?> channel() {
        return this.channel;
    }

    /** The channels (other than its own) this consumer may send into; see {@link MemoryChannels}. */
    Set<String> feeds() {
        return this.registration.feeds().get();
    }

    /** Starts the consumer on a thread of {@code executor} (which may decorate the task, e.g. with context propagation). */
    void start(Executor executor, Supplier<? extends ChannelListenerErrorHandler> defaultErrorHandler) {
        Supplier<@Nullable ChannelListenerErrorHandler> own = this.registration.errorHandler();
        ChannelListenerErrorHandler chosen = (own != null) ? own.get() : null;
        this.errorHandler = (chosen != null) ? chosen : defaultErrorHandler.get();
        try {
            this.stream = this.channel.receiveStream().clone();
        } catch (ClosedResourceException e) {
            return; // the channel is already closed: nothing to consume
        }
        this.started = true;
        try {
            executor.execute(this);
        } catch (RuntimeException e) {
            this.ended.countDown();
            throw e;
        }
    }

    @Override
    public void run() {
        MemoryObjectReceiveStream<?> receive = this.stream;
        Thread self = Thread.currentThread();
        self.setName(this.name);
        this.thread = self;
        try {
            if (receive == null || this.stopRequested) {
                return;
            }
            try (receive) {
                while (true) {
                    Object item;
                    try {
                        item = receive.receive();
                    } catch (EndOfStreamException | ClosedResourceException | InterruptedException e) {
                        return;
                    }
                    this.holdingItem = true;
                    if (!deliver(item)) {
                        this.exitedHoldingItem = true;
                        return;
                    }
                    this.holdingItem = false;
                }
            }
        } finally {
            this.thread = null;
            this.ended.countDown();
            this.onExit.run();
        }
    }

    /** Returns false when interrupted with the item still in hand. */
    private boolean deliver(Object item) {
        int maxAttempts = this.channel.maxAttempts();
        Throwable last = null;
        int attempts = 0;
        while (attempts < maxAttempts) {
            attempts++;
            try {
                this.registration.handler().handle(item);
                return true;
            } catch (InterruptedException e) {
                return false; // being stopped while busy with the item
            } catch (Throwable error) {
                last = error;
            }
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            if (attempts < maxAttempts && !this.channel.backoff().isZero()) {
                try {
                    TimeUnit.NANOSECONDS.sleep(this.channel.backoff().toNanos());
                } catch (InterruptedException e) {
                    return false;
                }
            }
        }
        this.channel.failed();
        if (this.deadLetters != null && !sendDeadLetter(item, last, attempts)) {
            return false;
        }
        ChannelListenerErrorHandler handler = this.errorHandler;
        try {
            if (handler != null) {
                handler.handleError(this.channel.name(), item, last);
            }
        } catch (RuntimeException handlerError) {
            logger.error("ChannelListenerErrorHandler of channel '" + this.channel.name() + "' failed", handlerError);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private boolean sendDeadLetter(Object item, Throwable error, int attempts) {
        MemoryChannel<?> target = this.deadLetters;
        try {
            ((MemoryObjectSendStream<Object>) target.sendStream())
                .send(new DeadLetter<>(this.channel.name(), item, error, attempts));
        } catch (InterruptedException e) {
            return false;
        } catch (ClosedResourceException | BrokenResourceException e) {
            logger.warn("Dead-letter channel '" + target.name() + "' is closed; an item of type "
                    + item.getClass().getName() + " that failed on channel '" + this.channel.name() + "' is lost");
        }
        return true;
    }

    /** Started and not ended (also while its task waits for a thread). */
    boolean isAlive() {
        return this.started && this.ended.getCount() > 0;
    }

    /** The thread's name, for reports. */
    String name() {
        return this.name;
    }

    /** Whether it ended (interrupted) with an item it had received but not finished. */
    boolean exitedHoldingItem() {
        return this.exitedHoldingItem;
    }

    /** Whether it is alive and busy with an item. */
    boolean holdingItem() {
        return isAlive() && this.holdingItem;
    }

    void join(long nanos) throws InterruptedException {
        this.ended.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** Closes its receive clone: a consumer blocked in receive() ends with ClosedResourceException. */
    void closeStream() {
        MemoryObjectReceiveStream<?> s = this.stream;
        if (s != null) {
            s.close();
        }
    }

    void interruptIfAlive() {
        this.stopRequested = true; // a task that has not got its thread yet ends at once
        Thread t = this.thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
