package dev.streams.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsProperties;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listener shutdown (signal, phase, budget) and idle/write timeouts (API.md §14). */
@ExtendWith(OutputCaptureExtension.class)
class ListenerShutdownAndTimeoutTests {

    private static TestCertificateAuthority ca;

    private static IssuedCertificate server;

    @TempDir
    Path directory;

    @BeforeAll
    static void createCertificates() {
        ca = TestCertificateAuthority.create();
        server = ca.issue("127.0.0.1", "localhost");
    }

    private ApplicationContextRunner plain(Class<?> handlers, String... extra) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(handlers)
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.enabled=false")
            .withPropertyValues(extra);
    }

    private static int port(org.springframework.context.ApplicationContext context) {
        return context.getBean("echoListenerLifecycle", ManagedListener.class).port();
    }

    @Test
    void listenersStopInTheWebServersGracefulShutdownPhase() {
        assertThat(ManagedListener.PHASE).isEqualTo(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
    }

    @Test
    void defaultListenerAndChannelBudgetsFitBootsShutdownPhaseTimeout() {
        Duration listener = new StreamsProperties.Listener().getShutdownTimeout();
        Duration channel = new StreamsProperties.Channel().getDrainTimeout();
        // spring.lifecycle.timeout-per-shutdown-phase defaults to 30s
        assertThat(listener.plus(channel)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void handlersSeeTheShutdownSignalAndSayGoodbyeAtOnce() {
        long[] closeNanos = new long[1];
        plain(GoodbyeHandler.class, "streams.listeners.echo.shutdown-timeout=30s").run(context -> {
            Socket client = TestClients.plain(port(context));
            assertThat(TestClients.exchange(client, "hi")).isEqualTo("hi");
            Thread reader = new Thread(() -> {
                try (client; InputStream in = client.getInputStream()) {
                    GoodbyeHandler.received = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (Exception e) {
                    GoodbyeHandler.received = e.toString();
                }
            });
            reader.start();
            long start = System.nanoTime();
            context.close();
            closeNanos[0] = System.nanoTime() - start;
            reader.join(10_000);
        });
        assertThat(GoodbyeHandler.received).isEqualTo("bye\n");
        // well below the 30s shutdown-timeout: nobody waited for it
        assertThat(Duration.ofNanos(closeNanos[0])).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aHandlerThatIgnoresInterruptsIsReportedAndShutdownKeepsItsBudget(CapturedOutput output) {
        Stubborn.release = new CountDownLatch(1);
        long[] closeNanos = new long[1];
        plain(Stubborn.class, "streams.listeners.echo.shutdown-timeout=2s").run(context -> {
            try (Socket client = TestClients.plain(port(context))) {
                client.getOutputStream().write('x');
                await().atMost(Duration.ofSeconds(10)).until(() -> Stubborn.running.getCount() == 0);
                long start = System.nanoTime();
                context.close();
                closeNanos[0] = System.nanoTime() - start;
            }
        });
        Stubborn.release.countDown();
        assertThat(output).contains("handler thread(s) [").contains("still running after the shutdown-timeout of PT2S");
        assertThat(Duration.ofNanos(closeNanos[0])).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void aPeerThatGoesSilentAfterTheHandshakeIsClosedAndCountedAsIdle() {
        TestPemBundle pem = TestPemBundle.write(this.directory, server, ca);
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server", "streams.listeners.echo.idle-timeout=300ms")
            .run(context -> {
                ManagedListener listener = context.getBean("echoListenerLifecycle", ManagedListener.class);
                try (SSLSocket client = TestClients.tls(ca.clientContext(), listener.port())) {
                    assertThat(TestClients.exchange(client, "hello")).isEqualTo("hello");
                    // now silent: the server closes the connection
                    assertThat(TestClients.closedByServer(client)).isTrue();
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> listener.statistics().idleCloses() == 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> listener.statistics().activeConnections() == 0);
            });
    }

    @Test
    void aPeerThatStopsReadingIsClosedAndCountedAsWriteTimeout() {
        plain(Flooder.class, "streams.listeners.echo.write-timeout=300ms").run(context -> {
            ManagedListener listener = context.getBean("echoListenerLifecycle", ManagedListener.class);
            try (Socket client = TestClients.plain(listener.port())) {
                client.getOutputStream().write('x'); // never reads
                await().atMost(Duration.ofSeconds(20)).until(() -> listener.statistics().writeTimeoutCloses() == 1);
                await().atMost(Duration.ofSeconds(10)).until(() -> listener.statistics().activeConnections() == 0);
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class GoodbyeHandler {

        static volatile String received;

        @Bean
        StreamHandler<ByteStream> goodbye() {
            return stream -> {
                stream.send(stream.receive());
                if (stream.extra(ShutdownSignal.ATTRIBUTE).await(Duration.ofSeconds(60))) {
                    stream.send("bye\n".getBytes(StandardCharsets.UTF_8));
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Stubborn {

        static volatile CountDownLatch release = new CountDownLatch(1);

        static final CountDownLatch running = new CountDownLatch(1);

        @Bean
        StreamHandler<ByteStream> stubborn() {
            return stream -> {
                running.countDown();
                while (true) {
                    try {
                        if (release.await(10, TimeUnit.SECONDS)) {
                            return;
                        }
                    } catch (InterruptedException ignored) {
                        // ignores interrupts and never touches its (closed) stream
                    }
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Flooder {

        @Bean
        StreamHandler<ByteStream> flooder() {
            return stream -> {
                byte[] chunk = new byte[64 * 1024];
                while (true) {
                    stream.send(chunk);
                }
            };
        }
    }
}
