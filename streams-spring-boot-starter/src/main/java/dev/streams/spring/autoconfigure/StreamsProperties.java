package dev.streams.spring.autoconfigure;

import dev.streams.tls.ClientAuth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of Streams for Java ({@code streams.*}): named memory channels and
 * TCP/TLS listeners.
 *
 * <pre>{@code
 * streams:
 *   memory:
 *     channels:
 *       orders: { buffer-size: 100, item-type: com.example.Order }
 *   listeners:
 *     secure-echo: { port: 9443, handler: echoHandler, ssl: { bundle: server } }
 * }</pre>
 *
 * <p>The map entries are also bound early, by the bean registrars, with the same
 * {@link org.springframework.boot.context.properties.bind.Binder}; this class is what the
 * configuration processor documents and what other beans inject. Not thread-safe: Spring binds it
 * once at startup and reads it afterwards.
 */
@ConfigurationProperties("streams")
public class StreamsProperties {

    /** Prefix of every property of this starter. */
    public static final String PREFIX = "streams";

    /** Prefix of the channel map: {@code streams.memory.channels}. */
    public static final String CHANNELS_PREFIX = PREFIX + ".memory.channels";

    /** Prefix of the listener map: {@code streams.listeners}. */
    public static final String LISTENERS_PREFIX = PREFIX + ".listeners";

    private final Memory memory = new Memory();

    /** Named TCP/TLS listeners, keyed by listener name. */
    private Map<String, Listener> listeners = new LinkedHashMap<>();

    public Memory getMemory() {
        return this.memory;
    }

    public Map<String, Listener> getListeners() {
        return this.listeners;
    }

    public void setListeners(Map<String, Listener> listeners) {
        this.listeners = listeners;
    }

    /** {@code streams.memory.*}: in-memory object channels. */
    public static class Memory {

        /** Named memory object channels, keyed by channel name (also the bean qualifier). */
        private Map<String, Channel> channels = new LinkedHashMap<>();

        public Map<String, Channel> getChannels() {
            return this.channels;
        }

        public void setChannels(Map<String, Channel> channels) {
            this.channels = channels;
        }
    }

    /** {@code streams.memory.channels.<name>.*}: one memory object channel. */
    public static class Channel {

        /**
         * Number of items the channel buffers before send blocks; 0 means a rendezvous channel
         * (send waits for a receiver). Defaults to 0 when not set.
         */
        private @Nullable Integer bufferSize;

        /** Whether the buffer has no limit. Conflicts with an explicit buffer-size. */
        private boolean unbounded;

        /** Fully qualified class name of the items; send of another type fails. Default: any object. */
        private @Nullable String itemType;

        /**
         * How long consumers may drain the buffer at shutdown before the receive side closes,
         * counted from the start of the channels' shutdown. With the listeners' shutdown-timeout
         * (20s) the default fits Boot's spring.lifecycle.timeout-per-shutdown-phase (30s).
         */
        private Duration drainTimeout = Duration.ofSeconds(10);

        private final Retry retry = new Retry();

        /**
         * Another configured memory channel that gets a dev.streams.spring.DeadLetter for every item
         * a @ChannelListener failed on in every attempt. Default: none (the item is dropped).
         */
        private @Nullable String deadLetterChannel;

        public Retry getRetry() {
            return this.retry;
        }

        public @Nullable String getDeadLetterChannel() {
            return this.deadLetterChannel;
        }

        public void setDeadLetterChannel(@Nullable String deadLetterChannel) {
            this.deadLetterChannel = deadLetterChannel;
        }

        public @Nullable Integer getBufferSize() {
            return this.bufferSize;
        }

        public void setBufferSize(@Nullable Integer bufferSize) {
            this.bufferSize = bufferSize;
        }

        public boolean isUnbounded() {
            return this.unbounded;
        }

        public void setUnbounded(boolean unbounded) {
            this.unbounded = unbounded;
        }

        public @Nullable String getItemType() {
            return this.itemType;
        }

        public void setItemType(@Nullable String itemType) {
            this.itemType = itemType;
        }

        public Duration getDrainTimeout() {
            return this.drainTimeout;
        }

        public void setDrainTimeout(Duration drainTimeout) {
            this.drainTimeout = drainTimeout;
        }
    }

    /** {@code streams.memory.channels.<name>.retry.*}: how often a @ChannelListener is called per item. */
    public static class Retry {

        /** Calls of a @ChannelListener per item in total; 1 means no retry. */
        private int maxAttempts = 1;

        /** Wait between two attempts. */
        private Duration backoff = Duration.ZERO;

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBackoff() {
            return this.backoff;
        }

        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }
    }

    /** {@code streams.listeners.<name>.*}: one TCP listener, TLS unless {@code ssl.enabled=false}. */
    public static class Listener {

        /** Network address to bind to. Default: all interfaces. */
        private @Nullable String address;

        /** Port to listen on; 0 picks a free port, published as local.streams.listeners.<name>.port. */
        private @Nullable Integer port;

        /** Bean name of the StreamHandler that serves each connection. Default: the only one. */
        private @Nullable String handler;

        private final Ssl ssl = new Ssl();

        /** Whether TLS follows the standard strictly (close_notify required; a ragged EOF is an error). */
        private boolean standardCompatible = true;

        /** Maximum time a TLS handshake may take before the connection is dropped. */
        private Duration handshakeTimeout = Duration.ofSeconds(30);

        /** Comma-separated list of ALPN protocols the server offers, in order of preference. */
        private List<String> alpnProtocols = new ArrayList<>();

        /** Maximum number of open connections; beyond it new connections are accepted and closed at once. */
        private int maxConnections = 10_000;

        /**
         * How long shutdown may take in all: handlers get the shutdown signal, are interrupted two
         * grace periods (up to 1s each) before the end and have their connections closed one before.
         * With the channels' drain-timeout (10s) the default fits Boot's
         * spring.lifecycle.timeout-per-shutdown-phase (30s).
         */
        private Duration shutdownTimeout = Duration.ofSeconds(20);

        /** A connection that receives no data for this long is closed; 0 = never. */
        private Duration idleTimeout = Duration.ofMinutes(5);

        /** A send that makes no progress for this long (the peer stopped reading) fails the connection; 0 = never. */
        private Duration writeTimeout = Duration.ofSeconds(30);

        public @Nullable String getAddress() {
            return this.address;
        }

        public void setAddress(@Nullable String address) {
            this.address = address;
        }

        public @Nullable Integer getPort() {
            return this.port;
        }

        public void setPort(@Nullable Integer port) {
            this.port = port;
        }

        public @Nullable String getHandler() {
            return this.handler;
        }

        public void setHandler(@Nullable String handler) {
            this.handler = handler;
        }

        public Ssl getSsl() {
            return this.ssl;
        }

        public boolean isStandardCompatible() {
            return this.standardCompatible;
        }

        public void setStandardCompatible(boolean standardCompatible) {
            this.standardCompatible = standardCompatible;
        }

        public Duration getHandshakeTimeout() {
            return this.handshakeTimeout;
        }

        public void setHandshakeTimeout(Duration handshakeTimeout) {
            this.handshakeTimeout = handshakeTimeout;
        }

        public List<String> getAlpnProtocols() {
            return this.alpnProtocols;
        }

        public void setAlpnProtocols(List<String> alpnProtocols) {
            this.alpnProtocols = alpnProtocols;
        }

        public int getMaxConnections() {
            return this.maxConnections;
        }

        public void setMaxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
        }

        public Duration getIdleTimeout() {
            return this.idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public Duration getWriteTimeout() {
            return this.writeTimeout;
        }

        public void setWriteTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
        }

        public Duration getShutdownTimeout() {
            return this.shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }
    }

    /** {@code streams.listeners.<name>.ssl.*}: TLS of one listener. */
    public static class Ssl {

        /** Whether the listener speaks TLS. Turning it off must be explicit. */
        private boolean enabled = true;

        /** Name of the spring.ssl.bundle (jks or pem) with the key and trust material. */
        private @Nullable String bundle;

        /** Whether client certificates are requested (want) or required (need). */
        private ClientAuth clientAuth = ClientAuth.NONE;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getBundle() {
            return this.bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }

        public ClientAuth getClientAuth() {
            return this.clientAuth;
        }

        public void setClientAuth(ClientAuth clientAuth) {
            this.clientAuth = clientAuth;
        }
    }
}
