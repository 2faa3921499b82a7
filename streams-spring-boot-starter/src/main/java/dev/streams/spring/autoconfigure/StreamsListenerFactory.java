package dev.streams.spring.autoconfigure;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.spring.listener.ListenerSpec;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.spring.observation.StreamsObservations;
import dev.streams.tls.ClientAuth;
import dev.streams.tls.TlsOptions;
import dev.streams.net.ConnectionTimeouts;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.core.env.Environment;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;

/**
 * Builds the {@link ManagedListener} of each {@code streams.listeners.<name>}: validates the
 * properties, resolves the SSL bundle and the handler bean, applies the bundle's protocols and
 * ciphers (which {@link SslBundle#createSslContext()} does not) and subscribes to bundle updates
 * for hot reload. Bean {@code streamsListenerFactory}; define your own bean of this name to
 * customise listener creation. Thread-safe (stateless).
 *
 * <pre>{@code
 * @Bean
 * StreamsListenerFactory streamsListenerFactory(StreamsProperties properties, ListableBeanFactory beans,
 *         ObjectProvider<SslBundles> bundles) {
 *     return new StreamsListenerFactory(properties, beans, bundles) {
 *         @Override
 *         public ManagedListener create(String name) {
 *             log.info("creating listener {}", name);
 *             return super.create(name);
 *         }
 *     };
 * }
 * }</pre>
 */
public class StreamsListenerFactory {

    private static final Log logger = LogFactory.getLog(StreamsListenerFactory.class);

    /** {@code StreamHandler<? super ByteStream>}: the handlers a listener can use. */
    static final ResolvableType HANDLER_TYPE = ResolvableType.forMethodReturnType(
            org.springframework.util.ReflectionUtils.findMethod(HandlerType.class, "handler"));

    private final StreamsProperties properties;

    private final ListableBeanFactory beanFactory;

    private final ObjectProvider<SslBundles> sslBundles;

    public StreamsListenerFactory(StreamsProperties properties, ListableBeanFactory beanFactory,
            ObjectProvider<SslBundles> sslBundles) {
        this.properties = properties;
        this.beanFactory = beanFactory;
        this.sslBundles = sslBundles;
    }

    /** Validates {@code streams.listeners.<name>} once and resolves it into the listener's spec. */
    static ListenerSpec resolve(String name, StreamsProperties.Listener listener) {
        Integer port = listener.getPort();
        if (port == null) {
            throw InvalidStreamsPropertyException.missingPort(name);
        }
        if (port < 0 || port > 65535) {
            throw InvalidStreamsPropertyException.invalidPort(name, port);
        }
        if (listener.getMaxConnections() < 1) {
            throw InvalidStreamsPropertyException.invalidMaxConnections(name, listener.getMaxConnections());
        }
        if (listener.getSsl().isEnabled() && !StringUtils.hasText(listener.getSsl().getBundle())) {
            throw InvalidStreamsPropertyException.tlsWithoutBundle(name);
        }
        Duration handshakeTimeout = listener.getHandshakeTimeout();
        if (handshakeTimeout == null || handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
            throw InvalidStreamsPropertyException.nonPositiveHandshakeTimeout(name, handshakeTimeout);
        }
        for (String alpn : listener.getAlpnProtocols()) {
            if (!StringUtils.hasText(alpn) || alpn.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
                throw InvalidStreamsPropertyException.invalidAlpnProtocol(name, alpn);
            }
        }
        requireNotNegative(name, "idle-timeout", listener.getIdleTimeout());
        requireNotNegative(name, "write-timeout", listener.getWriteTimeout());
        requireNotNegative(name, "shutdown-timeout", listener.getShutdownTimeout());
        String address = StringUtils.hasText(listener.getAddress()) ? listener.getAddress().trim() : "0.0.0.0";
        String handler = StringUtils.hasText(listener.getHandler()) ? listener.getHandler().trim() : null;
        ListenerSpec.Tls tls = listener.getSsl().isEnabled()
                ? new ListenerSpec.Tls(listener.getSsl().getBundle().trim(), listener.getSsl().getClientAuth()) : null;
        return new ListenerSpec(name, address, port, listener.getMaxConnections(), listener.getShutdownTimeout(),
                new ConnectionTimeouts(listener.getIdleTimeout(), listener.getWriteTimeout()), handshakeTimeout,
                listener.isStandardCompatible(), listener.getAlpnProtocols(), handler, tls);
    }

    private static void requireNotNegative(String name, String key, @Nullable Duration value) {
        if (value == null || value.isNegative()) {
            throw InvalidStreamsPropertyException.negativeListenerDuration(name, key, value);
        }
    }

    /** Creates (and binds) the listener named {@code name}. */
    public ManagedListener create(String name) {
        StreamsProperties.Listener listener = this.properties.getListeners().get(name);
        if (listener == null) {
            throw new IllegalArgumentException("no listener named '" + name + "' under streams.listeners");
        }
        return create(resolve(name, listener));
    }

    /** Creates (and binds) the listener of a resolved spec. */
    public ManagedListener create(ListenerSpec spec) {
        ManagedListener.TlsSettings tls = (spec.tls() != null) ? tlsSettings(spec, bundle(spec)) : null;
        StreamHandler<? super ByteStream> handler = handler(spec);
        if (StreamsObservations.available(getClass().getClassLoader())) {
            handler = StreamsObservations.connection(handler, this.beanFactory, spec.name());
        }
        ManagedListener managed = new ManagedListener(spec, tls, handler);
        managed.setHandlerExecutor(StreamsExecutors.create(
                this.beanFactory.getBeanProvider(SimpleAsyncTaskExecutorBuilder.class).getIfAvailable(),
                this.beanFactory.getBean(Environment.class), "streams-" + spec.name() + "-handler-"));
        if (StreamsObservations.available(getClass().getClassLoader())) {
            managed.setHandshakeObserver(StreamsObservations.handshakes(this.beanFactory));
        }
        if (tls != null) {
            subscribeToUpdates(spec, managed);
        }
        return managed;
    }

    private SslBundle bundle(ListenerSpec spec) {
        String name = spec.name();
        String bundleName = spec.tls().bundle();
        SslBundles bundles = this.sslBundles.getIfAvailable();
        if (bundles == null) {
            throw InvalidStreamsPropertyException.unknownSslBundle(name, bundleName, List.of(), null);
        }
        try {
            return bundles.getBundle(bundleName);
        } catch (NoSuchSslBundleException e) {
            throw InvalidStreamsPropertyException.unknownSslBundle(name, bundleName, bundles.getBundleNames(), e);
        }
    }

    /** Builds the TLS settings from a bundle: called at startup and on every bundle update. */
    static ManagedListener.TlsSettings tlsSettings(ListenerSpec spec, SslBundle bundle) {
        String name = spec.name();
        String bundleName = spec.tls().bundle();
        ClientAuth clientAuth = spec.tls().clientAuth();
        // want without a trust store would silently check client certificates against the JDK's cacerts
        if (clientAuth != ClientAuth.NONE && bundle.getStores().getTrustStore() == null) {
            throw InvalidStreamsPropertyException.clientAuthWithoutTrustStore(name, bundleName,
                    clientAuth.name().toLowerCase(Locale.ROOT));
        }
        SSLContext context;
        try {
            // Loads the key material now, so a broken bundle fails startup rather than the first handshake.
            context = bundle.createSslContext();
        } catch (RuntimeException e) {
            throw InvalidStreamsPropertyException.unusableSslBundle(name, bundleName, e);
        }
        TlsOptions options = TlsOptions.server(context)
            .standardCompatible(spec.standardCompatible())
            .handshakeTimeout(spec.handshakeTimeout())
            .clientAuth(clientAuth);
        SslOptions sslOptions = bundle.getOptions();
        SSLParameters supported = context.getSupportedSSLParameters();
        requireSupported(name, bundleName, "enabled-protocols", sslOptions.getEnabledProtocols(), supported.getProtocols());
        requireSupported(name, bundleName, "ciphers", sslOptions.getCiphers(), supported.getCipherSuites());
        String[] protocols = sslOptions.getEnabledProtocols();
        if (protocols != null) {
            options = options.protocols(protocols);
        }
        if (sslOptions.getCiphers() != null) {
            options = options.cipherSuites(sslOptions.getCiphers());
        }
        if (!spec.alpnProtocols().isEmpty()) {
            options = options.alpnProtocols(spec.alpnProtocols().toArray(String[]::new));
        }
        List<String> effectiveProtocols = Arrays
            .asList((protocols != null) ? protocols : context.getDefaultSSLParameters().getProtocols());
        return new ManagedListener.TlsSettings(options, bundleName, clientAuth,
                effectiveProtocols);
    }

    /** A misspelled or unsupported entry would fail every handshake: fail startup instead. */
    private static void requireSupported(String name, String bundleName, String option, String @Nullable [] configured,
            String[] supported) {
        if (configured == null) {
            return;
        }
        List<String> known = Arrays.asList(supported);
        List<String> unsupported = Arrays.stream(configured).filter(value -> !known.contains(value)).toList();
        if (!unsupported.isEmpty()) {
            throw InvalidStreamsPropertyException.unsupportedBundleOption(name, bundleName, option, unsupported);
        }
    }

    private void subscribeToUpdates(ListenerSpec spec, ManagedListener managed) {
        String name = spec.name();
        String bundleName = spec.tls().bundle();
        SslBundles bundles = this.sslBundles.getIfAvailable();
        if (bundles == null) {
            return;
        }
        // Runs on the ssl-bundle-watcher thread and must not throw: a bad new bundle keeps the old material.
        bundles.addBundleUpdateHandler(bundleName, updated -> {
            try {
                ManagedListener.TlsSettings settings = tlsSettings(spec, updated);
                managed.updateTls(settings.options(), settings.protocols());
                logger.info("Streams listener '" + name + "': SSL bundle '" + bundleName
                        + "' updated; new connections use the new material");
            } catch (RuntimeException e) {
                logger.error("Streams listener '" + name + "': SSL bundle '" + bundleName
                        + "' was updated but cannot be used; keeping the previous material", e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private StreamHandler<? super ByteStream> handler(ListenerSpec spec) {
        String name = spec.name();
        String handlerName = spec.handler();
        if (handlerName != null) {
            if (!this.beanFactory.containsBean(handlerName)) {
                throw InvalidStreamsPropertyException.unknownHandler(name, handlerName);
            }
            if (!this.beanFactory.isTypeMatch(handlerName, StreamHandler.class)) {
                throw InvalidStreamsPropertyException.handlerOfWrongType(name, handlerName,
                        this.beanFactory.getType(handlerName));
            }
            return this.beanFactory.getBean(handlerName, StreamHandler.class);
        }
        String[] candidates = this.beanFactory.getBeanNamesForType(HANDLER_TYPE);
        if (candidates.length == 0) {
            throw InvalidStreamsPropertyException.noHandler(name);
        }
        ObjectProvider<StreamHandler<? super ByteStream>> provider = this.beanFactory.getBeanProvider(HANDLER_TYPE);
        StreamHandler<? super ByteStream> unique = provider.getIfUnique();
        if (unique == null) {
            throw InvalidStreamsPropertyException.ambiguousHandler(name, Arrays.asList(candidates));
        }
        return unique;
    }

    /** Listener names in configuration order. */
    Map<String, StreamsProperties.Listener> listeners() {
        return this.properties.getListeners();
    }

    /** Carries the generic type {@code StreamHandler<? super ByteStream>} for {@link #HANDLER_TYPE}. */
    private interface HandlerType {
        @Nullable StreamHandler<? super ByteStream> handler();
    }
}
