package dev.streams.spring.autoconfigure;

import dev.streams.net.SocketListener;
import dev.streams.spring.listener.ManagedListener;
import org.springframework.boot.LazyInitializationExcludeFilter;
import dev.streams.tls.TlsListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the listeners: one TLS (or, on explicit opt-out, plain TCP) listener per
 * {@code streams.listeners.<name>}, with its key material from an SSL bundle, started and stopped
 * gracefully with the application context.
 */
@AutoConfiguration(after = SslAutoConfiguration.class)
@ConditionalOnClass({ TlsListener.class, SocketListener.class })
@EnableConfigurationProperties(StreamsProperties.class)
public final class StreamsListenerAutoConfiguration {

    @Bean
    static ListenerBeanRegistrar streamsListenerBeanRegistrar() {
        return new ListenerBeanRegistrar();
    }

    /** Listeners bind at startup even under {@code spring.main.lazy-initialization=true}. */
    @Bean
    static LazyInitializationExcludeFilter streamsListenersEagerInitialization() {
        return LazyInitializationExcludeFilter.forBeanTypes(ManagedListener.class);
    }

    @Bean(ListenerBeanRegistrar.FACTORY_BEAN_NAME)
    @ConditionalOnMissingBean(name = ListenerBeanRegistrar.FACTORY_BEAN_NAME)
    StreamsListenerFactory streamsListenerFactory(StreamsProperties properties, ListableBeanFactory beanFactory,
            ObjectProvider<SslBundles> sslBundles) {
        return new StreamsListenerFactory(properties, beanFactory, sslBundles);
    }
}
