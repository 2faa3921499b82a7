package dev.streams.kafka;

import dev.streams.ClosedResourceException;
import dev.streams.ObjectSendStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.support.SendResult;

/**
 * A send handle on a {@link KafkaChannel}. {@link #send} returns once the broker acknowledged the
 * record ({@code acks=all}, idempotent producer).
 *
 * <pre>{@code
 * KafkaSendStream<Order> send = orders.sendStream();
 * send.send(order);                                          // acknowledged, or KafkaSendException
 * if (!send.send(order, Duration.ofSeconds(2))) { ... }      // max-lag channel: group still too far behind
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may send through one handle; handles share one producer.
 *
 * @param <T> the item type
 */
public final class KafkaSendStream<T> implements ObjectSendStream<T> {

    private final KafkaChannel<T> channel;
    private volatile boolean closed;

    KafkaSendStream(KafkaChannel<T> channel) {
        this.channel = channel;
    }

    /**
     * Sends {@code item} and waits for the broker's acknowledgement. On a channel with
     * {@code maxLag}, first waits (without a bound) until the group is less than max-lag behind.
     *
     * @throws NullPointerException if {@code item} is null
     * @throws ClosedResourceException if this handle or the channel is closed
     * @throws KafkaSendException if no acknowledgement came within the send timeout, or the broker
     *     refused the record or could not be reached
     * @throws InterruptedException if interrupted while waiting; the item may then still be sent
     */
    @Override
    public void send(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        checkOpen();
        LagGate gate = channel.lagGate();
        if (gate != null) {
            gate.awaitRoom(Long.MAX_VALUE, channel.settings());
        }
        publish(item);
    }

    /**
     * Sends {@code item} if the group's lag drops below max-lag within {@code timeout}; on a channel
     * without max-lag the same as {@link #send(Object)}. The acknowledgement wait is bounded by the
     * send timeout as usual.
     *
     * @return true if sent and acknowledged; false if the group stayed too far behind, and then the
     *     item was not sent
     * @throws NullPointerException if an argument is null
     * @throws ClosedResourceException if this handle or the channel is closed
     * @throws KafkaSendException as for {@link #send(Object)}
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean send(T item, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(timeout, "timeout");
        checkOpen();
        LagGate gate = channel.lagGate();
        if (gate != null) {
            long deadline = System.nanoTime() + saturatedNanos(timeout);
            if (!gate.awaitRoom(deadline, channel.settings())) {
                return false;
            }
        }
        publish(item);
        return true;
    }

    private void publish(T item) throws InterruptedException {
        channel.awaitReady();
        KafkaChannelSettings<T> settings = channel.settings();
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        ProducerRecord<byte[], T> record = new ProducerRecord<>(settings.topic(), item);
        record.headers().add(KafkaChannel.MESSAGE_ID_HEADER,
                channel.nextMessageId().getBytes(StandardCharsets.UTF_8));
        CompletableFuture<SendResult<byte[], T>> result;
        try {
            result = channel.template().send(record);
        } catch (RuntimeException e) {
            throw failed("failed before the record left the client", e);
        }
        try {
            result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw failed("got no acknowledgement within " + settings.sendTimeout(), e);
        } catch (ExecutionException e) {
            throw failed("failed", e.getCause() != null ? e.getCause() : e);
        }
        channel.sendAcknowledged();
    }

    private KafkaSendException failed(String what, Throwable cause) {
        // KafkaTemplate wraps the client's exception; the client's is the one that says what happened.
        while (cause instanceof org.springframework.kafka.KafkaException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        KafkaSendException failure = new KafkaSendException("Send on Kafka " + channel.settings().describe() + " "
                + what + ": " + cause.getClass().getSimpleName(), cause);
        channel.sendFailed(failure);
        return failure;
    }

    private void checkOpen() {
        if (closed) {
            throw new ClosedResourceException("This send stream was closed");
        }
        channel.checkOpen();
    }

    /** Closes this handle only; the channel's producer stays open for other handles. */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "KafkaSendStream[" + channel.settings().name() + "]";
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return Math.max(0, timeout.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }
}
