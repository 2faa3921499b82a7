package dev.streams.spring.autoconfigure.endpoint;

import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.endpoint.StreamsEndpoint;
import dev.streams.spring.listener.ManagedListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Auto-configuration of the {@code streams} actuator endpoint, when it is exposed and accessible. */
@AutoConfiguration(after = { StreamsMemoryAutoConfiguration.class, StreamsListenerAutoConfiguration.class },
        afterName = "dev.streams.spring.autoconfigure.kafka.StreamsKafkaAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class StreamsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    StreamsEndpoint streamsEndpoint(ObjectProvider<MemoryChannels> channels, ObjectProvider<ManagedListener> listeners,
            ObjectProvider<ExternalChannels> external) {
        return new StreamsEndpoint(channels::getIfAvailable, () -> listeners.orderedStream().toList(),
                () -> external.orderedStream().toList());
    }
}
