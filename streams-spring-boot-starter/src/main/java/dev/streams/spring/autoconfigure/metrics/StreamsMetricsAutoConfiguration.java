package dev.streams.spring.autoconfigure.metrics;

import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.channel.MemoryChannel;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.spring.metrics.ListenerMetrics;
import dev.streams.spring.metrics.MemoryChannelMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Micrometer meters of channels and listeners (API.md §11). Contributes
 * {@link MeterBinder} beans, which Boot binds once every singleton exists; needs
 * {@code spring-boot-micrometer-metrics} (or the actuator starter) and backs off without Micrometer.
 * The channels and listeners are looked up lazily: they are registered by post-processors after
 * conditions are evaluated.
 */
@AutoConfiguration(after = { StreamsMemoryAutoConfiguration.class, StreamsListenerAutoConfiguration.class },
        afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, MeterBinder.class })
@ConditionalOnBean(MeterRegistry.class)
public final class StreamsMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MemoryChannelMetrics streamsMemoryChannelMetrics(ObjectProvider<MemoryChannels> channels) {
        return new MemoryChannelMetrics(() -> {
            MemoryChannels available = channels.getIfAvailable();
            return (available != null) ? available.channels().values() : List.<MemoryChannel<?>>of();
        });
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "dev.streams.tls.TlsListener")
    ListenerMetrics streamsListenerMetrics(ObjectProvider<ManagedListener> listeners) {
        return new ListenerMetrics(() -> listeners.orderedStream().toList());
    }
}
