package dev.streams.sample.spring;

import dev.streams.sample.relay.Relay;
import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Stops the relay gracefully when the application context closes. {@code ContextClosedEvent} comes
 * before any lifecycle bean stops, so the inbound channel's workers and the listener are still
 * running: accepted publications are fanned out and every connection flushes its queue and gets
 * {@code BYE server shutting down} before the starter closes the channel and the listener.
 * Thread-safe.
 */
final class RelayShutdown implements ApplicationListener<ContextClosedEvent> {

    private final ApplicationContext context;
    private final Relay relay;
    private final Duration timeout;

    RelayShutdown(ApplicationContext context, Relay relay, Duration timeout) {
        this.context = context;
        this.relay = relay;
        this.timeout = timeout;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() != this.context) {
            return; // a child context (for example a management server) closing
        }
        try {
            this.relay.shutdown(this.timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
