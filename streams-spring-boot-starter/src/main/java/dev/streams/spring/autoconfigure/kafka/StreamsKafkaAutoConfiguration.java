package dev.streams.spring.autoconfigure.kafka;

import dev.streams.kafka.KafkaChannel;
import dev.streams.spring.kafka.KafkaChannelMetrics;
import dev.streams.spring.kafka.KafkaChannels;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Auto-configuration of Kafka channels ({@code streams.kafka.channels.*}) when
 * {@code streams-kafka} and Boot's Kafka module are on the classpath: the channel beans, their
 * {@code @ChannelListener} containers, topic creation through Boot's {@code KafkaAdmin}, meters.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({ KafkaChannel.class, KafkaTemplate.class, KafkaAutoConfiguration.class })
@EnableConfigurationProperties(StreamsKafkaProperties.class)
public final class StreamsKafkaAutoConfiguration {

    @Bean
    static KafkaChannelBeanRegistrar streamsKafkaChannelBeanRegistrar() {
        return new KafkaChannelBeanRegistrar();
    }

    /** Listener containers start and stop with the context even under lazy initialization. */
    @Bean
    static LazyInitializationExcludeFilter streamsKafkaChannelsEagerInitialization() {
        return LazyInitializationExcludeFilter.forBeanTypes(KafkaChannels.class);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class MetricsConfiguration {

        @Bean
        KafkaChannelMetrics streamsKafkaChannelMetrics(ObjectProvider<KafkaChannels> channels) {
            return new KafkaChannelMetrics(channels::getIfAvailable);
        }
    }
}
