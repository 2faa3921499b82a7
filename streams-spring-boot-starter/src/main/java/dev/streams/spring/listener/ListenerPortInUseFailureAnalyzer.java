package dev.streams.spring.listener;

import dev.streams.net.BindFailedException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a listener that could not bind its address and port (usually: the port is in use).
 * Names the listener and the {@code streams.listeners.<name>.port} property when the failure came
 * from a {@code <name>ListenerLifecycle} bean. Registered in {@code META-INF/spring.factories}.
 */
class ListenerPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<BindFailedException> {

    static final String LIFECYCLE_BEAN_SUFFIX = "ListenerLifecycle";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindFailedException cause) {
        String listener = listenerName(rootFailure);
        String reason = (cause.getCause() != null && cause.getCause().getMessage() != null)
                ? cause.getCause().getMessage() : cause.getMessage();
        String what = (listener != null) ? "Streams listener '" + listener + "' could not listen on "
                : "A Streams listener could not listen on ";
        String property = (listener != null) ? "streams.listeners." + listener + ".port" : "streams.listeners.<name>.port";
        String description = what + cause.host() + ":" + cause.port() + " (" + property + "=" + cause.port() + "): "
                + reason + ". The port is probably in use by another process.";
        String action = "Identify and stop the process that is listening on port " + cause.port()
                + ", or set " + property + " to another port (0 picks a free one).";
        return new FailureAnalysis(description, action, cause);
    }

    private static String listenerName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BeanCreationException creation && creation.getBeanName() != null
                    && creation.getBeanName().endsWith(LIFECYCLE_BEAN_SUFFIX)) {
                String bean = creation.getBeanName();
                return bean.substring(0, bean.length() - LIFECYCLE_BEAN_SUFFIX.length());
            }
        }
        return null;
    }
}
