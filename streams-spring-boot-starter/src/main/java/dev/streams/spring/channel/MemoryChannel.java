package dev.streams.spring.channel;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.memory.MemoryObjectStreamStatistics;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * One configured memory channel: its name, item type and the {@link MemoryObjectStream} whose two
 * ends are the {@code <name>SendStream} and {@code <name>ReceiveStream} beans.
 *
 * <pre>{@code
 * MemoryChannel<?> orders = channels.get("orders");
 * int buffered = orders.statistics().currentBufferUsed();
 * }</pre>
 *
 * <p>Thread-safe: the stream handles are thread-safe and the rest is immutable.
 *
 * @param <T> the item type
 */
public final class MemoryChannel<T> {

    private final MemoryChannelSpec spec;

    private final Class<T> itemType;

    private final MemoryObjectStream<T> stream;

    private final LongAdder itemsFailed = new LongAdder();

    @SuppressWarnings("unchecked")
    MemoryChannel(MemoryChannelSpec spec) {
        this.spec = spec;
        this.itemType = (Class<T>) spec.itemType();
        this.stream = spec.typed() ? MemoryObjectStream.create(spec.maxBufferSize(), this.itemType)
                : MemoryObjectStream.create(spec.maxBufferSize());
    }

    /** The channel name, the key under {@code streams.memory.channels}. */
    public String name() {
        return this.spec.name();
    }

    /** The item type; {@code Object.class} when none was configured. */
    public Class<T> itemType() {
        return this.itemType;
    }

    /** The buffer limit; {@link MemoryObjectStream#UNBOUNDED} for none. */
    public int maxBufferSize() {
        return this.spec.maxBufferSize();
    }

    /** Whether the buffer has no limit. */
    public boolean unbounded() {
        return this.spec.maxBufferSize() == MemoryObjectStream.UNBOUNDED;
    }

    /** How long consumers may drain the buffer at shutdown. */
    public Duration drainTimeout() {
        return this.spec.drainTimeout();
    }

    /** Calls of a {@code @ChannelListener} per item in total; 1 means no retry. */
    public int maxAttempts() {
        return this.spec.maxAttempts();
    }

    /** Wait between two attempts. */
    public Duration backoff() {
        return this.spec.backoff();
    }

    /** The name of the channel that gets the items that failed every attempt, or null. */
    public @Nullable String deadLetterChannel() {
        return this.spec.deadLetterChannel();
    }

    /** Items a {@code @ChannelListener} failed on in every attempt (dead-lettered or dropped). */
    public long itemsFailed() {
        return this.itemsFailed.sum();
    }

    void failed() {
        this.itemsFailed.increment();
    }

    /** The stream, the {@code <name>Stream} bean. */
    public MemoryObjectStream<T> stream() {
        return this.stream;
    }

    /** The send end, the {@code <name>SendStream} bean. */
    public MemoryObjectSendStream<T> sendStream() {
        return this.stream.sendStream();
    }

    /** The receive end, the {@code <name>ReceiveStream} bean. */
    public MemoryObjectReceiveStream<T> receiveStream() {
        return this.stream.receiveStream();
    }

    /** Current statistics; still readable after the channel closed. */
    public MemoryObjectStreamStatistics statistics() {
        return this.stream.receiveStream().statistics();
    }

    /** Items sent into the channel so far, through any send handle. */
    public long itemsSent() {
        return this.stream.sendStream().itemsSent();
    }

    /** Items received from the channel so far, through any receive handle. */
    public long itemsReceived() {
        return this.stream.receiveStream().itemsReceived();
    }

    /**
     * Whether the receive side is closed while send handles are still open, so senders would get
     * {@code BrokenResourceException}.
     */
    public boolean broken() {
        MemoryObjectStreamStatistics statistics = statistics();
        return statistics.openReceiveStreams() == 0 && statistics.openSendStreams() > 0;
    }

    @Override
    public String toString() {
        return "MemoryChannel[" + name() + ", itemType=" + this.itemType.getName() + "]";
    }
}
