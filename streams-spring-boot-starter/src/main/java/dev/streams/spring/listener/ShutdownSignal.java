package dev.streams.spring.listener;

import dev.streams.TypedAttribute;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells the handlers of a listener that graceful shutdown began: the listener stopped accepting
 * (at the same moment as the web server, Boot's graceful-shutdown phase) and running handlers now
 * have {@code shutdown-timeout} to finish. Every connection a starter listener hands to its handler
 * carries the listener's signal as the attribute {@link #ATTRIBUTE}, so that a long-lived
 * connection can say goodbye and close at once instead of waiting out the timeout.
 *
 * <pre>{@code
 * StreamHandler<ByteStream> handler = stream -> {
 *     ShutdownSignal shutdown = stream.extra(ShutdownSignal.ATTRIBUTE);
 *     try (ShutdownSignal.Registration goodbye = shutdown.onShutdown(() -> session.sayGoodbyeAndClose())) {
 *         session.serve(stream);
 *     }
 * };
 * }</pre>
 *
 * <p>Callbacks run once, on the thread that stops the listener, in registration order; they must
 * not block for long (hand the work to the connection's own thread). A callback registered after
 * the signal was given runs at once on the registering thread. Thread-safe.
 */
public final class ShutdownSignal {

    /** The listener's shutdown signal, on every connection a starter listener serves. */
    public static final TypedAttribute<ShutdownSignal> ATTRIBUTE = TypedAttribute.of("shutdownSignal",
            ShutdownSignal.class);

    private static final Log logger = LogFactory.getLog(ShutdownSignal.class);

    private final CountDownLatch given = new CountDownLatch(1);

    private final CopyOnWriteArrayList<Registration> callbacks = new CopyOnWriteArrayList<>();

    /** Whether graceful shutdown began. */
    public boolean isShuttingDown() {
        return this.given.getCount() == 0;
    }

    /**
     * Waits until shutdown begins, at most {@code timeout}.
     *
     * @return whether shutdown began
     */
    public boolean await(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        return this.given.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs {@code callback} when shutdown begins (at once if it already has). Close the returned
     * registration when the connection ends, so that the listener does not keep the callback.
     */
    public Registration onShutdown(Runnable callback) {
        Registration registration = new Registration(Objects.requireNonNull(callback, "callback"));
        this.callbacks.add(registration);
        if (isShuttingDown() && this.callbacks.remove(registration)) {
            registration.run();
        }
        return registration;
    }

    /** Gives the signal: called once by the listener when graceful shutdown begins. */
    void signal() {
        if (isShuttingDown()) {
            return;
        }
        this.given.countDown();
        for (Registration registration : this.callbacks) {
            if (this.callbacks.remove(registration)) {
                registration.run();
            }
        }
    }

    /** A registered callback; {@link #close()} unregisters it. */
    public final class Registration implements AutoCloseable {

        private final Runnable callback;

        private Registration(Runnable callback) {
            this.callback = callback;
        }

        private void run() {
            try {
                this.callback.run();
            } catch (RuntimeException e) {
                logger.warn("A shutdown callback failed", e);
            }
        }

        /** Unregisters the callback; it no longer runs. */
        @Override
        public void close() {
            ShutdownSignal.this.callbacks.remove(this);
        }
    }
}
