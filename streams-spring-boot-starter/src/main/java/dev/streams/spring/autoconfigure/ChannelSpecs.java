package dev.streams.spring.autoconfigure;

import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.DeadLetter;
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
