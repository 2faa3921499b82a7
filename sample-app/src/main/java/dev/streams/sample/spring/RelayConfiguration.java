package dev.streams.sample.spring;

import dev.streams.ByteStream;
import dev.streams.ObjectSendStream;
import dev.streams.StreamHandler;
import dev.streams.sample.relay.Publication;
import dev.streams.sample.relay.Relay;
import dev.streams.spring.listener.ShutdownSignal;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Wires the relay to the starter: the {@code inbound} channel bean (from
 * {@code streams.memory.channels.inbound}, or {@code streams.kafka.channels.inbound} in the
 * {@code cluster} profile) feeds the relay's publishers, {@link FanOutWorker} is its
 * {@code @ChannelListener}, and {@code relayHandler} is the handler of the TLS listener
 * {@code streams.listeners.relay}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelayProperties.class)
public class RelayConfiguration {

    /** The listener name under {@code streams.listeners}. */
    public static final String LISTENER = "relay";

    @Bean
    Relay relay(@Qualifier("inbound") ObjectSendStream<Publication> inbound, RelayProperties properties) {
        return new Relay(inbound, properties.toSettings(), writerThreads());
    }

    /**
     * Serves each connection; when the listener's graceful shutdown begins (its
     * {@link ShutdownSignal}), the relay shuts down once: further publications are refused, accepted
     * ones are fanned out (the channel's worker still runs: channels stop after listeners), and every
     * connection flushes and says {@code BYE server shutting down}, instead of waiting for the
     * listener's shutdown-timeout.
     */
    @Bean
    StreamHandler<ByteStream> relayHandler(Relay relay, RelayProperties properties) {
        AtomicBoolean shutdownStarted = new AtomicBoolean();
        Runnable shutdownOnce = () -> {
            if (shutdownStarted.compareAndSet(false, true)) {
                try {
                    relay.shutdown(properties.shutdownTimeout());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return stream -> {
            try (ShutdownSignal.Registration goodbye = stream.extra(ShutdownSignal.ATTRIBUTE).onShutdown(shutdownOnce)) {
                relay.serve(stream);
            }
        };
    }

    @Bean
    FanOutWorker fanOutWorker(Relay relay) {
        return new FanOutWorker(relay);
    }

    @Bean
    RelayMetrics relayMetrics(Relay relay) {
        return new RelayMetrics(relay);
    }

    @Bean
    ConnectHint connectHint(RelayProperties properties) {
        return new ConnectHint(LISTENER, properties);
    }

    // One writer thread per connection: virtual on JDK 21+, where Spring offers them.
    private static ThreadFactory writerThreads() {
        try {
            return new VirtualThreadTaskExecutor("relay-writer-").getVirtualThreadFactory();
        } catch (UnsupportedOperationException jdk17) {
            CustomizableThreadFactory platform = new CustomizableThreadFactory("relay-writer-");
            platform.setDaemon(true);
            return platform;
        }
    }
}
