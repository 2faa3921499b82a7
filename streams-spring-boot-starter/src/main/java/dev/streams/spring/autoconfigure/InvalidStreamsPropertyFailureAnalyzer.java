package dev.streams.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidStreamsPropertyException}: the description names the property and its
 * value, the action says how to fix it. Registered in {@code META-INF/spring.factories}.
 */
class InvalidStreamsPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidStreamsPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidStreamsPropertyException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
