package dev.streams.spring.autoconfigure.kafka;

import dev.streams.kafka.KafkaReceiveStream;
import dev.streams.kafka.KafkaSendStream;
import dev.streams.spring.autoconfigure.InvalidStreamsPropertyException;
import dev.streams.spring.kafka.KafkaChannelSpec;
import dev.streams.spring.kafka.KafkaChannels;
import dev.streams.spring.kafka.KafkaClientSettings;
import dev.streams.spring.kafka.KafkaPropertyFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.AotDetector;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers, per {@code streams.kafka.channels.<name>}, the beans {@code <name>SendStream}
 * ({@code KafkaSendStream<T>}) and {@code <name>ReceiveStream} ({@code KafkaReceiveStream<T>}),
 * qualified {@code <name>} and typed with the channel's item type, plus the {@link KafkaChannels}
 * registry that owns them. Validates every property here, before any bean exists, so a bad value
 * fails startup with the property path and the fix; the registry's static factory method resolves
 * the same specs again when it runs (a spec list cannot be a bean definition argument under AOT,
 * where registration ran at build time).
 *
 * <p>Config-driven generics need {@link RootBeanDefinition#setTargetType(ResolvableType)}, as for
 * memory channels.
 */
class KafkaChannelBeanRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
        BeanClassLoaderAware {

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
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (AotDetector.useGeneratedArtifacts()) {
            return; // the definitions below were generated at build time
        }
        for (KafkaChannelSpec spec : specs(this.environment, this.classLoader)) {
            String sendStream = spec.name() + "SendStream";
            String receiveStream = spec.name() + "ReceiveStream";
            InvalidStreamsPropertyException.requireBeanNamesFree(registry,
                    KafkaPropertyFailures.CHANNELS_PREFIX + "." + spec.name(), "channel beans", sendStream, receiveStream);
            register(registry, spec, sendStream, KafkaSendStream.class, "sendStream");
            register(registry, spec, receiveStream, KafkaReceiveStream.class, "receiveStream");
        }
        // A static factory method with autowired arguments, not an instance supplier, so that Spring
        // AOT can generate code for it; it binds the specs from the environment at run time.
        RootBeanDefinition channels = new RootBeanDefinition(KafkaChannelBeanRegistrar.class);
        channels.setTargetType(KafkaChannels.class);
        channels.setFactoryMethodName("kafkaChannels");
        channels.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        channels.setDestroyMethodName("close");
        channels.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        registry.registerBeanDefinition(KafkaChannels.BEAN_NAME, channels);
    }

    /** The factory method of the {@link KafkaChannels} bean. */
    static KafkaChannels kafkaChannels(Environment environment, BeanFactory beanFactory) {
        ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
                ? configurable.getBeanClassLoader() : null;
        return create(specs(environment, classLoader), (ListableBeanFactory) beanFactory);
    }

    /**
     * Binds and validates {@code streams.kafka.channels.*} (at registration, and again at run time
     * under AOT, where the registration ran at build time).
     */
    static List<KafkaChannelSpec> specs(Environment environment, @Nullable ClassLoader classLoader) {
        Binder binder = Binder.get(environment);
        Map<String, StreamsKafkaProperties.Channel> channels = binder
            .bind(StreamsKafkaProperties.CHANNELS_PREFIX,
                    Bindable.mapOf(String.class, StreamsKafkaProperties.Channel.class))
            .orElse(Map.of());
        Map<String, Object> memoryChannels = binder
            .bind("streams.memory.channels", Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
        String applicationName = environment.getProperty("spring.application.name");
        List<KafkaChannelSpec> specs = new ArrayList<>();
        channels.forEach((name, properties) -> {
            if (memoryChannels.containsKey(name)) {
                throw KafkaPropertyFailures.nameClash(name);
            }
            specs.add(resolve(name, properties, applicationName, classLoader));
        });
        return specs;
    }

    static KafkaChannelSpec resolve(String name, StreamsKafkaProperties.Channel properties,
            @Nullable String applicationName, @Nullable ClassLoader classLoader) {
        String typeName = properties.getItemType().trim();
        Class<?> itemType;
        try {
            itemType = ClassUtils.forName(typeName, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw KafkaPropertyFailures.unknownItemType(name, typeName, e);
        }
        if (properties.getBufferSize() < 1) {
            throw KafkaPropertyFailures.notPositive(name, "buffer-size", properties.getBufferSize());
        }
        if (properties.getPartitions() < 1) {
            throw KafkaPropertyFailures.notPositive(name, "partitions", properties.getPartitions());
        }
        if (properties.getRetry().getMaxAttempts() < 1) {
            throw KafkaPropertyFailures.notPositive(name, "retry.max-attempts", properties.getRetry().getMaxAttempts());
        }
        if (properties.getMaxLag() < 0) {
            throw KafkaPropertyFailures.negative(name, "max-lag", properties.getMaxLag());
        }
        if (properties.getRetry().getBackoff().isNegative()) {
            throw KafkaPropertyFailures.negative(name, "retry.backoff", properties.getRetry().getBackoff());
        }
        if (properties.getSendTimeout().isNegative() || properties.getSendTimeout().isZero()) {
            throw KafkaPropertyFailures.notPositive(name, "send-timeout", properties.getSendTimeout().toMillis());
        }
        String topic = StringUtils.hasText(properties.getTopic()) ? properties.getTopic().trim() : name;
        String group = StringUtils.hasText(properties.getGroup()) ? properties.getGroup().trim()
                : StringUtils.hasText(applicationName) ? applicationName : name;
        String deadLetterTopic = properties.getDeadLetterTopic() != null ? properties.getDeadLetterTopic().trim()
                : topic + ".DLT";
        return new KafkaChannelSpec(name, topic, itemType, group, properties.getPartitions(),
                properties.getBufferSize(), properties.getSendTimeout(), properties.getMaxLag(),
                properties.getRetry().getMaxAttempts(), properties.getRetry().getBackoff(), deadLetterTopic);
    }

    private static KafkaChannels create(List<KafkaChannelSpec> specs, ListableBeanFactory beanFactory) {
        ProducerFactory<?, ?> producers = beanFactory.getBean(ProducerFactory.class);
        ConsumerFactory<?, ?> consumers = beanFactory.getBean(ConsumerFactory.class);
        KafkaAdmin admin = beanFactory.getBeanProvider(KafkaAdmin.class).getIfUnique();
        KafkaClientSettings clients = new KafkaClientSettings(producers.getConfigurationProperties(),
                consumers.getConfigurationProperties(),
                admin != null ? admin.getConfigurationProperties() : producers.getConfigurationProperties());
        ObjectMapper mapper = beanFactory.getBeanProvider(JsonMapper.class)
            .getIfUnique(() -> JsonMapper.builder().build());
        return new KafkaChannels(specs, clients, mapper, admin);
    }

    private static void register(BeanDefinitionRegistry registry, KafkaChannelSpec spec, String beanName,
            Class<?> type, String factoryMethod) {
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(ResolvableType.forClassWithGenerics(type, spec.itemType()));
        definition.setFactoryBeanName(KafkaChannels.BEAN_NAME);
        definition.setFactoryMethodName(factoryMethod);
        definition.getConstructorArgumentValues().addIndexedArgumentValue(0, spec.name());
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, spec.name()));
        definition.setDescription("Kafka channel '" + spec.name() + "' (streams.kafka.channels." + spec.name() + ")");
        // The registry closes the streams; the beans' own close() would run first otherwise.
        definition.setDestroyMethodName(null);
        registry.registerBeanDefinition(beanName, definition);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
