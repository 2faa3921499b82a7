package dev.streams.spring.observation;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.net.IdleTimeoutException;
import dev.streams.net.WriteTimeoutException;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.HandshakeObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * Wraps the starter's work in Micrometer {@link Observation}s, so that the
 * {@code ObservationRegistry}'s handlers (metrics, tracing) see it. Low-cardinality keys only, never
 * client addresses or item contents:
 * <ul>
 *   <li>{@value #CHANNEL_LISTENER}: one per {@code @ChannelListener} call (each attempt), keys
 *       {@code channel}, {@code listener} (e.g. {@code OrderProcessor.process}) and {@code outcome}
 *       = {@code success} | {@code failure};</li>
 *   <li>{@value #HANDSHAKE}: one per TLS handshake, keys {@code listener} and {@code outcome} =
 *       {@code success} | {@code failure} | {@code timeout};</li>
 *   <li>{@value #CONNECTION}: one per accepted connection, from the handler's start to its end, keys
 *       {@code listener} and {@code outcome} = {@code success} | {@code failure} | {@code idle} |
 *       {@code write-timeout}.</li>
 * </ul>
 * The observation is current (in scope) while the listener or handler runs, so a tracer's span and
 * MDC entries reach the application's code.
 *
 * <pre>{@code
 * ItemHandler observed = StreamsObservations.channelListener(handler, () -> registry, "orders", "Audit.on");
 * }</pre>
 *
 * <p>Stateless, so thread-safe. The registry is asked for at each call (cheap), so that wrapping
 * never creates it early; a null or no-op registry costs almost nothing.
 */
public final class StreamsObservations {

    /** Name of the observation of one {@code @ChannelListener} call. */
    public static final String CHANNEL_LISTENER = "streams.channel.listener";

    /** Name of the observation of one TLS handshake. */
    public static final String HANDSHAKE = "streams.listener.handshake";

    /** Name of the observation of one served connection. */
    public static final String CONNECTION = "streams.listener.connection";

    private StreamsObservations() {
    }

    /** Whether Micrometer Observation is on the classpath. */
    public static boolean available(@Nullable ClassLoader classLoader) {
        return ClassUtils.isPresent("io.micrometer.observation.ObservationRegistry", classLoader);
    }

    /** Observes each call of {@code handler} with the bean factory's {@code ObservationRegistry}, if any. */
    public static MemoryChannels.ItemHandler channelListener(MemoryChannels.ItemHandler handler, BeanFactory beanFactory,
            String channel, String listener) {
        ObjectProvider<ObservationRegistry> registry = beanFactory.getBeanProvider(ObservationRegistry.class);
        return channelListener(handler, registry::getIfAvailable, channel, listener);
    }

    /** Observes each connection with the bean factory's {@code ObservationRegistry}, if any. */
    public static StreamHandler<ByteStream> connection(StreamHandler<? super ByteStream> handler, BeanFactory beanFactory,
            String listener) {
        ObjectProvider<ObservationRegistry> registry = beanFactory.getBeanProvider(ObservationRegistry.class);
        return connection(handler, registry::getIfAvailable, listener);
    }

    /**
     * Observes TLS handshakes ({@value #HANDSHAKE}, keys {@code listener} and {@code outcome} =
     * {@code success} | {@code failure} | {@code timeout}) with the bean factory's
     * {@code ObservationRegistry}, if any.
     */
    public static HandshakeObserver handshakes(BeanFactory beanFactory) {
        ObjectProvider<ObservationRegistry> registry = beanFactory.getBeanProvider(ObservationRegistry.class);
        return listener -> {
            ObservationRegistry current = registry.getIfAvailable();
            if (current == null || current.isNoop()) {
                return (outcome, error) -> {
                };
            }
            Observation observation = Observation.createNotStarted(HANDSHAKE, current)
                .contextualName("handshake " + listener)
                .lowCardinalityKeyValue("listener", listener)
                .start();
            return (outcome, error) -> {
                observation.lowCardinalityKeyValue("outcome", outcome.tagValue());
                if (error != null) {
                    observation.error(error);
                }
                observation.stop();
            };
        };
    }

    /** Observes each call of {@code handler}. */
    public static MemoryChannels.ItemHandler channelListener(MemoryChannels.ItemHandler handler,
            Supplier<@Nullable ObservationRegistry> registry, String channel, String listener) {
        return item -> {
            ObservationRegistry current = registry.get();
            if (current == null || current.isNoop()) {
                handler.handle(item);
                return;
            }
            Observation observation = Observation.createNotStarted(CHANNEL_LISTENER, current)
                .contextualName("channel " + channel)
                .lowCardinalityKeyValue("channel", channel)
                .lowCardinalityKeyValue("listener", listener)
                .start();
            try (Observation.Scope scope = observation.openScope()) {
                handler.handle(item);
                observation.lowCardinalityKeyValue("outcome", "success");
            } catch (Throwable error) {
                observation.lowCardinalityKeyValue("outcome", "failure");
                observation.error(error);
                throw error;
            } finally {
                observation.stop();
            }
        };
    }

    /** Observes each connection {@code handler} serves. */
    public static StreamHandler<ByteStream> connection(StreamHandler<? super ByteStream> handler,
            Supplier<@Nullable ObservationRegistry> registry, String listener) {
        return stream -> {
            ObservationRegistry current = registry.get();
            if (current == null || current.isNoop()) {
                handler.handle(stream);
                return;
            }
            Observation observation = Observation.createNotStarted(CONNECTION, current)
                .contextualName("connection " + listener)
                .lowCardinalityKeyValue("listener", listener)
                .start();
            try (Observation.Scope scope = observation.openScope()) {
                handler.handle(stream);
                observation.lowCardinalityKeyValue("outcome", "success");
            } catch (Throwable error) {
                observation.lowCardinalityKeyValue("outcome", outcome(error));
                observation.error(error);
                throw error;
            } finally {
                observation.stop();
            }
        };
    }

    private static String outcome(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IdleTimeoutException) {
                return "idle";
            }
            if (t instanceof WriteTimeoutException) {
                return "write-timeout";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "failure";
    }
}
