package dev.streams.net;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.Listener;
import dev.streams.TypedAttribute;
import dev.streams.internal.ResourceGuard;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A bound TCP server socket, from {@link Tcp#listen(String, int)}, that accepts
 * {@link SocketStream}s.
 *
 * <pre>{@code
 * try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
 *     int port = listener.extra(SocketAttribute.LOCAL_PORT);
 *     listener.serve(stream -> {                  // one thread per connection; returns when closed
 *         for (byte[] chunk : stream) {
 *             stream.send(chunk);
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>{@link #accept()} blocks until a connection arrives; interrupting it throws
 * {@link InterruptedException} and leaves the listener open and accepting. Closing the listener
 * wakes a blocked {@code accept} with {@link dev.streams.ClosedResourceException}; so does every
 * later {@code accept}. When {@code close()} returns the port is released. Accepted streams have
 * {@code TCP_NODELAY} and {@code SO_KEEPALIVE} on, the listener's {@link ConnectionTimeouts}
 * ({@link Tcp#listen(String, int, ConnectionTimeouts)}), and are independent of the listener
 * (closing it does not close them).
 *
 * <p>Attributes: {@link SocketAttribute#FAMILY}, {@link SocketAttribute#LOCAL_ADDRESS},
 * {@link SocketAttribute#LOCAL_PORT}, {@link SocketAttribute#RAW_SERVER_SOCKET}; no remote ones.
 *
 * <p>Thread-safety: one thread may accept at a time (a second one gets
 * {@link dev.streams.BusyResourceException} "already accepting connections from");
 * {@link #close()} may be called from any thread.
 */
public final class SocketListener implements Listener<SocketStream> {

    /*
     * Waiting for a connection. A platform thread waits on a selector of the listener's own that
     * watches only this channel for OP_ACCEPT: the kernel wakes the accepting thread directly, with
     * no hand-off through the JVM-wide poller thread (one register, wake-up and unpark less per
     * connection; issue 15, full handshakes). An interrupt only makes select() return: the
     * listener and its pending connections stay where they are, and the thread throws
     * InterruptedException before it accepts anything. The selector is opened on the first such
     * wait and lives as long as the listener (two descriptors per listener, not per connection).
     * A virtual thread waits through the poller as before: Selector.select would pin its carrier
     * before JDK 25 (see HotReceiveWait).
     *
     * Closing: close() marks the listener closed, then closes the selector (which wakes a select()
     * in progress, waits for it to return and deregisters the channel's key), then the channel.
     * The channel is then registered with no selector of ours but the poller's, which
     * SocketPoller.close waits for, so the port is free when close() returns. openAcceptSelector
     * takes the same lock and checks the mark, so no selector is opened after close().
     */

    private static final System.Logger LOG = System.getLogger(SocketListener.class.getName());

    private final ServerSocketChannel channel;
    private final ConnectionTimeouts timeouts;
    private final Map<TypedAttribute<?>, Supplier<?>> attributes;
    private final ResourceGuard acceptGuard = new ResourceGuard("accepting connections from");
    private volatile boolean closed;
    private volatile SocketPoller.@Nullable Waiter acceptWaiter;
    private final ReentrantLock selectorLock = new ReentrantLock();
    private @Nullable Selector acceptSelector; // guarded by selectorLock; see "Waiting for a connection"
    private boolean selectorClosed; // guarded by selectorLock

    /**
     * Takes ownership of a bound channel; switches it to non-blocking mode. Accepted streams get
     * {@code timeouts}.
     */
    SocketListener(ServerSocketChannel channel, ConnectionTimeouts timeouts) throws IOException {
        channel.configureBlocking(false);
        InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
        this.channel = channel;
        this.timeouts = timeouts;
        this.attributes = Map.of(
                SocketAttribute.FAMILY, () -> SocketStream.familyOf(local),
                SocketAttribute.LOCAL_ADDRESS, () -> local,
                SocketAttribute.LOCAL_PORT, local::getPort,
                SocketAttribute.RAW_SERVER_SOCKET, () -> channel);
    }

    /**
     * Accepts the next connection, blocking until one arrives.
     *
     * @throws ClosedResourceException if this listener was closed, also while blocked
     * @throws dev.streams.BusyResourceException if another thread is accepting
     * @throws BrokenResourceException if accepting failed (for example, too many open files);
     *         the listener stays usable
     * @throws InterruptedException if interrupted while waiting; the listener stays open
     */
    @Override
    public SocketStream accept() throws InterruptedException {
        acceptGuard.enter();
        try {
            checkNotClosed();
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            while (true) {
                SocketChannel accepted;
                try {
                    accepted = channel.accept();
                } catch (ClosedChannelException e) {
                    throw new ClosedResourceException();
                } catch (IOException e) {
                    checkNotClosed();
                    throw new BrokenResourceException("Accepting a connection failed: " + e.getMessage(), e);
                }
                if (accepted != null) {
                    return wrap(accepted);
                }
                awaitAcceptable();
            }
        } finally {
            acceptGuard.exit();
        }
    }

    private SocketStream wrap(SocketChannel accepted) {
        try {
            // Keep-alive: the kernel eventually notices a peer that vanished without a FIN or RST
            // (power loss, a dropped NAT entry), so a forgotten connection does not live forever.
            accepted.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            SocketStream stream = new SocketStream(accepted);
            stream.timeouts(timeouts);
            return stream;
        } catch (IOException e) {
            SocketPoller.close(accepted);
            throw new BrokenResourceException("Could not set up an accepted socket: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The peer may already be gone (reset before we asked for its address).
            SocketPoller.close(accepted);
            throw e;
        }
    }

    private void awaitAcceptable() throws InterruptedException {
        if (HotReceiveWait.usableOnThisThread()) {
            Selector selector = openAcceptSelector();
            if (selector != null && awaitOn(selector)) {
                return;
            }
            checkNotClosed();
        }
        SocketPoller.Waiter waiter = new SocketPoller.Waiter();
        acceptWaiter = waiter;
        try {
            checkNotClosed(); // close() may have run before we published the waiter
            SocketPoller.get().await(channel, SelectionKey.OP_ACCEPT, waiter);
            checkNotClosed();
        } finally {
            acceptWaiter = null;
        }
    }

    /**
     * Waits on the listener's own selector until a connection is probably pending, the listener
     * is closed, or the thread is interrupted.
     *
     * @return false if the selector failed (it is closed; the caller waits through the poller)
     */
    private boolean awaitOn(Selector selector) throws InterruptedException {
        try {
            selector.select(readyKey -> { }); // level-triggered: returns at once if one is pending
        } catch (ClosedSelectorException e) {
            // closed by close(): the check below reports it
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "waiting on the listener's selector failed; waiting through the poller", e);
            closeAcceptSelector(false);
            return false;
        }
        checkNotClosed();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return true;
    }

    /**
     * The listener's own accept selector, opened on first use; null when closed, or when no
     * selector could be opened (then the caller waits through the poller).
     */
    private @Nullable Selector openAcceptSelector() {
        selectorLock.lock();
        try {
            if (acceptSelector != null || selectorClosed) {
                return acceptSelector;
            }
            Selector opened;
            try {
                opened = Selector.open();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "cannot open a selector for the listener; waiting through the poller", e);
                return null;
            }
            try {
                channel.register(opened, SelectionKey.OP_ACCEPT);
            } catch (ClosedChannelException | RuntimeException e) {
                closeQuietly(opened);
                return null; // closed meanwhile (also through RAW_SERVER_SOCKET): the caller sees it
            }
            acceptSelector = opened;
            return opened;
        } finally {
            selectorLock.unlock();
        }
    }

    /** Closes the accept selector; {@code forGood} also keeps a new one from being opened. */
    private void closeAcceptSelector(boolean forGood) {
        Selector open;
        selectorLock.lock();
        try {
            selectorClosed |= forGood;
            open = acceptSelector;
            acceptSelector = null;
        } finally {
            selectorLock.unlock();
        }
        if (open != null) {
            closeQuietly(open); // wakes a select() in progress, waits for it, deregisters the key
        }
    }

    private static void closeQuietly(Selector selector) {
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the listener's selector failed", e);
        }
    }

    private void checkNotClosed() {
        if (closed) {
            throw new ClosedResourceException();
        }
    }

    /**
     * Stops listening and releases the port; a blocked {@link #accept()} throws
     * {@link ClosedResourceException}. Accepted streams stay open. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SocketPoller.Waiter waiter = acceptWaiter; // Dekker pair with awaitAcceptable
        if (waiter != null) {
            waiter.wake();
        }
        closeAcceptSelector(true);
        SocketPoller.close(channel);
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "SocketListener[" + attributes.get(SocketAttribute.LOCAL_ADDRESS).get() + (closed ? ", closed" : "") + "]";
    }
}
