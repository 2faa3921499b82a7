package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidStreamsPropertyFailureAnalyzerTests {

    private final InvalidStreamsPropertyFailureAnalyzer analyzer = new InvalidStreamsPropertyFailureAnalyzer();

    @Test
    void analyzeWhenDifferentFailureShouldReturnNull() {
        assertThat(this.analyzer.analyze(new IllegalStateException("other"))).isNull();
    }

    @Test
    void analyzeNegativeBufferSizeNamesThePropertyTheValueAndTheFix() {
        FailureAnalysis analysis = this.analyzer.analyze(InvalidStreamsPropertyException.negativeBufferSize("orders", -5));
        assertThat(analysis.getDescription())
            .isEqualTo("streams.memory.channels.orders.buffer-size is -5, but a channel's buffer size cannot be negative.");
        assertThat(analysis.getAction()).contains("Set streams.memory.channels.orders.buffer-size to 0")
            .contains("streams.memory.channels.orders.unbounded=true");
    }

    @Test
    void analyzeFindsTheCauseInsideABeanCreationFailure() {
        InvalidStreamsPropertyException cause = InvalidStreamsPropertyException.unknownSslBundle("secure-echo", "srv",
                List.of("server"), null);
        FailureAnalysis analysis = this.analyzer
            .analyze(new BeanCreationException("secure-echoListenerLifecycle", "creation failed", cause));
        assertThat(analysis.getDescription())
            .contains("streams.listeners.secure-echo.ssl.bundle is 'srv'")
            .contains("known bundles: [server]");
        assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.srv");
        assertThat(analysis.getCause()).isSameAs(cause);
    }

    @Test
    void everyFailureNamesItsPropertyAndValue() {
        assertThat(InvalidStreamsPropertyException.unboundedWithBufferSize("a", 3).property())
            .isEqualTo("streams.memory.channels.a.buffer-size");
        assertThat(InvalidStreamsPropertyException.unknownItemType("a", "x.Y", null).getMessage()).contains("'x.Y'");
        assertThat(InvalidStreamsPropertyException.tlsWithoutBundle("l").action())
            .contains("streams.listeners.l.ssl.enabled=false");
        assertThat(InvalidStreamsPropertyException.clientAuthWithoutTrustStore("l", "b", "need").property())
            .isEqualTo("streams.listeners.l.ssl.client-auth");
        assertThat(InvalidStreamsPropertyException.unknownHandler("l", "h").getMessage())
            .contains("streams.listeners.l.handler is 'h'");
        assertThat(InvalidStreamsPropertyException.ambiguousHandler("l", List.of("a", "b")).action())
            .contains("[a, b]");
        assertThat(InvalidStreamsPropertyException.noHandler("l").value()).isNull();
    }
}
