package dev.streams.spring.autoconfigure;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.channel.ChannelListenerErrorHandler;
import dev.streams.spring.channel.MemoryChannelSpec;
import dev.streams.spring.channel.MemoryChannels;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Registers the beans of each {@code streams.memory.channels.<name>}: {@code <name>Stream},
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
        List<MemoryChannelSpec> specs = ChannelSpecs.resolve(ChannelSpecs.bind(this.environment), this.classLoader);
        for (MemoryChannelSpec spec : specs) {
            String name = spec.name();
            for (String beanName : new String[] { name + "Stream", name + "SendStream", name + "ReceiveStream" }) {
                if (registry.containsBeanDefinition(beanName)) {
                    throw InvalidStreamsPropertyException.beanNameTaken(StreamsProperties.CHANNELS_PREFIX + "." + name,
                            beanName, "channel beans");
                }
            }
            register(registry, spec, name + "Stream", MemoryObjectStream.class, "stream");
            register(registry, spec, name + "SendStream", MemoryObjectSendStream.class, "sendStream");
            register(registry, spec, name + "ReceiveStream", MemoryObjectReceiveStream.class, "receiveStream");
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
        MemoryChannels channels = new MemoryChannels(ChannelSpecs.resolve(ChannelSpecs.bind(environment), classLoader));
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
}
