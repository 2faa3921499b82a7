package dev.streams.spring.listener;

import dev.streams.ByteStream;
import dev.streams.Listener;
import dev.streams.tls.TlsListener;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TlsListener} that reports each handshake's outcome and duration to the listener's
 * {@link ListenerStatistics}. A handshake timeout arrives as an exception whose cause chain holds a
 * {@link TimeoutException}. Thread-safe like {@link TlsListener}.
 */
class InstrumentedTlsListener extends TlsListener {

    /** The observed handshake running on this handler thread, if any (set by {@link ManagedListener}). */
    static final ThreadLocal<HandshakeObserver.Handshake> CURRENT = new ThreadLocal<>();

    private final ListenerStatistics statistics;

    InstrumentedTlsListener(Listener<? extends ByteStream> transport, TlsOptions options, ListenerStatistics statistics) {
        super(transport, options);
        this.statistics = statistics;
    }

    @Override
    protected void handshakeCompleted(TlsStream stream, Duration elapsed) {
        this.statistics.handshake(HandshakeOutcome.SUCCESS, elapsed);
        end(HandshakeOutcome.SUCCESS, null);
    }

    /** Ends the handshake observed on this thread, if any. */
    static void end(HandshakeOutcome outcome, @Nullable Throwable error) {
        HandshakeObserver.Handshake handshake = CURRENT.get();
        if (handshake != null) {
            CURRENT.remove();
            handshake.end(outcome, error);
        }
    }

    @Override
    protected void handshakeFailed(Exception error, ByteStream transport, Duration elapsed) {
        HandshakeOutcome outcome = isTimeout(error) ? HandshakeOutcome.TIMEOUT : HandshakeOutcome.FAILURE;
        this.statistics.handshake(outcome, elapsed);
        end(outcome, error);
        super.handshakeFailed(error, transport, elapsed);
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
