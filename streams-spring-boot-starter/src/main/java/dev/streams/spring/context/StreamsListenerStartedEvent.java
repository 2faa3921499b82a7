package dev.streams.spring.context;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a configured listener has started serving, with its bound port (useful with
 * {@code port: 0}). By then {@code local.streams.listeners.<name>.port} is already set.
 *
 * <pre>{@code
 * @EventListener
 * void started(StreamsListenerStartedEvent event) { log.info("{} on {}", event.getName(), event.getPort()); }
 * }</pre>
 *
 * <p>Immutable.
 */
public class StreamsListenerStartedEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final String name;

    private final int port;

    public StreamsListenerStartedEvent(Object source, String name, int port) {
        super(source);
        this.name = name;
        this.port = port;
    }

    /** The listener name, the key under {@code streams.listeners}. */
    public String getName() {
        return this.name;
    }

    /** The bound local port. */
    public int getPort() {
        return this.port;
    }
}
