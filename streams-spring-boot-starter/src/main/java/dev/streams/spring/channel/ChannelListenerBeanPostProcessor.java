package dev.streams.spring.channel;

import dev.streams.spring.ChannelListener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds {@link ChannelListener} methods on beans and registers them as consumers with
 * {@link MemoryChannels}. Fails the bean's creation when the channel does not exist, the method does
 * not take exactly one parameter, or the parameter cannot hold the channel's item type.
 *
 * <p>Registered by the auto-configuration; a bean such as
 * <pre>{@code
 * @Component class Audit { @ChannelListener(channel = "events") void on(Object event) { ... } }
 * }</pre>
 * gets one consumer of channel {@code events}.
 *
 * <p>Thread-safe (stateless apart from the bean factory set once at startup).
 */
public class ChannelListenerBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof MemoryChannels) {
            return bean;
        }
        Class<?> targetClass = AopUtils.getTargetClass(bean);
        Map<Method, ChannelListener> methods = MethodIntrospector.selectMethods(targetClass,
                (MethodIntrospector.MetadataLookup<ChannelListener>) method -> AnnotatedElementUtils
                        .findMergedAnnotation(method, ChannelListener.class));
        if (methods.isEmpty()) {
            return bean;
        }
        MemoryChannels channels = this.beanFactory.getBean(MemoryChannels.BEAN_NAME, MemoryChannels.class);
        methods.forEach((method, annotation) -> register(channels, bean, beanName, method, annotation));
        return bean;
    }

    private void register(MemoryChannels channels, Object bean, String beanName, Method method,
            ChannelListener annotation) {
        String where = "@ChannelListener method " + method.getDeclaringClass().getName() + "." + method.getName()
                + " (bean '" + beanName + "')";
        MemoryChannel<?> channel = channels.get(annotation.channel());
        if (channel == null && registerExternal(bean, method, annotation, where)) {
            return;
        }
        if (channel == null) {
            throw new IllegalStateException(where + " refers to channel '" + annotation.channel()
                    + "', but there is no streams.memory.channels." + annotation.channel()
                    + " (configured channels: " + channels.channels().keySet() + ")");
        }
        if (method.getParameterCount() != 1) {
            throw new IllegalStateException(where + " must take exactly one parameter, the item, but takes "
                    + method.getParameterCount());
        }
        Class<?> parameterType = method.getParameterTypes()[0];
        if (channel.itemType() != Object.class && !ClassUtils.isAssignable(parameterType, channel.itemType())) {
            throw new IllegalStateException(where + " takes a " + parameterType.getName() + ", but channel '"
                    + channel.name() + "' carries " + channel.itemType().getName());
        }
        if (annotation.concurrency() < 1) {
            throw new IllegalStateException(where + " has concurrency " + annotation.concurrency()
                    + "; it must be at least 1");
        }
        Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
        ReflectionUtils.makeAccessible(invocable);
        channels.addConsumers(channel.name(), annotation.concurrency(),
                ClassUtils.getShortName(method.getDeclaringClass()) + "." + method.getName(),
                item -> invoke(invocable, bean, item));
    }

    /** Routes a listener of a channel that is not a memory channel (a Kafka channel) to its owner. */
    private boolean registerExternal(Object bean, Method method, ChannelListener annotation, String where) {
        for (ExternalChannels external : this.beanFactory.getBeanProvider(ExternalChannels.class)) {
            Class<?> itemType = external.itemType(annotation.channel());
            if (itemType == null) {
                continue;
            }
            if (method.getParameterCount() != 1) {
                throw new IllegalStateException(where + " must take exactly one parameter, the item, but takes "
                        + method.getParameterCount());
            }
            if (!ClassUtils.isAssignable(method.getParameterTypes()[0], itemType)) {
                throw new IllegalStateException(where + " takes a " + method.getParameterTypes()[0].getName()
                        + ", but " + external.kind() + " channel '" + annotation.channel() + "' carries "
                        + itemType.getName());
            }
            if (annotation.concurrency() < 1) {
                throw new IllegalStateException(where + " has concurrency " + annotation.concurrency()
                        + "; it must be at least 1");
            }
            Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            ReflectionUtils.makeAccessible(invocable);
            external.addConsumers(annotation.channel(), annotation.concurrency(),
                    ClassUtils.getShortName(method.getDeclaringClass()) + "." + method.getName(),
                    item -> invoke(invocable, bean, item));
            return true;
        }
        return false;
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
