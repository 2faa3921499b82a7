package dev.streams.spring.listener;

import dev.streams.net.ConnectionTimeouts;
import dev.streams.tls.ClientAuth;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The validated configuration of one listener ({@code streams.listeners.<name>}), resolved once by
 * the {@code streamsListenerFactory} and carried as one object into its {@link ManagedListener}.
 * Immutable.
 *
 * <pre>{@code
 * ListenerSpec spec = managedListener.spec();
 * Duration idle = spec.timeouts().idle();
 * }</pre>
 *
 * @param name the listener name, the key under {@code streams.listeners}
 * @param address the bind address
 * @param port the configured port (0: a free one)
 * @param maxConnections open connections allowed
 * @param shutdownTimeout the whole shutdown's budget
 * @param timeouts the idle and write timeouts of each connection
 * @param handshakeTimeout the TLS handshake timeout
 * @param standardCompatible strict TLS closing
 * @param alpnProtocols ALPN protocols offered, in order of preference
 * @param handler the handler bean's name, or null for the only one
 * @param tls the TLS part, or null for plain TCP
 */
public record ListenerSpec(String name, String address, int port, int maxConnections, Duration shutdownTimeout,
        ConnectionTimeouts timeouts, Duration handshakeTimeout, boolean standardCompatible, List<String> alpnProtocols,
        @Nullable String handler, @Nullable Tls tls) {

    public ListenerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        alpnProtocols = List.copyOf(alpnProtocols);
    }

    /**
     * The TLS part of a listener's configuration.
     *
     * @param bundle the SSL bundle name
     * @param clientAuth whether client certificates are requested or required
     */
    public record Tls(String bundle, ClientAuth clientAuth) {

        public Tls {
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(clientAuth, "clientAuth");
        }
    }
}
