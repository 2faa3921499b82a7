package dev.streams.spring.autoconfigure;

import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.channel.ChannelListenerBeanPostProcessor;
import dev.streams.spring.channel.MemoryChannels;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the memory channels: one {@code MemoryObjectStream} per
 * {@code streams.memory.channels.<name>} with its send and receive ends as qualified, generic
 * beans, {@link dev.streams.spring.ChannelListener} consumers and drain on shutdown.
 */
@AutoConfiguration
@ConditionalOnClass(MemoryObjectStream.class)
@EnableConfigurationProperties(StreamsProperties.class)
public final class StreamsMemoryAutoConfiguration {

    @Bean
    static MemoryChannelBeanRegistrar streamsMemoryChannelBeanRegistrar() {
        return new MemoryChannelBeanRegistrar();
    }

    /** Channels drain on shutdown even under {@code spring.main.lazy-initialization=true}. */
    @Bean
    static LazyInitializationExcludeFilter streamsMemoryChannelsEagerInitialization() {
        return LazyInitializationExcludeFilter.forBeanTypes(MemoryChannels.class);
    }

    /**
     * Beans with {@code @ChannelListener} methods are created at startup even under
     * {@code spring.main.lazy-initialization=true}, as Boot does for {@code @Scheduled} beans:
     * otherwise nothing would consume their channels.
     */
    @Bean
    static LazyInitializationExcludeFilter streamsChannelListenerEagerInitialization() {
        return (beanName, beanDefinition, beanType) -> !ChannelListenerBeanPostProcessor.channelListenerMethods(beanType)
            .isEmpty();
    }

    @Bean
    @ConditionalOnMissingBean
    static ChannelListenerBeanPostProcessor streamsChannelListenerBeanPostProcessor() {
        return new ChannelListenerBeanPostProcessor();
    }
}
