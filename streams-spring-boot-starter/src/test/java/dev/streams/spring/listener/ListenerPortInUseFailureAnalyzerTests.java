package dev.streams.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.net.BindFailedException;
import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ListenerPortInUseFailureAnalyzerTests {

    private final ListenerPortInUseFailureAnalyzer analyzer = new ListenerPortInUseFailureAnalyzer();

    @Test
    void shouldExplainAnAddressThatDoesNotResolve() {
        FailureAnalysis analysis = this.analyzer.analyze(new BindFailedException("no-such-host.invalid", 9443,
                new java.net.UnknownHostException("no-such-host.invalid")));
        assertThat(analysis.getDescription()).contains("could not resolve its address 'no-such-host.invalid'");
        assertThat(analysis.getAction()).contains("streams.listeners.<name>.address");
    }

    @Test
    void analyzeWhenDifferentFailureShouldReturnNull() {
        assertThat(this.analyzer.analyze(new IllegalStateException("other"))).isNull();
    }

    @Test
    void shouldFailStartupAndNameTheListenerWhenThePortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StreamsListenerAutoConfiguration.class))
                .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
                .withPropertyValues("streams.listeners.busy.address=127.0.0.1", "streams.listeners.busy.port=" + port,
                        "streams.listeners.busy.ssl.enabled=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context).getFailure().rootCause().isInstanceOf(java.net.BindException.class);
                    FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                        .contains("Streams listener 'busy' could not listen on 127.0.0.1:" + port)
                        .contains("streams.listeners.busy.port=" + port)
                        .contains("in use by another process");
                    assertThat(analysis.getAction()).contains("Identify and stop the process")
                        .contains("set streams.listeners.busy.port to another port");
                    assertThat(analysis.getCause()).isInstanceOf(BindFailedException.class);
                });
        }
    }

}
