package dev.streams;

import java.util.concurrent.Executor;

/**
 * Accepts incoming connections, such as a TCP or TLS server socket.
 *
 * <pre>{@code
 * try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
 *     int port = listener.extra(SocketAttribute.LOCAL_PORT);
 *     listener.serve(stream -> stream.send(stream.receive()));  // returns when closed
 * }
 * }</pre>
 *
 * <h2>Serving</h2>
 * {@link #serve(StreamHandler)} accepts forever and runs each handler on a new thread (a virtual
 * thread on JDK 21 and later). It closes each stream when its handler returns or throws, logs a
 * handler's exception and keeps serving. It returns when the listener is closed. When the serving
 * thread is interrupted it stops accepting, interrupts the running handlers, waits for them and
 * throws {@link InterruptedException}.
 *
 * @param <T> the type of stream accepted
 */
public interface Listener<T extends StreamResource> extends StreamResource, TypedAttributeProvider {

    /**
     * Accepts the next connection, blocking until one arrives.
     *
     * @throws ClosedResourceException if this listener was closed (also while blocked)
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    T accept() throws InterruptedException;

    /** Serves connections on new threads until this listener is closed; see the class documentation. */
    default void serve(StreamHandler<? super T> handler) throws InterruptedException {
        ServeLoop.serve(this, handler, ServeOptions.DEFAULT);
    }

    /**
     * Serves connections, running each handler on {@code executor}; see the class documentation.
     * On interruption the handlers are interrupted only where {@code executor} runs them on
     * threads this loop can reach, so prefer an executor whose tasks honour interrupts.
     */
    default void serve(StreamHandler<? super T> handler, Executor executor) throws InterruptedException {
        ServeLoop.serve(this, handler, ServeOptions.DEFAULT.executor(executor));
    }

    /**
     * Serves connections as {@link #serve(StreamHandler)} does, with {@code options}: an executor
     * and a cap on concurrent handlers (at the cap, accepting pauses until a handler returns).
     *
     * <pre>{@code
     * listener.serve(handler, ServeOptions.DEFAULT.maxConcurrentHandlers(500));
     * }</pre>
     *
     * @throws NullPointerException if {@code handler} or {@code options} is null
     */
    default void serve(StreamHandler<? super T> handler, ServeOptions options) throws InterruptedException {
        ServeLoop.serve(this, handler, options);
    }
}
