package dev.streams.spring.autoconfigure;

import dev.streams.net.SocketListener;
import org.springframework.aot.AotDetector;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.tls.TlsListener;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Registers two beans per {@code streams.listeners.<name>}: {@code <name>ListenerLifecycle}, the
 * {@link ManagedListener} made by the {@code streamsListenerFactory} bean, and {@code <name>Listener},
 * its {@link TlsListener} (or {@link SocketListener} with {@code ssl.enabled: false}). Each listener's
 * properties are resolved here, so that a bad value fails startup before any bean exists, by the same
 * function the factory uses to build the {@link dev.streams.spring.listener.ListenerSpec} that
 * travels into the lifecycle bean (a spec object cannot be a bean definition argument under AOT). An application bean named {@code <name>Listener} or
 * {@code <name>ListenerLifecycle} fails startup, naming the listener's property and the bean.
 */
class ListenerBeanRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String FACTORY_BEAN_NAME = "streamsListenerFactory";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (AotDetector.useGeneratedArtifacts()) {
            return; // the definitions below were generated at build time
        }
        Map<String, StreamsProperties.Listener> listeners = Binder.get(this.environment)
            .bind(StreamsProperties.LISTENERS_PREFIX, Bindable.mapOf(String.class, StreamsProperties.Listener.class))
            .orElse(Map.of());
        listeners.forEach((name, listener) -> {
            String listenerBean = name + "Listener";
            String lifecycleBean = name + "ListenerLifecycle";
            InvalidStreamsPropertyException.requireBeanNamesFree(registry, StreamsProperties.LISTENERS_PREFIX + "." + name,
                    "listener beans", listenerBean, lifecycleBean);

            RootBeanDefinition lifecycle = new RootBeanDefinition(ManagedListener.class);
            lifecycle.setFactoryBeanName(FACTORY_BEAN_NAME);
            lifecycle.setFactoryMethodName("create");
            lifecycle.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
            lifecycle.setDescription("Lifecycle of streams listener '" + name + "'");
            registry.registerBeanDefinition(lifecycleBean, lifecycle);

            StreamsListenerFactory.resolve(name, listener); // fails startup before any bean exists
            Class<?> listenerType = listener.getSsl().isEnabled() ? TlsListener.class : SocketListener.class;
            RootBeanDefinition bean = new RootBeanDefinition(listenerType);
            // The factory method returns Listener<?>: the target type lets the bean factory match the
            // bean by its real type before it is created (injection by type, lazy initialization).
            bean.setTargetType(listenerType);
            bean.setFactoryBeanName(lifecycleBean);
            bean.setFactoryMethodName("listener");
            bean.setDescription("Streams listener '" + name + "' (streams.listeners." + name + ")");
            // The lifecycle bean closes the listener in order at shutdown.
            bean.setDestroyMethodName("");
            registry.registerBeanDefinition(listenerBean, bean);
        });
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
