package dev.streams.sample.spring;

import dev.streams.sample.relay.RelaySettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The relay's own settings ({@code relay.*}); the listener and the inbound channel are configured
 * under {@code streams.*} (see {@code config/application-example.yml}). Immutable, so thread-safe.
 *
 * <pre>
 * relay:
 *   max-line-bytes: 1024
 *   subscriber-buffer-size: 256
 *   max-topics-per-connection: 100
 * </pre>
 *
 * @param maxLineBytes longest accepted client line in bytes (without {@code \r\n})
 * @param subscriberBufferSize lines queued per connection before it is dropped as a slow consumer
 * @param replyTimeout how long a reply may wait for room in its client's full queue before the
 *     client, which sends commands but does not read, is dropped as a slow consumer
 * @param maxTopicsPerConnection topics one connection may subscribe to ({@code ERR} beyond)
 * @param maxTopics topics with a subscriber over all connections ({@code ERR} beyond)
 * @param goodbyeTimeout how long a closing connection may take to flush to its client
 * @param shutdownTimeout how long shutdown waits for publications to be fanned out and connections
 *     to say goodbye; it starts with the listener's shutdown signal and must stay below the
 *     listener's {@code shutdown-timeout}
 * @param devCertificates the development certificate generated on first start
 */
@ConfigurationProperties("relay")
public record RelayProperties(@DefaultValue("1024") int maxLineBytes, @DefaultValue("256") int subscriberBufferSize,
        @DefaultValue("5s") Duration replyTimeout, @DefaultValue("100") int maxTopicsPerConnection,
        @DefaultValue("10000") int maxTopics,
        @DefaultValue("5s") Duration goodbyeTimeout, @DefaultValue("15s") Duration shutdownTimeout,
        @DefaultValue DevCertificates devCertificates) {

    RelaySettings toSettings() {
        return new RelaySettings(this.maxLineBytes, this.subscriberBufferSize, this.goodbyeTimeout, this.replyTimeout,
                this.maxTopicsPerConnection, this.maxTopics);
    }

    /**
     * {@code relay.dev-certificates.*}, read by
     * {@link dev.streams.sample.devcert.DevCertificateEnvironmentPostProcessor} before the context
     * starts; bound here for documentation and for the startup hint.
     *
     * @param enabled whether a development CA and certificates are generated when missing
     * @param directory where the PEM files are (relative to the working directory)
     */
    public record DevCertificates(@DefaultValue("false") boolean enabled,
            @DefaultValue("sample-app/certs") String directory) {
    }
}
