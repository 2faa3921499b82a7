package dev.streams.spring.autoconfigure;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.DeadLetter;
import dev.streams.spring.channel.ChannelListenerErrorHandler;
import dev.streams.spring.channel.MemoryChannelSpec;
import dev.streams.spring.channel.MemoryChannels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.AotDetector;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Binds and validates {@code streams.memory.channels.*} into {@link MemoryChannelSpec}s and registers
 * the beans of each {@code streams.memory.channels.<name>}: {@code <name>Stream},
 * {@code <name>SendStream} and {@code <name>ReceiveStream}, each qualified {@code <name>} and typed
 * with the channel's item type (so {@code @Qualifier("orders") MemoryObjectSendStream<Order>}
 * injects), plus the {@link MemoryChannels} bean that owns them.
 *
 * <p>Config-driven generics need {@link RootBeanDefinition#setTargetType(ResolvableType)}, which a
 * {@code BeanRegistrar} cannot express (conventions §1.12). An application bean with one of a
 * channel's three names fails startup, naming the channel's property and the bean: silently backing
 * off would leave the channel without consumers, metrics or shutdown.
 */
class MemoryChannelBeanRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
        BeanClassLoaderAware {

    private static final Log logger = LogFactory.getLog(MemoryChannelBeanRegistrar.class);

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
        List<MemoryChannelSpec> specs = resolve(bind(this.environment), this.classLoader);
        for (MemoryChannelSpec spec : specs) {
            InvalidStreamsPropertyException.requireBeanNamesFree(registry,
                    StreamsProperties.CHANNELS_PREFIX + "." + spec.name(), "channel beans", spec.streamBeanName(),
                    spec.sendStreamBeanName(), spec.receiveStreamBeanName());
            register(registry, spec, spec.streamBeanName(), MemoryObjectStream.class, "stream");
            register(registry, spec, spec.sendStreamBeanName(), MemoryObjectSendStream.class, "sendStream");
            register(registry, spec, spec.receiveStreamBeanName(), MemoryObjectReceiveStream.class, "receiveStream");
        }
        if (!registry.containsBeanDefinition(MemoryChannels.BEAN_NAME)) {
            // A static factory method with autowired arguments, not an instance supplier, so that Spring
            // AOT can generate code for it; it binds the specs from the environment at run time.
            RootBeanDefinition channels = new RootBeanDefinition(MemoryChannelBeanRegistrar.class);
            channels.setTargetType(MemoryChannels.class);
            channels.setFactoryMethodName("memoryChannels");
            channels.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            channels.setDestroyMethodName("close");
            channels.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(MemoryChannels.BEAN_NAME, channels);
        }
    }

    /** The factory method of the {@link MemoryChannels} bean. */
    static MemoryChannels memoryChannels(Environment environment, BeanFactory beanFactory) {
        ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
                ? configurable.getBeanClassLoader() : null;
        MemoryChannels channels = new MemoryChannels(resolve(bind(environment), classLoader));
        if (beanFactory instanceof ListableBeanFactory listable) {
            channels.setExecutor(() -> StreamsExecutors.create(
                    listable.getBeanProvider(SimpleAsyncTaskExecutorBuilder.class).getIfAvailable(), environment,
                    "streams-channel-"));
            // Asked when the consumers start: the handler bean may live in a configuration that itself
            // has @ChannelListener methods, which are registered while that configuration is being created.
            channels.setErrorHandler(() -> defaultErrorHandler(listable));
        }
        return channels;
    }

    /** The only ChannelListenerErrorHandler bean, or the @Primary one of several; null for none. */
    static @Nullable ChannelListenerErrorHandler defaultErrorHandler(ListableBeanFactory beanFactory) {
        String[] names = beanFactory.getBeanNamesForType(ChannelListenerErrorHandler.class);
        if (names.length == 0) {
            return null;
        }
        ObjectProvider<ChannelListenerErrorHandler> handlers = beanFactory.getBeanProvider(ChannelListenerErrorHandler.class);
        ChannelListenerErrorHandler unique = handlers.getIfUnique();
        if (unique == null) {
            throw new IllegalStateException("There are " + names.length + " ChannelListenerErrorHandler beans "
                    + Arrays.toString(names) + " and none is @Primary, so @ChannelListener failures have no default"
                    + " handler. Mark one @Primary, or name one per listener with @ChannelListener(errorHandler = ...).");
        }
        if (names.length > 1) {
            for (String name : names) {
                if (beanFactory.getBean(name) == unique) {
                    logger.info("@ChannelListener failures go to the @Primary ChannelListenerErrorHandler '" + name
                            + "' of " + Arrays.toString(names));
                }
            }
        }
        return unique;
    }

    private static void register(BeanDefinitionRegistry registry, MemoryChannelSpec spec, String beanName,
            Class<?> type, String factoryMethod) {
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(ResolvableType.forClassWithGenerics(type, spec.itemType()));
        definition.setFactoryBeanName(MemoryChannels.BEAN_NAME);
        definition.setFactoryMethodName(factoryMethod);
        definition.getConstructorArgumentValues().addIndexedArgumentValue(0, spec.name());
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, spec.name()));
        definition.setDescription("Memory channel '" + spec.name() + "' (streams.memory.channels." + spec.name() + ")");
        registry.registerBeanDefinition(beanName, definition);
    }

    @Override
    public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
    }

    /** Binds {@code streams.memory.channels.*} (at registration, and again at run time under AOT). */
    static Map<String, StreamsProperties.Channel> bind(Environment environment) {
        return Binder.get(environment)
            .bind(StreamsProperties.CHANNELS_PREFIX, Bindable.mapOf(String.class, StreamsProperties.Channel.class))
            .orElse(Map.of());
    }

    /** Validates every channel, then the references between them, into specs in configuration order. */
    static List<MemoryChannelSpec> resolve(Map<String, StreamsProperties.Channel> channels,
            @Nullable ClassLoader classLoader) {
        List<MemoryChannelSpec> specs = new ArrayList<>();
        channels.forEach((name, properties) -> specs.add(resolve(name, properties, classLoader)));
        for (MemoryChannelSpec spec : specs) {
            String target = spec.deadLetterChannel();
            if (target == null) {
                continue;
            }
            MemoryChannelSpec deadLetters = specs.stream().filter(s -> s.name().equals(target)).findFirst()
                .orElseThrow(() -> InvalidStreamsPropertyException.unknownDeadLetterChannel(spec.name(), target,
                        channels.keySet()));
            if (deadLetters.typed() && !deadLetters.itemType().isAssignableFrom(DeadLetter.class)) {
                throw InvalidStreamsPropertyException.deadLetterChannelOfWrongType(spec.name(), target,
                        deadLetters.itemType());
            }
        }
        return specs;
    }

    static MemoryChannelSpec resolve(String name, StreamsProperties.Channel properties,
            @Nullable ClassLoader classLoader) {
        Integer bufferSize = properties.getBufferSize();
        if (bufferSize != null && bufferSize < 0) {
            throw InvalidStreamsPropertyException.negativeBufferSize(name, bufferSize);
        }
        if (properties.isUnbounded() && bufferSize != null) {
            throw InvalidStreamsPropertyException.unboundedWithBufferSize(name, bufferSize);
        }
        int maxBufferSize = properties.isUnbounded() ? MemoryObjectStream.UNBOUNDED : (bufferSize == null ? 0 : bufferSize);
        Class<?> itemType = Object.class;
        String typeName = properties.getItemType();
        boolean typed = StringUtils.hasText(typeName);
        if (typed) {
            try {
                itemType = ClassUtils.forName(typeName.trim(), classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw InvalidStreamsPropertyException.unknownItemType(name, typeName, e);
            }
        }
        Duration drainTimeout = properties.getDrainTimeout();
        if (drainTimeout == null || drainTimeout.isNegative()) {
            throw InvalidStreamsPropertyException.negativeDrainTimeout(name, drainTimeout);
        }
        StreamsProperties.Retry retry = properties.getRetry();
        if (retry.getMaxAttempts() < 1) {
            throw InvalidStreamsPropertyException.invalidMaxAttempts(name, retry.getMaxAttempts());
        }
        if (retry.getBackoff() == null || retry.getBackoff().isNegative()) {
            throw InvalidStreamsPropertyException.negativeBackoff(name, retry.getBackoff());
        }
        String deadLetterChannel = properties.getDeadLetterChannel();
        if (deadLetterChannel != null) {
            deadLetterChannel = deadLetterChannel.trim();
            if (deadLetterChannel.isEmpty()) {
                deadLetterChannel = null; // "" = none, as in the example configuration
            } else if (deadLetterChannel.equals(name)) {
                throw InvalidStreamsPropertyException.selfDeadLetterChannel(name, properties.getDeadLetterChannel());
            }
        }
        return new MemoryChannelSpec(name, maxBufferSize, itemType, typed, drainTimeout, retry.getMaxAttempts(),
                retry.getBackoff(), deadLetterChannel);
    }
}
