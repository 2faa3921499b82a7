package dev.streams.spring.autoconfigure;

import dev.streams.spring.channel.UnknownChannelException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link UnknownChannelException}: which {@code @ChannelListener} (method and bean)
 * names which channel, and the channels that are configured. Registered in
 * {@code META-INF/spring.factories}.
 */
class UnknownChannelFailureAnalyzer extends AbstractFailureAnalyzer<UnknownChannelException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownChannelException cause) {
        String description = "@ChannelListener(channel = \"" + cause.channel() + "\") on method " + cause.method()
                + " of bean '" + cause.beanName() + "' names a channel that is not configured."
                + (cause.configuredChannels().isEmpty() ? " No channels are configured."
                        : " Configured channels: " + cause.configuredChannels() + ".");
        String action = "Configure " + StreamsProperties.CHANNELS_PREFIX + "." + cause.channel()
                + ".* (or streams.kafka.channels." + cause.channel()
                + ".*) or change the annotation's channel to one of the configured channels"
                + (cause.configuredChannels().isEmpty() ? "." : " " + cause.configuredChannels() + ".");
        return new FailureAnalysis(description, action, cause);
    }
}
