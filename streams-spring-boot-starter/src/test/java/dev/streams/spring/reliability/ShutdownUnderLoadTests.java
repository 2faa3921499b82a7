package dev.streams.spring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.ClosedResourceException;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the application context while producers send into a channel, {@code @ChannelListener}
 * consumers drain it and TLS clients talk to a listener, all at once. Nothing accepted may be lost
 * or duplicated, and no thread the starter started may survive the shutdown.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShutdownUnderLoadTests {

    private static final int PRODUCERS = 3;
    private static final int CLIENTS = 4;
    /** JVM-wide daemons started on first use and kept for the life of the JVM, by design. */
    private static final Set<String> SHARED_DAEMONS = Set.of("streams-socket-poller", "streams-tls-handshake-timer");

    private static TestCertificateAuthority ca;
    private static IssuedCertificate server;

    @TempDir
    Path directory;

    @BeforeAll
    static void createCertificates() {
        ca = TestCertificateAuthority.create();
        server = ca.issue("127.0.0.1", "localhost");
    }

    @Test
    void shutdownWhileProducersConsumersAndTlsClientsAreActiveLosesNothingAndLeavesNoThread() throws Exception {
        Set<String> threadsBefore = starterThreads();
        Consumer.received.clear();
        Set<Integer> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger echoes = new AtomicInteger();
        AtomicBoolean closing = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> producers = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        TestPemBundle pem = TestPemBundle.write(directory, server, ca);

        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsMemoryAutoConfiguration.class,
                    StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class, ConsumerConfiguration.class)
            .withPropertyValues(pem.properties("server", true))
            .withPropertyValues("streams.memory.channels.jobs.buffer-size=64",
                    "streams.memory.channels.jobs.item-type=java.lang.Integer",
                    "streams.memory.channels.jobs.drain-timeout=20s",
                    "streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server", "streams.listeners.echo.shutdown-timeout=5s")
            .run(context -> {
                assertThat(context).hasNotFailed();
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Integer> jobs = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
                for (int p = 0; p < PRODUCERS; p++) {
                    int base = p * 10_000_000;
                    producers.add(start("test-producer-" + p, failures, () -> {
                        try {
                            for (int n = 0; ; n++) {
                                jobs.send(base + n);
                                accepted.add(base + n); // send returned normally: the item is accepted
                            }
                        } catch (ClosedResourceException | InterruptedException e) {
                            // shutdown closed the send stream: this item was not accepted
                            if (!closing.get()) {
                                failures.add(new AssertionError("producer stopped before the shutdown", e));
                            }
                        }
                    }));
                }
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(start("test-client-" + c, failures, () -> {
                        try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                            for (int n = 0; ; n++) {
                                String message = "ping " + n;
                                String echo = TestClients.exchange(socket, message);
                                if (echo.equals(message)) {
                                    echoes.incrementAndGet();
                                } else if (closing.get() && message.startsWith(echo)) {
                                    return; // the listener closed the connection at shutdown, mid-echo
                                } else {
                                    throw new AssertionError("wrong echo: sent '" + message + "', got '" + echo + "'");
                                }
                            }
                        } catch (IOException e) {
                            // the listener closed the connection at shutdown; before it, that is a failure
                            if (!closing.get()) {
                                failures.add(new AssertionError("client failed before the shutdown", e));
                            }
                        }
                    }));
                }
                await().atMost(Duration.ofSeconds(30))
                    .until(() -> accepted.size() > 1_000 && Consumer.received.size() > 500 && echoes.get() > 50);
                closing.set(true);
                context.close(); // everything is in flight right now
            });

        for (Thread thread : producers) {
            thread.join(20_000);
            assertThat(thread.isAlive()).as("producer %s ended", thread.getName()).isFalse();
        }
        for (Thread thread : clients) {
            thread.join(20_000);
            assertThat(thread.isAlive()).as("client %s ended", thread.getName()).isFalse();
        }
        assertThat(failures).as("failures on producer and client threads").isEmpty();
        assertThat(echoes).as("echoes before the shutdown").hasValueGreaterThan(50);
        // Nothing lost, nothing duplicated: exactly the accepted items were consumed, each once.
        Map<Integer, Integer> received = Map.copyOf(Consumer.received);
        assertThat(received.keySet()).as("consumed items").isEqualTo(accepted);
        assertThat(received.values()).as("deliveries per item").allMatch(count -> count == 1);
        // No thread of the starter survives (virtual threads are not listed, their sockets are closed).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(starterThreads()).isSubsetOf(threadsBefore));
    }

    /** Starts a daemon thread whose uncaught failure (an assertion, say) is added to {@code failures}. */
    private static Thread start(String name, List<Throwable> failures, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        thread.start();
        return thread;
    }

    private static Set<String> starterThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name -> name.startsWith("streams-") && !SHARED_DAEMONS.contains(name))
            .collect(Collectors.toSet());
    }

    @Configuration(proxyBeanMethods = false)
    static class ConsumerConfiguration {

        @Bean
        Consumer consumer() {
            return new Consumer();
        }
    }

    static class Consumer {

        static final Map<Integer, Integer> received = new ConcurrentHashMap<>();

        @ChannelListener(channel = "jobs", concurrency = 4)
        void consume(Integer job) {
            // Slower than the producers, so the buffer is full when the context closes and the
            // drain has real work to do (with drain-timeout=20s this test fails: items are left).
            LockSupport.parkNanos(20_000);
            received.merge(job, 1, Integer::sum);
        }
    }
}
