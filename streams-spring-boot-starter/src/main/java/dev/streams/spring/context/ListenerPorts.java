package dev.streams.spring.context;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Publishes {@code local.streams.listeners.<name>.port} into the environment, in a property source
 * named {@value #PROPERTY_SOURCE_NAME} placed first, as Boot does for {@code local.server.port}.
 * Thread-safe as far as {@link MutablePropertySources} is.
 */
public final class ListenerPorts {

    /** Name of the property source that holds the ports. */
    public static final String PROPERTY_SOURCE_NAME = "streams.listener.ports";

    private ListenerPorts() {
    }

    /** The property name for a listener's port. */
    public static String propertyName(String listener) {
        return "local.streams.listeners." + listener + ".port";
    }

    /** Sets the port property of {@code listener}. */
    @SuppressWarnings("unchecked")
    public static void publish(ConfigurableEnvironment environment, String listener, int port) {
        MutablePropertySources sources = environment.getPropertySources();
        PropertySource<?> source = sources.get(PROPERTY_SOURCE_NAME);
        if (source == null) {
            source = new MapPropertySource(PROPERTY_SOURCE_NAME, new ConcurrentHashMap<>());
            sources.addFirst(source);
        }
        ((Map<String, Object>) source.getSource()).put(propertyName(listener), port);
    }
}
