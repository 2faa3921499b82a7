package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.autoconfigure.metrics.StreamsMetricsAutoConfiguration;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.spring.metrics.ListenerMetrics;
import dev.streams.spring.metrics.MemoryChannelMetrics;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StreamsMetricsAutoConfigurationTests {

    private static TestCertificateAuthority ca;

    private static IssuedCertificate server;

    @TempDir
    Path directory;

    @BeforeAll
    static void createCertificates() {
        ca = TestCertificateAuthority.create();
        server = ca.issue("127.0.0.1");
    }

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, SslAutoConfiguration.class,
                    StreamsMemoryAutoConfiguration.class, StreamsListenerAutoConfiguration.class,
                    StreamsMetricsAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class);
    }

    @Test
    void shouldBackOffWithoutMicrometer() {
        contextRunner().withClassLoader(new FilteredClassLoader("io.micrometer.core"))
            .withPropertyValues("streams.memory.channels.orders.buffer-size=1")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(MemoryChannelMetrics.class).doesNotHaveBean(ListenerMetrics.class);
                assertThat(context).hasBean("ordersStream");
            });
    }

    @Test
    void shouldBackOffWithoutAMeterRegistry() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class,
                    StreamsMetricsAutoConfiguration.class))
            .run(context -> assertThat(context).doesNotHaveBean(MemoryChannelMetrics.class));
    }

    @Test
    void shouldBackOffWhenTheUserDefinesTheBinder() {
        MemoryChannelMetrics custom = new MemoryChannelMetrics(java.util.List::of);
        contextRunner().withBean(MemoryChannelMetrics.class, () -> custom)
            .run(context -> assertThat(context.getBean(MemoryChannelMetrics.class)).isSameAs(custom));
    }

    @Test
    void channelMetersFollowSendsAndReceives() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=5",
                "streams.memory.channels.orders.drain-timeout=0s").run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            @SuppressWarnings("unchecked")
            MemoryObjectSendStream<Object> send = context.getBean("ordersSendStream", MemoryObjectSendStream.class);
            @SuppressWarnings("unchecked")
            MemoryObjectReceiveStream<Object> receive = context.getBean("ordersReceiveStream",
                    MemoryObjectReceiveStream.class);
            assertThat(gauge(registry, "streams.memory.buffer.used", "orders").value()).isZero();
            send.send("a");
            send.send("b");
            send.send("c");
            assertThat(gauge(registry, "streams.memory.buffer.used", "orders").value()).isEqualTo(3);
            receive.receive();
            assertThat(gauge(registry, "streams.memory.buffer.used", "orders").value()).isEqualTo(2);
            assertThat(gauge(registry, "streams.memory.buffer.capacity", "orders").value()).isEqualTo(5);
            assertThat(registry.get("streams.memory.items.sent").tag("channel", "orders").functionCounter().count())
                .isEqualTo(3);
            assertThat(registry.get("streams.memory.items.received").tag("channel", "orders").functionCounter().count())
                .isEqualTo(1);
            assertThat(registry.get("streams.memory.streams.open").tag("channel", "orders").tag("side", "send")
                .gauge().value()).isEqualTo(1);
            assertThat(registry.get("streams.memory.streams.open").tag("channel", "orders").tag("side", "receive")
                .gauge().value()).isEqualTo(1);
            assertThat(registry.get("streams.memory.tasks.waiting").tag("channel", "orders").tag("side", "receive")
                .gauge().value()).isZero();
            assertThat(gauge(registry, "streams.memory.buffer.used", "orders").getId().getBaseUnit()).isNull();
        });
    }

    @Test
    void blockedSendersAreCountedAsWaitingTasks() {
        contextRunner().withPropertyValues("streams.memory.channels.handoff.buffer-size=0").run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            @SuppressWarnings("unchecked")
            MemoryObjectSendStream<Object> send = context.getBean("handoffSendStream", MemoryObjectSendStream.class);
            Thread sender = new Thread(() -> {
                try {
                    send.send("x");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    // closed at shutdown
                }
            });
            sender.start();
            Gauge waiting = registry.get("streams.memory.tasks.waiting").tag("channel", "handoff").tag("side", "send").gauge();
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.value() == 1);
            sender.interrupt();
            sender.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(waiting.value()).isZero();
        });
    }

    @Test
    void unboundedChannelReportsInfiniteCapacity() {
        contextRunner().withPropertyValues("streams.memory.channels.events.unbounded=true")
            .run(context -> assertThat(
                    gauge(context.getBean(MeterRegistry.class), "streams.memory.buffer.capacity", "events").value())
                .isEqualTo(Double.POSITIVE_INFINITY));
    }

    @Test
    void listenerMetersCountConnectionsPlaintextBytesAndHandshakes() {
        TestPemBundle pem = TestPemBundle.write(this.directory, server, ca);
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                ManagedListener managed = context.getBean(ManagedListener.class);
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), managed.port())) {
                    assertThat(TestClients.exchange(socket, "0123456789")).isEqualTo("0123456789");
                    assertThat(registry.get("streams.listener.connections.active").tag("listener", "echo").gauge().value())
                        .isEqualTo(1);
                }
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> registry.get("streams.listener.connections.active").tag("listener", "echo").gauge()
                        .value() == 0);
                FunctionCounter received = registry.get("streams.listener.bytes.received").tag("listener", "echo")
                    .functionCounter();
                assertThat(received.count()).isEqualTo(10);
                assertThat(received.getId().getBaseUnit()).isEqualTo("bytes");
                assertThat(registry.get("streams.listener.bytes.sent").tag("listener", "echo").functionCounter().count())
                    .isEqualTo(10);
                assertThat(handshakes(registry, "success").count()).isEqualTo(1);

                // a client that does not trust the server aborts the handshake
                assertThatExceptionOfType(java.io.IOException.class)
                    .isThrownBy(() -> TestClients.tls(TestCertificateAuthority.create().clientContext(), managed.port()));
                await().atMost(Duration.ofSeconds(10)).until(() -> handshakes(registry, "failure").count() == 1);

                assertThat(registry.get("streams.listener.connections.accepted").tag("listener", "echo")
                    .functionCounter().count()).isEqualTo(2);
                assertThat(handshakes(registry, "success").count()).isEqualTo(1);
            });
    }

    @Test
    void aClientThatNeverHandshakesIsCountedAsATimeout() {
        TestPemBundle pem = TestPemBundle.write(this.directory, server, ca);
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server", "streams.listeners.echo.handshake-timeout=300ms")
            .run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                try (Socket silent = TestClients.plain(context.getBean(ManagedListener.class).port())) {
                    await().atMost(Duration.ofSeconds(10)).until(() -> handshakes(registry, "timeout").count() == 1);
                    assertThat(TestClients.closedByServer(silent)).isTrue();
                }
                assertThat(handshakes(registry, "failure").count()).isZero();
                assertThat(handshakes(registry, "success").count()).isZero();
            });
    }

    @Test
    void connectionsRefusedAtTheLimitAreCountedAsRejectedHandshakes() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.enabled=false", "streams.listeners.echo.max-connections=1")
            .run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                int port = context.getBean(ManagedListener.class).port();
                try (Socket first = TestClients.plain(port); Socket second = TestClients.plain(port)) {
                    assertThat(TestClients.exchange(first, "ok")).isEqualTo("ok");
                    assertThat(TestClients.closedByServer(second)).isTrue();
                    assertThat(handshakes(registry, "rejected").count()).isEqualTo(1);
                }
            });
    }

    private static Gauge gauge(MeterRegistry registry, String name, String channel) {
        return registry.get(name).tag("channel", channel).gauge();
    }

    private static Timer handshakes(MeterRegistry registry, String outcome) {
        return registry.get("streams.listener.handshakes").tag("listener", "echo").tag("outcome", outcome).timer();
    }

}
