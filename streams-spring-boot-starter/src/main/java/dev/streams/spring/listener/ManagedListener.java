package dev.streams.spring.listener;

import dev.streams.ByteStream;
import dev.streams.Listener;
import dev.streams.StreamHandler;
import dev.streams.net.BindFailedException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.spring.context.ListenerPorts;
import dev.streams.spring.context.StreamsListenerStartedEvent;
import dev.streams.tls.ClientAuth;
import dev.streams.tls.TlsListener;
import dev.streams.tls.TlsOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * One configured listener ({@code streams.listeners.<name>}) and its lifecycle: bean
 * {@code <name>ListenerLifecycle}, while the {@link TlsListener} (or {@link SocketListener}) itself
 * is bean {@code <name>Listener}.
 *
 * <pre>{@code
 * ManagedListener echo = context.getBean("secureEchoListenerLifecycle", ManagedListener.class);
 * int port = echo.port();
 * long active = echo.statistics().activeConnections();
 * }</pre>
 *
 * <h2>Structure</h2>
 * The socket is bound when this object is created (so a port in use fails the bean's creation).
 * The transport listener is wrapped in a {@link ConnectionGate} (accept counting, max-connections,
 * connection tracking); the TLS listener handshakes over the gate; every stream handed to the
 * handler is wrapped to count application bytes.
 *
 * <h2>Lifecycle</h2>
 * {@link #start()} publishes {@code local.streams.listeners.<name>.port} and a
 * {@link StreamsListenerStartedEvent}, then serves on a <em>non-daemon</em> platform thread, which
 * keeps a non-web application alive (handlers themselves run on virtual threads where available).
 * {@link #stop()} runs in Boot's graceful-shutdown phase (the web server's) and takes at most
 * {@code shutdown-timeout} in all: it closes the listener (no new connections), gives the
 * {@link ShutdownSignal} to the handlers (so long-lived connections can say goodbye at once), waits
 * for them until two grace periods before the deadline, then interrupts the serve loop (which
 * interrupts the handlers), after one grace period closes the remaining connections under their
 * handlers, and at the deadline reports (by thread name) any handler that still runs.
 * {@link #stop(Runnable)} does this on its own thread, so several listeners drain in parallel.
 *
 * <p>Thread-safe.
 */
public final class ManagedListener implements SmartLifecycle, DisposableBean, EnvironmentAware,
        ApplicationEventPublisherAware {

    /**
     * Lifecycle phase: Boot's graceful-shutdown phase ({@code WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE}),
     * so listeners stop accepting at the same moment as the web server; above the memory channels,
     * which therefore start before and stop after the listeners.
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

    /** Longest grace period for interrupted handlers, and then for handlers whose connection was closed. */
    private static final Duration MAX_GRACE = Duration.ofSeconds(1);

    private static final Log logger = LogFactory.getLog(ManagedListener.class);

    /** Where a listener is in its life. */
    public enum State {
        /** Bound, not serving yet. */
        CREATED,
        /** Serving. */
        RUNNING,
        /** Shutting down. */
        STOPPING,
        /** Shut down on request. */
        STOPPED,
        /** Stopped serving on its own (see {@link #failure()}). */
        FAILED
    }

    /**
     * TLS settings of a listener.
     *
     * @param options the server options built from the SSL bundle
     * @param bundle the bundle name
     * @param clientAuth whether client certificates are requested or required
     * @param protocols the TLS protocols the listener accepts
     */
    public record TlsSettings(TlsOptions options, String bundle, ClientAuth clientAuth, List<String> protocols) {
    }

    private final ListenerSpec spec;

    private final String name;

    private final String address;

    private final Duration shutdownTimeout;

    private final StreamHandler<? super ByteStream> handler;

    private final ListenerStatistics statistics = new ListenerStatistics();

    private final ShutdownSignal shutdownSignal = new ShutdownSignal();

    private final Set<Thread> handlerThreads = ConcurrentHashMap.newKeySet();

    private final SocketListener socketListener;

    private final ConnectionGate gate;

    private final int port;

    private final @Nullable InstrumentedTlsListener tlsListener;

    private final @Nullable String bundle;

    private final @Nullable ClientAuth clientAuth;

    private volatile List<String> protocols;

    private final ReentrantLock lock = new ReentrantLock();

    private volatile State state = State.CREATED;

    private volatile @Nullable Executor handlerExecutor;

    private volatile @Nullable HandshakeObserver handshakeObserver;

    private volatile @Nullable Throwable failure;

    private @Nullable Thread servingThread; // guarded by lock

    private @Nullable ConfigurableEnvironment environment;

    private @Nullable ApplicationEventPublisher eventPublisher;

    /**
     * Binds the listener.
     *
     * @param spec its validated configuration
     * @param tls the TLS settings built from the spec's SSL bundle, or null for plain TCP
     * @throws ListenerBindException if the address or port cannot be bound
     */
    public ManagedListener(ListenerSpec spec, @Nullable TlsSettings tls, StreamHandler<? super ByteStream> handler) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.name = spec.name();
        this.address = spec.address();
        this.shutdownTimeout = spec.shutdownTimeout();
        this.handler = Objects.requireNonNull(handler, "handler");
        try {
            this.socketListener = Tcp.listen(spec.address(), spec.port(), spec.timeouts());
        } catch (BindFailedException e) {
            throw new ListenerBindException(this.name, e);
        }
        this.gate = new ConnectionGate(this.socketListener, spec.maxConnections(), this.statistics);
        try {
            this.port = this.socketListener.extra(SocketAttribute.LOCAL_PORT);
            this.tlsListener = (tls != null) ? new InstrumentedTlsListener(this.gate, tls.options(), this.statistics)
                    : null;
        } catch (RuntimeException e) {
            this.socketListener.close();
            throw e;
        }
        this.bundle = (tls != null) ? tls.bundle() : null;
        this.clientAuth = (tls != null) ? tls.clientAuth() : null;
        this.protocols = (tls != null) ? List.copyOf(tls.protocols()) : List.of();
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (environment instanceof ConfigurableEnvironment configurable) ? configurable : null;
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    /** The {@code <name>Listener} bean: the {@link TlsListener}, or the {@link SocketListener} without TLS. */
    public Listener<?> listener() {
        return (this.tlsListener != null) ? this.tlsListener : this.socketListener;
    }

    /** Its validated configuration. */
    public ListenerSpec spec() {
        return this.spec;
    }

    /** The listener name, the key under {@code streams.listeners}. */
    public String name() {
        return this.name;
    }

    /** The configured bind address. */
    public String address() {
        return this.address;
    }

    /** The bound port. */
    public int port() {
        return this.port;
    }

    /** Whether the listener speaks TLS. */
    public boolean tls() {
        return this.tlsListener != null;
    }

    /** The SSL bundle name, or null without TLS. */
    public @Nullable String bundle() {
        return this.bundle;
    }

    /** The client-auth mode, or null without TLS. */
    public @Nullable ClientAuth clientAuth() {
        return this.clientAuth;
    }

    /** The TLS protocols accepted; empty without TLS. */
    public List<String> protocols() {
        return this.protocols;
    }

    /** Live connection and byte counters. */
    public ListenerStatistics statistics() {
        return this.statistics;
    }

    /**
     * Sets where handlers run, one task per connection (before {@link #start()}); null, the
     * default, means a new virtual thread each where available.
     */
    public void setHandlerExecutor(@Nullable Executor handlerExecutor) {
        this.handlerExecutor = handlerExecutor;
    }

    /**
     * Sets who observes the TLS handshakes (before {@link #start()}; needs a handler executor). The
     * starter sets its Micrometer Observation when an {@code ObservationRegistry} bean exists.
     */
    public void setHandshakeObserver(@Nullable HandshakeObserver handshakeObserver) {
        this.handshakeObserver = handshakeObserver;
    }

    /** The signal its handlers see when graceful shutdown begins. */
    public ShutdownSignal shutdownSignal() {
        return this.shutdownSignal;
    }

    /** Where the listener is in its life. */
    public State state() {
        return this.state;
    }

    /** Why the listener failed, when {@link #state()} is {@link State#FAILED}. */
    public @Nullable Throwable failure() {
        return this.failure;
    }

    /**
     * Switches the TLS material for new handshakes (an SSL bundle update); connections already
     * established keep theirs.
     *
     * @throws IllegalStateException without TLS
     */
    public void updateTls(TlsOptions options, List<String> protocols) {
        if (this.tlsListener == null) {
            throw new IllegalStateException("listener '" + this.name + "' does not use TLS");
        }
        this.tlsListener.updateOptions(options);
        this.protocols = List.copyOf(protocols);
    }

    @Override
    public void start() {
        this.lock.lock();
        try {
            if (this.state != State.CREATED) {
                return;
            }
            int port = port();
            if (this.environment != null) {
                ListenerPorts.publish(this.environment, this.name, port);
            }
            Thread thread = new Thread(this::serve, "streams-listener-" + this.name);
            thread.setDaemon(false); // keeps a non-web application alive while the listener runs
            this.servingThread = thread;
            this.state = State.RUNNING;
            thread.start();
            logger.info("Streams listener '" + this.name + "' started on " + this.address + ":" + port
                    + (tls() ? " (TLS, bundle '" + this.bundle + "')" : " (plain TCP)"));
            if (this.eventPublisher != null) {
                this.eventPublisher.publishEvent(new StreamsListenerStartedEvent(this, this.name, port));
            }
        } finally {
            this.lock.unlock();
        }
    }

    private void serve() {
        StreamHandler<ByteStream> counting = stream -> {
            Thread self = Thread.currentThread();
            this.handlerThreads.add(self);
            try {
                this.handler.handle(InstrumentedByteStream.served(stream, this.statistics, this.shutdownSignal));
            } finally {
                this.handlerThreads.remove(self);
            }
        };
        Listener<? extends ByteStream> serving = (this.tlsListener != null) ? this.tlsListener : this.gate;
        Executor executor = observingHandshakes(this.handlerExecutor);
        try {
            if (executor != null) {
                serving.serve(counting, executor);
            } else {
                serving.serve(counting);
            }
            if (this.state == State.RUNNING) {
                fail(new IllegalStateException("listener '" + this.name + "' was closed while running"));
            }
        } catch (InterruptedException e) {
            if (this.state == State.RUNNING) {
                fail(e);
            }
        } catch (Throwable e) {
            fail(e);
        }
    }

    /** Each task of a TLS listener's executor starts with the handshake: observe it from there. */
    private @Nullable Executor observingHandshakes(@Nullable Executor executor) {
        HandshakeObserver observer = this.handshakeObserver;
        if (executor == null || observer == null || this.tlsListener == null) {
            return executor;
        }
        return task -> executor.execute(() -> {
            InstrumentedTlsListener.CURRENT.set(observer.start(this.name));
            try {
                task.run();
            } finally {
                // not ended by a handshake hook: the task never got to handshake (cancelled at shutdown)
                InstrumentedTlsListener.end(HandshakeOutcome.FAILURE, null);
            }
        });
    }

    private void fail(Throwable error) {
        this.failure = error;
        this.state = State.FAILED;
        logger.error("Streams listener '" + this.name + "' stopped unexpectedly", error);
    }

    @Override
    public void stop() {
        this.lock.lock();
        Thread thread;
        try {
            if (this.state != State.RUNNING && this.state != State.CREATED) {
                return;
            }
            this.state = State.STOPPING;
            thread = this.servingThread;
        } finally {
            this.lock.unlock();
        }
        long deadline = System.nanoTime() + this.shutdownTimeout.toNanos(); // callbacks below count against it
        listener().close(); // no new connections; the serve loop now waits for the running handlers
        this.shutdownSignal.signal();
        long grace = Math.min(MAX_GRACE.toNanos(), this.shutdownTimeout.toNanos() / 4);
        boolean interrupted = false;
        if (thread != null) {
            try {
                if (!joinUntil(thread, deadline - 2 * grace)) {
                    logger.info("Streams listener '" + this.name + "': handlers still running after the shutdown signal;"
                            + " interrupting them (shutdown-timeout " + this.shutdownTimeout + ")");
                    thread.interrupt(); // the serve loop interrupts and awaits its handlers
                    if (!joinUntil(thread, deadline - grace)) {
                        logger.warn("Streams listener '" + this.name + "': closing " + this.gate.closeConnections()
                                + " connection(s) whose handlers ignored the interrupt");
                        joinUntil(thread, deadline);
                    }
                }
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        this.gate.closeConnections();
        if (!this.handlerThreads.isEmpty()) {
            List<String> names = this.handlerThreads.stream().map(Thread::getName).sorted().toList();
            logger.warn("Streams listener '" + this.name + "': handler thread(s) " + names + " still running after the"
                    + " shutdown-timeout of " + this.shutdownTimeout + " although interrupted and with their connections"
                    + " closed; they ignore both");
        }
        if (this.state == State.STOPPING) {
            this.state = State.STOPPED;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean joinUntil(Thread thread, long deadline) throws InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
        }
        return !thread.isAlive();
    }

    @Override
    public void stop(Runnable callback) {
        Thread stopper = new Thread(() -> {
            try {
                stop();
            } finally {
                callback.run();
            }
        }, "streams-listener-" + this.name + "-shutdown");
        stopper.start();
    }

    @Override
    public boolean isRunning() {
        return this.state == State.RUNNING;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** A closed server socket cannot be reopened, so {@code pause()} must not stop the listener. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Bean destruction: releases the socket even when the lifecycle never ran or the listener failed. */
    @Override
    public void destroy() {
        stop();
        listener().close();
        this.gate.closeConnections();
        Thread thread;
        this.lock.lock();
        try {
            thread = this.servingThread;
        } finally {
            this.lock.unlock();
        }
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
        }
    }

    @Override
    public String toString() {
        return "ManagedListener[" + this.name + ", " + this.address + ":" + port() + (tls() ? ", tls" : "") + "]";
    }
}
