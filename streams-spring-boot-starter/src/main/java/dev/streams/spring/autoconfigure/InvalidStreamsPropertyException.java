package dev.streams.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * A {@code streams.*} property whose value cannot work, found at startup. The message names the
 * property path and the offending value; {@link #action()} says how to fix it, and Boot's failure
 * analysis prints both.
 *
 * <pre>{@code
 * throw InvalidStreamsPropertyException.negativeBufferSize("orders", -1);
 * // streams.memory.channels.orders.buffer-size is -1, but a buffer size cannot be negative.
 * }</pre>
 *
 * <p>Immutable, so thread-safe.
 */
public class InvalidStreamsPropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;

    private final transient @Nullable Object value;

    private final String action;

    public InvalidStreamsPropertyException(String property, @Nullable Object value, String description,
            String action) {
        this(property, value, description, action, null);
    }

    public InvalidStreamsPropertyException(String property, @Nullable Object value, String description,
            String action, @Nullable Throwable cause) {
        super(description, cause);
        this.property = property;
        this.value = value;
        this.action = action;
    }

    /** The full property path, e.g. {@code streams.memory.channels.orders.buffer-size}. */
    public String property() {
        return this.property;
    }

    /** The offending value, or null when the property is missing. */
    public @Nullable Object value() {
        return this.value;
    }

    /** What the user should change. */
    public String action() {
        return this.action;
    }

    static String channelProperty(String channel, String key) {
        return StreamsProperties.CHANNELS_PREFIX + "." + channel + "." + key;
    }

    static String listenerProperty(String listener, String key) {
        return StreamsProperties.LISTENERS_PREFIX + "." + listener + "." + key;
    }

    // ---- channels ----------------------------------------------------------------------------

    public static InvalidStreamsPropertyException negativeBufferSize(String channel, int bufferSize) {
        String property = channelProperty(channel, "buffer-size");
        return new InvalidStreamsPropertyException(property, bufferSize,
                property + " is " + bufferSize + ", but a channel's buffer size cannot be negative.",
                "Set " + property + " to 0 (a rendezvous channel) or a positive number, or set "
                        + channelProperty(channel, "unbounded") + "=true for a buffer without a limit.");
    }

    public static InvalidStreamsPropertyException unboundedWithBufferSize(String channel, int bufferSize) {
        String property = channelProperty(channel, "buffer-size");
        return new InvalidStreamsPropertyException(property, bufferSize,
                property + " is " + bufferSize + " but " + channelProperty(channel, "unbounded")
                        + " is true: a channel cannot be both bounded and unbounded.",
                "Remove " + property + " to keep the channel unbounded, or remove "
                        + channelProperty(channel, "unbounded") + " to bound it at " + bufferSize + " items.");
    }

    public static InvalidStreamsPropertyException unknownItemType(String channel, String itemType,
            @Nullable Throwable cause) {
        String property = channelProperty(channel, "item-type");
        return new InvalidStreamsPropertyException(property, itemType,
                property + " is '" + itemType + "', but no such class could be loaded.",
                "Set " + property + " to the fully qualified name of a class on the classpath"
                        + " (nested classes use '$', e.g. com.example.Outer$Order), or remove it to carry any object.",
                cause);
    }

    public static InvalidStreamsPropertyException negativeDrainTimeout(String channel, Object value) {
        String property = channelProperty(channel, "drain-timeout");
        return new InvalidStreamsPropertyException(property, value,
                property + " is " + value + ", but the drain timeout cannot be negative.",
                "Set " + property + " to a duration such as 10s, or 0s to close without draining.");
    }

    public static InvalidStreamsPropertyException invalidMaxAttempts(String channel, int maxAttempts) {
        String property = channelProperty(channel, "retry.max-attempts");
        return new InvalidStreamsPropertyException(property, maxAttempts,
                property + " is " + maxAttempts + ", but a @ChannelListener needs at least one attempt per item.",
                "Set " + property + " to 1 (no retry) or more.");
    }

    public static InvalidStreamsPropertyException negativeBackoff(String channel, @Nullable Object backoff) {
        String property = channelProperty(channel, "retry.backoff");
        return new InvalidStreamsPropertyException(property, backoff,
                property + " is " + backoff + ", but the wait between attempts cannot be negative.",
                "Set " + property + " to a duration such as 1s, or 0s to retry at once.");
    }

    public static InvalidStreamsPropertyException unknownDeadLetterChannel(String channel, String target,
            java.util.Collection<String> configured) {
        String property = channelProperty(channel, "dead-letter-channel");
        return new InvalidStreamsPropertyException(property, target,
                property + " is '" + target + "', but there is no memory channel with that name (configured channels: "
                        + configured + ").",
                "Configure " + StreamsProperties.CHANNELS_PREFIX + "." + target + " (without item-type, or with item-type: "
                        + "dev.streams.spring.DeadLetter), or set " + property + " to one of " + configured + ".");
    }

    public static InvalidStreamsPropertyException selfDeadLetterChannel(String channel, @Nullable String value) {
        String property = channelProperty(channel, "dead-letter-channel");
        return new InvalidStreamsPropertyException(property, value,
                property + " is '" + value + "', but a channel's dead letters must go to another channel.",
                "Set " + property + " to the name of another memory channel, or remove it to drop failed items.");
    }

    public static InvalidStreamsPropertyException deadLetterChannelOfWrongType(String channel, String target,
            Class<?> itemType) {
        String property = channelProperty(channel, "dead-letter-channel");
        return new InvalidStreamsPropertyException(property, target,
                property + " is '" + target + "', but that channel carries " + itemType.getName()
                        + ", not dev.streams.spring.DeadLetter.",
                "Remove " + channelProperty(target, "item-type") + " or set it to dev.streams.spring.DeadLetter.");
    }

    /**
     * Fails when the application already defines a bean under one of the names {@code property} needs
     * for its {@code what} (e.g. "channel beans"). Boot's own bean-override failure names no property.
     */
    public static void requireBeanNamesFree(BeanDefinitionRegistry registry, String property, String what,
            String... beanNames) {
        for (String beanName : beanNames) {
            if (registry.containsBeanDefinition(beanName)) {
                throw new InvalidStreamsPropertyException(property, beanName,
                        property + " needs the bean name '" + beanName + "' for its " + what
                                + ", but the application already defines a bean with that name.",
                        "Rename the application's bean '" + beanName + "', or rename or remove " + property + ".");
            }
        }
    }

    // ---- listeners ---------------------------------------------------------------------------

    public static InvalidStreamsPropertyException missingPort(String listener) {
        String property = listenerProperty(listener, "port");
        return new InvalidStreamsPropertyException(property, null,
                "Listener '" + listener + "' has no port: " + property + " is not set.",
                "Set " + property + " to the port to listen on, or to 0 for a free port (published as local.streams.listeners."
                        + listener + ".port).");
    }

    public static InvalidStreamsPropertyException invalidPort(String listener, int port) {
        String property = listenerProperty(listener, "port");
        return new InvalidStreamsPropertyException(property, port,
                property + " is " + port + ", but a port must be between 0 and 65535.",
                "Set " + property + " to a port between 1 and 65535, or to 0 for a free port.");
    }

    public static InvalidStreamsPropertyException invalidMaxConnections(String listener, int maxConnections) {
        String property = listenerProperty(listener, "max-connections");
        return new InvalidStreamsPropertyException(property, maxConnections,
                property + " is " + maxConnections + ", but a listener must allow at least one connection.",
                "Set " + property + " to a positive number, or remove it for the default of 10000.");
    }

    public static InvalidStreamsPropertyException negativeListenerDuration(String listener, String key,
            @Nullable Object value) {
        String property = listenerProperty(listener, key);
        return new InvalidStreamsPropertyException(property, value,
                property + " is " + value + ", but it cannot be negative.",
                "Set " + property + " to a duration such as 30s" + (key.equals("shutdown-timeout") ? "." : ", or 0 for never."));
    }

    public static InvalidStreamsPropertyException tlsWithoutBundle(String listener) {
        String property = listenerProperty(listener, "ssl.bundle");
        return new InvalidStreamsPropertyException(property, null,
                "Listener '" + listener + "' uses TLS (the default) but " + property + " is not set.",
                "Set " + property + " to the name of a spring.ssl.bundle.jks.* or spring.ssl.bundle.pem.* bundle, or set "
                        + listenerProperty(listener, "ssl.enabled") + "=false to serve plain TCP.");
    }

    public static InvalidStreamsPropertyException unknownSslBundle(String listener, String bundle,
            java.util.Collection<String> knownBundles, @Nullable Throwable cause) {
        String property = listenerProperty(listener, "ssl.bundle");
        return new InvalidStreamsPropertyException(property, bundle,
                property + " is '" + bundle + "', but there is no SSL bundle with that name"
                        + (knownBundles.isEmpty() ? " (no bundles are configured)." : " (known bundles: " + knownBundles + ")."),
                "Configure spring.ssl.bundle.pem." + bundle + ".* or spring.ssl.bundle.jks." + bundle + ".*, or set "
                        + property + " to one of the configured bundles.",
                cause);
    }

    public static InvalidStreamsPropertyException unusableSslBundle(String listener, String bundle, Throwable cause) {
        String property = listenerProperty(listener, "ssl.bundle");
        return new InvalidStreamsPropertyException(property, bundle,
                property + " is '" + bundle + "', but its key material could not be loaded: " + cause.getMessage(),
                "Check spring.ssl.bundle.*." + bundle + ".* (locations, passwords, key alias).", cause);
    }

    public static InvalidStreamsPropertyException clientAuthWithoutTrustStore(String listener, String bundle,
            String clientAuth) {
        String property = listenerProperty(listener, "ssl.client-auth");
        return new InvalidStreamsPropertyException(property, clientAuth,
                property + " is '" + clientAuth + "', but SSL bundle '" + bundle
                        + "' has no trust store to check client certificates against (the JDK's public cacerts would be used).",
                "Add a truststore to spring.ssl.bundle.*." + bundle + " (truststore.certificate for pem, "
                        + "truststore.location for jks), or set " + property + " to 'none'.");
    }

    public static InvalidStreamsPropertyException unsupportedBundleOption(String listener, String bundle, String option,
            java.util.List<String> unsupported) {
        String property = "spring.ssl.bundle.*." + bundle + ".options." + option;
        return new InvalidStreamsPropertyException(property, unsupported,
                property + " (used by " + listenerProperty(listener, "ssl.bundle") + ") lists " + unsupported
                        + ", which this JVM's TLS provider does not support; every handshake would fail.",
                "Fix the spelling or remove " + unsupported + " from " + property + ".");
    }

    public static InvalidStreamsPropertyException nonPositiveHandshakeTimeout(String listener, @Nullable Object value) {
        String property = listenerProperty(listener, "handshake-timeout");
        return new InvalidStreamsPropertyException(property, value,
                property + " is " + value + ", but a handshake needs a positive timeout.",
                "Set " + property + " to a positive duration such as 30s.");
    }

    public static InvalidStreamsPropertyException invalidAlpnProtocol(String listener, String value) {
        String property = listenerProperty(listener, "alpn-protocols");
        return new InvalidStreamsPropertyException(property, value,
                property + " contains '" + value + "', but an ALPN protocol name must be 1 to 255 bytes.",
                "Remove the empty or overlong entry from " + property + " (for example h2,http/1.1).");
    }

    public static InvalidStreamsPropertyException unknownHandler(String listener, String handler) {
        String property = listenerProperty(listener, "handler");
        return new InvalidStreamsPropertyException(property, handler,
                property + " is '" + handler + "', but there is no StreamHandler bean with that name.",
                "Define a bean named '" + handler + "' of type StreamHandler<ByteStream>, or set " + property
                        + " to the name of an existing one.");
    }

    public static InvalidStreamsPropertyException handlerOfWrongType(String listener, String handler,
            @Nullable Class<?> type) {
        String property = listenerProperty(listener, "handler");
        return new InvalidStreamsPropertyException(property, handler,
                property + " is '" + handler + "', but that bean is a " + (type == null ? "bean of unknown type" : type.getName())
                        + ", not a StreamHandler.",
                "Point " + property + " at a bean of type StreamHandler<ByteStream>.");
    }

    public static InvalidStreamsPropertyException noHandler(String listener) {
        String property = listenerProperty(listener, "handler");
        return new InvalidStreamsPropertyException(property, null,
                "Listener '" + listener + "' needs a StreamHandler<? super ByteStream> bean to serve connections, but there is none.",
                "Define a bean of type StreamHandler<ByteStream> (for example a lambda @Bean), and set " + property
                        + " to its name if there are several.");
    }

    public static InvalidStreamsPropertyException ambiguousHandler(String listener, java.util.Collection<String> candidates) {
        String property = listenerProperty(listener, "handler");
        return new InvalidStreamsPropertyException(property, null,
                "Listener '" + listener + "' has no " + property + " and there are " + candidates.size()
                        + " StreamHandler beans: " + candidates + ".",
                "Set " + property + " to one of " + candidates + ".");
    }
}
