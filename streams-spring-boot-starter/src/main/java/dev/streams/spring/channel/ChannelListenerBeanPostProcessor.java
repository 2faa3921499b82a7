package dev.streams.spring.channel;

import dev.streams.spring.ChannelListener;
import dev.streams.spring.observation.StreamsObservations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Finds {@link ChannelListener} methods on beans and registers them as consumers with
 * {@link MemoryChannels}, or with the {@link ExternalChannels} (Kafka) that own the named channel. Fails the bean's creation when the channel does not exist
 * ({@link UnknownChannelException}), the method does not take exactly one parameter, the parameter
 * cannot hold the channel's item type, or the named error handler is not a
 * {@link ChannelListenerErrorHandler} bean.
 *
 * <p>Registered by the auto-configuration; a bean such as
 * <pre>{@code
 * @Component class Audit { @ChannelListener(channel = "events") void on(Object event) { ... } }
 * }</pre>
 * gets one consumer of channel {@code events}. The channels the bean may send into (for the
 * shutdown order) are the channel beans it depends on, directly or through other beans, as the bean
 * factory recorded them at injection.
 *
 * <p>Thread-safe (stateless apart from the bean factory set once at startup).
 */
public class ChannelListenerBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private @Nullable BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof MemoryChannels) {
            return bean;
        }
        Map<Method, ChannelListener> methods = channelListenerMethods(AopUtils.getTargetClass(bean));
        if (methods.isEmpty()) {
            return bean;
        }
        MemoryChannels channels = this.beanFactory.getBean(MemoryChannels.BEAN_NAME, MemoryChannels.class);
        methods.forEach((method, annotation) -> register(channels, bean, beanName, method, annotation));
        return bean;
    }

    /** The {@link ChannelListener} methods of a class (also used to keep such beans eager). */
    public static Map<Method, ChannelListener> channelListenerMethods(Class<?> type) {
        return MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<ChannelListener>) method -> AnnotatedElementUtils
                    .findMergedAnnotation(method, ChannelListener.class));
    }

    private void register(MemoryChannels channels, Object bean, String beanName, Method method,
            ChannelListener annotation) {
        String methodName = method.getDeclaringClass().getName() + "." + method.getName();
        String where = "@ChannelListener method " + methodName + " (bean '" + beanName + "')";
        MemoryChannel<?> channel = channels.get(annotation.channel());
        ExternalChannels external = channel == null ? externalOwner(annotation.channel()) : null;
        if (channel == null && external == null) {
            throw new UnknownChannelException(methodName, beanName, annotation.channel(), configuredNames(channels));
        }
        if (external != null) {
            checkSignature(where, method, annotation, external.kind().section() + " channel", external.itemType(annotation.channel()));
        } else {
            // A memory channel without item-type carries Object: any parameter type, cast per item.
            checkSignature(where, method, annotation, "channel",
                    channel.itemType() == Object.class ? null : channel.itemType());
        }
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        String id = ClassUtils.getShortName(method.getDeclaringClass()) + "." + method.getName();
        MemoryChannels.ItemHandler handler = item -> invoke(invocable, bean, item);
        if (external != null) {
            external.addConsumers(annotation.channel(), annotation.concurrency(), id, handler);
            return;
        }
        String errorHandlerName = annotation.errorHandler().trim();
        if (StringUtils.hasText(errorHandlerName) && (!this.beanFactory.containsBean(errorHandlerName)
                || !this.beanFactory.isTypeMatch(errorHandlerName, ChannelListenerErrorHandler.class))) {
            throw new IllegalStateException(where + " has errorHandler = \"" + errorHandlerName
                    + "\", but there is no ChannelListenerErrorHandler bean with that name");
        }
        BeanFactory factory = this.beanFactory;
        if (StreamsObservations.available(bean.getClass().getClassLoader())) {
            handler = StreamsObservations.channelListener(handler, factory, channel.name(), id);
        }
        channels.addConsumers(new MemoryChannels.Consumers(channel.name(), annotation.concurrency(), id, handler,
                StringUtils.hasText(errorHandlerName)
                        ? () -> factory.getBean(errorHandlerName, ChannelListenerErrorHandler.class) : null,
                () -> channelsFedBy(beanName, channels)));
    }

    /**
     * The checks every listener passes, whichever channel kind it consumes: one parameter that can
     * hold the channel's items ({@code itemType} null: any), and a concurrency of at least 1.
     */
    private static void checkSignature(String where, Method method, ChannelListener annotation, String kind,
            @Nullable Class<?> itemType) {
        if (method.getParameterCount() != 1) {
            throw new IllegalStateException(where + " must take exactly one parameter, the item, but takes "
                    + method.getParameterCount());
        }
        Class<?> parameterType = method.getParameterTypes()[0];
        if (itemType != null && !ClassUtils.isAssignable(parameterType, itemType)) {
            throw new IllegalStateException(where + " takes a " + parameterType.getName() + ", but " + kind + " '"
                    + annotation.channel() + "' carries " + itemType.getName());
        }
        if (annotation.concurrency() < 1) {
            throw new IllegalStateException(where + " has concurrency " + annotation.concurrency()
                    + "; it must be at least 1");
        }
    }

    /** The channels that are not memory channels (Kafka) owning {@code channel}, or null. */
    private @Nullable ExternalChannels externalOwner(String channel) {
        for (ExternalChannels external : this.beanFactory.getBeanProvider(ExternalChannels.class)) {
            if (external.itemType(channel) != null) {
                return external;
            }
        }
        return null;
    }

    /** Every configured channel name, memory channels first, in configuration order. */
    private Set<String> configuredNames(MemoryChannels channels) {
        Set<String> names = new LinkedHashSet<>(channels.channels().keySet());
        this.beanFactory.getBeanProvider(ExternalChannels.class).forEach(external -> names.addAll(external.names()));
        return names;
    }

    /** The channels whose channel beans {@code beanName} depends on, directly or transitively. */
    private Set<String> channelsFedBy(String beanName, MemoryChannels channels) {
        if (!(this.beanFactory instanceof ConfigurableBeanFactory factory)) {
            return Set.of();
        }
        Set<String> fed = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(beanName);
        while (!pending.isEmpty()) {
            String current = pending.poll();
            for (String dependency : factory.getDependenciesForBean(current)) {
                MemoryChannel<?> channel = channels.channelSentToBy(dependency);
                if (channel != null) {
                    fed.add(channel.name());
                }
                if (seen.add(dependency)) {
                    pending.add(dependency);
                }
            }
        }
        return fed;
    }

    private static void invoke(Method method, Object bean, Object item) throws Exception {
        try {
            method.invoke(bean, item);
        } catch (InvocationTargetException e) {
            Throwable target = e.getTargetException();
            if (target instanceof Exception exception) {
                throw exception;
            }
            if (target instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
