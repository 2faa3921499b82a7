package dev.streams.spring.autoconfigure;

import dev.streams.spring.kafka.KafkaPropertyFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Fails startup when {@code streams.kafka.channels} is set but a library Kafka channels need is
 * missing, naming the dependency. Loads without any Kafka class: it only asks whether they exist.
 */
@AutoConfiguration
public final class StreamsKafkaDependencyCheck {

    @Bean
    static BeanFactoryPostProcessor streamsKafkaDependencyCheckPostProcessor() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware, BeanClassLoaderAware {

        private @Nullable Environment environment;

        private @Nullable ClassLoader classLoader;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
            Map<String, Object> channels = Binder.get(this.environment)
                .bind(KafkaPropertyFailures.CHANNELS_PREFIX, Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
            if (channels.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>(channels.keySet());
            if (!ClassUtils.isPresent("dev.streams.kafka.KafkaChannel", this.classLoader)) {
                throw KafkaPropertyFailures.missingDependency(names, "dev.streams:streams-kafka");
            }
            if (!ClassUtils.isPresent("org.springframework.kafka.core.KafkaTemplate", this.classLoader)) {
                throw KafkaPropertyFailures.missingDependency(names, "org.springframework.kafka:spring-kafka");
            }
            if (!ClassUtils.isPresent("org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                    this.classLoader)) {
                throw KafkaPropertyFailures.missingDependency(names,
                        "org.springframework.boot:spring-boot-starter-kafka");
            }
        }
    }
}
