package dev.streams.spring.autoconfigure;

import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.channel.MemoryChannelSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/** Binds and validates {@code streams.memory.channels.*} into {@link MemoryChannelSpec}s. */
final class ChannelSpecs {

    private ChannelSpecs() {
    }

    static Map<String, StreamsProperties.Channel> bind(Environment environment) {
        return Binder.get(environment)
            .bind(StreamsProperties.CHANNELS_PREFIX, Bindable.mapOf(String.class, StreamsProperties.Channel.class))
            .orElse(Map.of());
    }

    static List<MemoryChannelSpec> resolve(Map<String, StreamsProperties.Channel> channels,
            @Nullable ClassLoader classLoader) {
        List<MemoryChannelSpec> specs = new ArrayList<>();
        channels.forEach((name, properties) -> specs.add(resolve(name, properties, classLoader)));
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
        return new MemoryChannelSpec(name, maxBufferSize, itemType, typed, drainTimeout);
    }
}
