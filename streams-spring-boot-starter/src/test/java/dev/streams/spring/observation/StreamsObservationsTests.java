package dev.streams.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.listener.ManagedListener;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import dev.streams.spring.TestPemBundle;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An Observation per @ChannelListener call and per served connection, current while the code runs. */
class StreamsObservationsTests {

    @Test
    void channelListenerCallsAndConnectionsAreObserved() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class, SslAutoConfiguration.class,
                    StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(Observed.class)
            .withPropertyValues("streams.memory.channels.jobs.buffer-size=10",
                    "streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.enabled=false")
            .run(context -> {
                Observed observed = context.getBean(Observed.class);
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> jobs = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                jobs.send("fine");
                jobs.send("fail");
                try (Socket client = TestClients.plain(context.getBean(ManagedListener.class).port())) {
                    assertThat(TestClients.exchange(client, "ping")).isEqualTo("ping");
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> observed.stopped.size() == 3);
                assertThat(observed.stopped).containsExactlyInAnyOrder(
                        "streams.channel.listener{channel=jobs, listener=StreamsObservationsTests.Observed.process, outcome=success}",
                        "streams.channel.listener{channel=jobs, listener=StreamsObservationsTests.Observed.process, outcome=failure}",
                        "streams.listener.connection{listener=echo, outcome=success}");
                assertThat(observed.current).containsOnly("streams.channel.listener", "streams.listener.connection");
            });
    }

    @Test
    void tlsHandshakesAreObserved(@TempDir Path directory) {
        TestCertificateAuthority ca = TestCertificateAuthority.create();
        IssuedCertificate server = ca.issue("127.0.0.1", "localhost");
        TestPemBundle pem = TestPemBundle.write(directory, server, ca);
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(Observed.class)
            .withPropertyValues(pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .run(context -> {
                Observed observed = context.getBean(Observed.class);
                int port = context.getBean(ManagedListener.class).port();
                try (SSLSocket client = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(TestClients.exchange(client, "ping")).isEqualTo("ping");
                }
                try (Socket garbage = TestClients.plain(port)) {
                    garbage.getOutputStream().write("not a TLS record at all".getBytes(StandardCharsets.US_ASCII));
                    garbage.getInputStream().readAllBytes(); // an alert, then the server closes
                }
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> observed.stopped.stream().filter(name -> name.startsWith("streams.listener.handshake")).count() == 2);
                assertThat(observed.stopped).contains("streams.listener.handshake{listener=echo, outcome=success}",
                        "streams.listener.handshake{listener=echo, outcome=failure}");
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class Observed {

        final List<String> stopped = new CopyOnWriteArrayList<>();

        final List<String> current = new CopyOnWriteArrayList<>();

        private final ObservationRegistry registry = ObservationRegistry.create();

        Observed() {
            this.registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }

                @Override
                public void onStop(Observation.Context context) {
                    TreeMap<String, String> keys = new TreeMap<>();
                    for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
                        keys.put(keyValue.getKey(), keyValue.getValue());
                    }
                    Observed.this.stopped.add(context.getName() + keys);
                }
            });
        }

        @Bean
        ObservationRegistry observationRegistry() {
            return this.registry;
        }

        @Bean
        StreamHandler<ByteStream> echo() {
            return stream -> {
                recordCurrent();
                stream.send(stream.receive());
            };
        }

        @ChannelListener(channel = "jobs")
        void process(String job) {
            recordCurrent();
            if (job.equals("fail")) {
                throw new IllegalStateException("fails");
            }
        }

        private void recordCurrent() {
            Observation observation = this.registry.getCurrentObservation();
            this.current.add(observation == null ? "none" : observation.getContext().getName());
        }
    }
}
