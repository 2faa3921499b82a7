package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of one TLS stream, and how failures map to the library's exceptions.
 *
 * <p><b>States</b> (trio's {@code _State}): {@link State#OPEN}, {@link State#BROKEN},
 * {@link State#CLOSED}. {@link #checkOpen()} turns the last two into
 * {@link BrokenResourceException} and {@link ClosedResourceException}; closed wins, as everywhere in
 * this library. Any {@code SSLException}, and any transport failure in the middle of a record,
 * makes the stream BROKEN: some unknown part of a record went out or came in, the sequence numbers
 * no longer agree, and the stream is doomed.
 *
 * <p><b>Mapping.</b> A {@code BrokenResourceException} from the transport, such as the socket
 * layer's idle or write timeout, is rethrown as the same instance (the starter counts closed
 * connections by its type); any other transport failure becomes a {@code BrokenResourceException}
 * that says it happened in the middle of the TLS session. A caller's own mistake reported by the
 * transport (a {@code BusyResourceException}) passes unchanged and breaks nothing. After the
 * handshake timer closed the transport, the failure it causes reads as the timeout.
 *
 * <p>Guarded by the driver's engine lock, except {@link #timedOut}, which the timer sets.
 */
final class SessionState {

    /** The lifecycle of a stream. */
    enum State {
        /** Usable (though the peer may have sent close_notify, or the transport may have ended). */
        OPEN,
        /** Failed beyond repair; every operation throws {@link BrokenResourceException}. */
        BROKEN,
        /** Closed by this side; every operation throws {@link ClosedResourceException}. */
        CLOSED
    }

    private final boolean standardCompatible;
    private State state = State.OPEN;
    private @Nullable String brokenMessage;
    private @Nullable Throwable brokenCause;
    /** Set (before closing the transport) by the handshake timer. */
    private volatile @Nullable Duration timedOutAfter;

    SessionState(boolean standardCompatible) {
        this.standardCompatible = standardCompatible;
    }

    State get() {
        return state;
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    boolean standardCompatible() {
        return standardCompatible;
    }

    /** Why the stream broke (the cause of its BrokenResourceException), or null if it did not. */
    @Nullable Throwable brokenCause() {
        return state == State.BROKEN ? brokenCause : null;
    }

    /** Throws unless OPEN. */
    void checkOpen() {
        switch (state) {
            case OPEN:
                return;
            case CLOSED:
                throw new ClosedResourceException();
            case BROKEN:
                throw new BrokenResourceException(brokenMessage, brokenCause);
            default:
                throw new IllegalStateException("Unknown state: " + state);
        }
    }

    /** Moves to CLOSED; returns whether it was already closed. */
    boolean close() {
        boolean was = state == State.CLOSED;
        state = State.CLOSED;
        return was;
    }

    /** Moves an OPEN stream to BROKEN, remembering why; returns {@code e}. */
    BrokenResourceException markBroken(BrokenResourceException e) {
        if (state == State.OPEN) {
            state = State.BROKEN;
            brokenMessage = e.getMessage();
            brokenCause = e.getCause();
        }
        return e;
    }

    /** The handshake timer fired: the transport is being closed because of {@code timeout}. */
    void timedOut(Duration timeout) {
        timedOutAfter = timeout;
    }

    /** The failure to throw for an exception from the transport. */
    StreamException transportFailed(RuntimeException e) {
        if (state == State.CLOSED) {
            return e instanceof ClosedResourceException ? (ClosedResourceException) e : new ClosedResourceException();
        }
        Duration timeout = timedOutAfter;
        if (timeout != null) {
            // Set only when the deadline beat the handshake: the timer closed the transport, even if
            // the handshake had just finished and was sending its last flight.
            return markBroken(timeout(timeout));
        }
        if (e instanceof BrokenResourceException) {
            // Idle and write timeouts of the socket layer, resets: the same instance, so callers can
            // tell them apart by type.
            return markBroken((BrokenResourceException) e);
        }
        if (e instanceof StreamException
                && !(e instanceof ClosedResourceException || e instanceof EndOfStreamException)) {
            return (StreamException) e; // e.g. BusyResourceException: a caller's bug, not the session's
        }
        String what = e instanceof ClosedResourceException ? "the transport was closed" : "the transport failed";
        return markBroken(new BrokenResourceException(what + " in the middle of the TLS session"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e));
    }

    /** The exception for a transport that ended without the peer's close_notify. */
    BrokenResourceException raggedEof() {
        return markBroken(new BrokenResourceException("the peer closed the transport without sending TLS "
                + "close_notify (ragged EOF; the data may have been truncated)",
                new SSLException("Connection closed by peer without close_notify")));
    }

    static BrokenResourceException timeout(Duration timeout) {
        String message = "TLS handshake timed out after " + format(timeout);
        return new BrokenResourceException(message, new TimeoutException(message));
    }

    private static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
