package dev.streams.spring.autoconfigure.health;

import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.health.StreamsComponentsHealthContributor;
import dev.streams.spring.health.StreamsHealthIndicator;
import dev.streams.spring.listener.ManagedListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code streams} health contributor (bean {@code streamsHealthIndicator})
 * and of {@code streamsComponents}, one indicator per listener and channel for health groups
 * ({@link StreamsComponentsHealthContributor}); switch both off with
 * {@code management.health.streams.enabled=false}.
 */
@AutoConfiguration(after = { StreamsMemoryAutoConfiguration.class, StreamsListenerAutoConfiguration.class },
        afterName = "dev.streams.spring.autoconfigure.kafka.StreamsKafkaAutoConfiguration",
        beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("streams")
public final class StreamsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "streamsHealthIndicator")
    StreamsHealthIndicator streamsHealthIndicator(ObjectProvider<MemoryChannels> channels,
            ObjectProvider<ManagedListener> listeners,
            ObjectProvider<ExternalChannels> external) {
        return new StreamsHealthIndicator(channels::getIfAvailable, () -> listeners.orderedStream().toList(),
                () -> external.orderedStream().toList());
    }

    /** Per listener and channel, for health groups: {@code streamsComponents/listeners/<name>}. */
    @Bean
    @ConditionalOnMissingBean(name = "streamsComponentsHealthContributor")
    StreamsComponentsHealthContributor streamsComponentsHealthContributor(ObjectProvider<MemoryChannels> channels,
            ObjectProvider<ManagedListener> listeners, ObjectProvider<ExternalChannels> external) {
        return new StreamsComponentsHealthContributor(channels::getIfAvailable,
                () -> listeners.orderedStream().toList(), () -> external.orderedStream().toList());
    }
}
