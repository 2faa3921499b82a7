package dev.streams.spring.listener;

import dev.streams.net.BindFailedException;
import java.net.BindException;
import java.net.UnknownHostException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a listener that could not bind its address and port: the port is in use, the address
 * does not resolve, or the address is not local.
 * Names the listener and the {@code streams.listeners.<name>.port} property when the failure is
 * wrapped in a {@link ListenerBindException} (as the starter's listeners do). Registered in
 * {@code META-INF/spring.factories}.
 */
class ListenerPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<BindFailedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindFailedException cause) {
        String listener = listenerName(rootFailure);
        String who = (listener != null) ? "Streams listener '" + listener + "'" : "A Streams listener";
        String prefix = "streams.listeners." + ((listener != null) ? listener : "<name>");
        Throwable reason = (cause.getCause() != null) ? cause.getCause() : cause;
        if (reason instanceof UnknownHostException) {
            return new FailureAnalysis(who + " could not resolve its address '" + cause.host() + "' (" + prefix
                    + ".address=" + cause.host() + ").",
                    "Set " + prefix + ".address to an address of this machine, or remove it to listen on all interfaces.",
                    cause);
        }
        String port = prefix + ".port";
        if (reason instanceof BindException && reason.getMessage() != null && reason.getMessage().contains("in use")) {
            return new FailureAnalysis(who + " could not listen on " + cause.host() + ":" + cause.port() + " (" + port + "="
                    + cause.port() + "): " + reason.getMessage() + ". The port is in use by another process.",
                    "Identify and stop the process that is listening on port " + cause.port() + ", or set " + port
                            + " to another port (0 picks a free one).",
                    cause);
        }
        return new FailureAnalysis(who + " could not listen on " + cause.host() + ":" + cause.port() + " (" + port + "="
                + cause.port() + "): " + reason.getMessage() + ".",
                "Check that " + prefix + ".address is an address of this machine and that the process may bind port "
                        + cause.port() + " (ports below 1024 need privileges), or set " + port + " to another port.",
                cause);
    }

    private static String listenerName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ListenerBindException bind) {
                return bind.listener();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
