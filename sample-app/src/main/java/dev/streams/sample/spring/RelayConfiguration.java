package dev.streams.sample.spring;

import dev.streams.ByteStream;
import dev.streams.ObjectSendStream;
import dev.streams.StreamHandler;
import dev.streams.sample.relay.Publication;
import dev.streams.sample.relay.Relay;
import java.util.concurrent.ThreadFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
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

    @Bean
    StreamHandler<ByteStream> relayHandler(Relay relay) {
        return relay::serve;
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
    RelayShutdown relayShutdown(ApplicationContext context, Relay relay, RelayProperties properties) {
        return new RelayShutdown(context, relay, properties.shutdownTimeout());
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
