package dev.streams.spring.channel;

import java.util.Collection;
import java.util.List;

/**
 * A {@link dev.streams.spring.ChannelListener} names a channel that is not configured. Thrown while
 * the bean declaring the method is created, so startup fails; the starter's failure analyzer prints
 * the method, the bean and the configured channel names.
 *
 * <pre>{@code
 * @ChannelListener(channel = "ordres") void process(Order order)  // typo: startup fails
 * }</pre>
 *
 * <p>Immutable, so thread-safe.
 */
public class UnknownChannelException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String method;

    private final String beanName;

    private final String channel;

    private final List<String> configuredChannels;

    public UnknownChannelException(String method, String beanName, String channel,
            Collection<String> configuredChannels) {
        super("@ChannelListener method " + method + " (bean '" + beanName + "') refers to channel '" + channel
                + "', but there is no streams.memory.channels." + channel + " or streams.kafka.channels." + channel
                + " (configured channels: " + configuredChannels + ")");
        this.method = method;
        this.beanName = beanName;
        this.channel = channel;
        this.configuredChannels = List.copyOf(configuredChannels);
    }

    /** The annotated method, {@code com.example.OrderProcessor.process}. */
    public String method() {
        return this.method;
    }

    /** The name of the bean that declares the method. */
    public String beanName() {
        return this.beanName;
    }

    /** The channel the annotation names. */
    public String channel() {
        return this.channel;
    }

    /** The names of the configured channels (memory, then Kafka), in configuration order. */
    public List<String> configuredChannels() {
        return this.configuredChannels;
    }
}
