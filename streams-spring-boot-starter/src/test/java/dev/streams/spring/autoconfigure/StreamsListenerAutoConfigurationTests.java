package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.StreamHandler;
import dev.streams.net.SocketListener;
import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.context.StreamsListenerStartedEvent;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsAttribute;
import dev.streams.tls.TlsListener;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class StreamsListenerAutoConfigurationTests {

    private static TestCertificateAuthority ca;

    private static IssuedCertificate server;

    @TempDir
    Path directory;

    private TestPemBundle pem;

    @BeforeAll
    static void createCertificates() {
        ca = TestCertificateAuthority.create();
        server = ca.issue("127.0.0.1", "localhost");
    }

    @BeforeEach
    void writeBundle() {
        this.pem = TestPemBundle.write(this.directory, server, ca);
    }

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class));
    }

    private ApplicationContextRunner tlsRunner(String... extra) {
        return contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(this.pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .withPropertyValues(extra);
    }

    @Test
    void shouldNotCreateListenersByDefault() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ManagedListener.class);
            assertThat(context).doesNotHaveBean(TlsListener.class);
        });
    }

    @Test
    void shouldServeTlsWithTheBundlesCertificate() {
        tlsRunner().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(TlsListener.class).hasBean("echoListener");
            ManagedListener managed = context.getBean("echoListenerLifecycle", ManagedListener.class);
            assertThat(context.getBean("echoListener")).isSameAs(managed.listener());
            int port = context.getEnvironment().getProperty("local.streams.listeners.echo.port", Integer.class);
            assertThat(port).isEqualTo(managed.port()).isPositive();
            try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                assertThat(TestClients.exchange(socket, "hello over tls")).isEqualTo("hello over tls");
                assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(server.certificate());
            }
        });
    }

    @Test
    void shouldServeOnANonDaemonThreadSoThatTheApplicationStaysAlive() {
        tlsRunner().run(context -> {
            Thread serving = Thread.getAllStackTraces()
                .keySet()
                .stream()
                .filter(thread -> thread.getName().equals("streams-listener-echo"))
                .findFirst()
                .orElseThrow();
            assertThat(serving.isDaemon()).isFalse();
        });
    }

    @Test
    void shouldBindAtStartupUnderLazyInitialization() {
        tlsRunner().withInitializer(context -> context
            .addBeanFactoryPostProcessor(new org.springframework.boot.LazyInitializationBeanFactoryPostProcessor()))
            .run(context -> {
                int port = context.getEnvironment().getProperty("local.streams.listeners.echo.port", Integer.class);
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(TestClients.exchange(socket, "lazy")).isEqualTo("lazy");
                }
            });
    }

    @Test
    void shouldPublishAStartedEventWithThePort() {
        List<StreamsListenerStartedEvent> events = new CopyOnWriteArrayList<>();
        tlsRunner().withBean(ApplicationListener.class,
                () -> (ApplicationListener<StreamsListenerStartedEvent>) events::add)
            .run(context -> {
                assertThat(events).singleElement().satisfies(event -> {
                    assertThat(event.getName()).isEqualTo("echo");
                    assertThat(event.getPort())
                        .isEqualTo(context.getBean("echoListenerLifecycle", ManagedListener.class).port());
                });
            });
    }

    @Test
    void shouldServePlainTcpOnlyWhenSslIsExplicitlyDisabled() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.listeners.plain.address=127.0.0.1", "streams.listeners.plain.port=0",
                    "streams.listeners.plain.ssl.enabled=false")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean("plainListener")).isInstanceOf(SocketListener.class);
                int port = context.getEnvironment().getProperty("local.streams.listeners.plain.port", Integer.class);
                try (Socket socket = TestClients.plain(port)) {
                    assertThat(TestClients.exchange(socket, "plain")).isEqualTo("plain");
                }
            });
    }

    @Test
    void shouldApplyTheBundlesProtocols() {
        tlsRunner("spring.ssl.bundle.pem.server.options.enabled-protocols=TLSv1.2").run(context -> {
            int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
            try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
                assertThat(TestClients.exchange(socket, "twelve")).isEqualTo("twelve");
            }
            assertThatExceptionOfType(SSLException.class)
                .isThrownBy(() -> TestClients.tls(ca.clientContext(), port, "TLSv1.3").close());
            assertThat(context.getBean("echoListenerLifecycle", ManagedListener.class).protocols())
                .containsExactly("TLSv1.2");
        });
    }

    @Test
    void shouldApplyTheBundlesCiphers() {
        String cipher = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";
        String rsaCipher = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
        tlsRunner("spring.ssl.bundle.pem.server.options.enabled-protocols=TLSv1.2",
                "spring.ssl.bundle.pem.server.options.ciphers=" + cipher + "," + rsaCipher)
            .run(context -> {
                int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(socket.getSession().getCipherSuite()).isIn(cipher, rsaCipher);
                }
            });
    }

    @Test
    void shouldServeWithAJksBundle() throws Exception {
        Path keyStore = this.directory.resolve("server.p12");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(keyStore)) {
            server.keyStore("secret".toCharArray()).store(out, "secret".toCharArray());
        }
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("spring.ssl.bundle.jks.server.keystore.location=file:" + keyStore,
                    "spring.ssl.bundle.jks.server.keystore.password=secret",
                    "spring.ssl.bundle.jks.server.keystore.type=PKCS12",
                    "streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .run(context -> {
                assertThat(context).hasNotFailed();
                int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(server.certificate());
                    assertThat(TestClients.exchange(socket, "jks")).isEqualTo("jks");
                }
            });
    }

    /** A TLS listener "echo" whose handler records each connection's peer certificate (or null). */
    private ApplicationContextRunner peerRecordingRunner(String clientAuth) {
        return contextRunner().withUserConfiguration(PeerRecordingHandler.class)
            .withPropertyValues(this.pem.properties("server", true))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server", "streams.listeners.echo.ssl.client-auth=" + clientAuth);
    }

    @Test
    void shouldAcceptClientsWithAndWithoutCertificateWhenClientAuthIsWant() {
        IssuedCertificate client = ca.issue("client.example");
        peerRecordingRunner("want").run(context -> {
            int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
            // one after the other, so the handler records the two peers in this order
            try (SSLSocket with = TestClients.tls(client.clientContext(ca), port)) {
                assertThat(TestClients.exchange(with, "with")).isEqualTo("with");
            }
            try (SSLSocket without = TestClients.tls(ca.clientContext(), port)) {
                assertThat(TestClients.exchange(without, "without")).isEqualTo("without");
            }
            // the server asked for a certificate and received the one offered; none from the other
            assertThat(context.getBean(PeerRecordingHandler.class).peers)
                .containsExactly(client.certificate(), null);
        });
    }

    @Test
    void shouldNegotiateTheConfiguredAlpnProtocol() {
        tlsRunner("streams.listeners.echo.alpn-protocols=h2,http/1.1").run(context -> {
            int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
            SSLSocket socket = (SSLSocket) ca.clientContext().getSocketFactory().createSocket("127.0.0.1", port);
            try (socket) {
                javax.net.ssl.SSLParameters parameters = socket.getSSLParameters();
                parameters.setApplicationProtocols(new String[] { "http/1.1" });
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                assertThat(socket.getApplicationProtocol()).isEqualTo("http/1.1");
            }
        });
    }

    @Test
    void shouldRequireAClientCertificateWhenClientAuthIsNeed() {
        IssuedCertificate client = ca.issue("client.example");
        tlsRunner("streams.listeners.echo.ssl.client-auth=need").run(context -> {
            assertThat(context).hasNotFailed();
            int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
            try (SSLSocket socket = TestClients.tls(client.clientContext(ca), port)) {
                assertThat(TestClients.exchange(socket, "with certificate")).isEqualTo("with certificate");
            }
            assertThatExceptionOfType(java.io.IOException.class).isThrownBy(() -> {
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                    TestClients.exchange(socket, "without");
                }
            });
        });
    }

    @Test
    void shouldExposeThePeerCertificateToTheHandler() {
        IssuedCertificate client = ca.issue("client.example");
        peerRecordingRunner("need").run(context -> {
            int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
            try (SSLSocket socket = TestClients.tls(client.clientContext(ca), port)) {
                assertThat(TestClients.exchange(socket, "x")).isEqualTo("x");
            }
            assertThat(context.getBean(PeerRecordingHandler.class).peers).containsExactly(client.certificate());
        });
    }

    @Test
    void shouldCloseConnectionsBeyondMaxConnectionsAtOnce() {
        tlsRunner("streams.listeners.echo.max-connections=1").run(context -> {
            ManagedListener managed = context.getBean("echoListenerLifecycle", ManagedListener.class);
            try (SSLSocket first = TestClients.tls(ca.clientContext(), managed.port())) {
                assertThat(TestClients.exchange(first, "one")).isEqualTo("one");
                assertThatExceptionOfType(java.io.IOException.class)
                    .isThrownBy(() -> TestClients.tls(ca.clientContext(), managed.port()).close());
                assertThat(managed.statistics().activeConnections()).isEqualTo(1);
                assertThat(TestClients.exchange(first, "still")).isEqualTo("still");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> managed.statistics().activeConnections() == 0);
            assertThat(managed.statistics().acceptedConnections()).isEqualTo(2);
            try (SSLSocket again = TestClients.tls(ca.clientContext(), managed.port())) {
                assertThat(TestClients.exchange(again, "again")).isEqualTo("again");
            }
        });
    }

    @Test
    void shouldUseTheNamedHandlerAmongSeveral() {
        tlsRunner("streams.listeners.echo.handler=upperHandler").withUserConfiguration(UpperHandler.class)
            .run(context -> {
                int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
                try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(TestClients.exchange(socket, "shout")).isEqualTo("SHOUT");
                }
            });
    }

    @Test
    void shouldFailWhenTheUserDefinesABeanNamedLikeTheListener() {
        tlsRunner().withUserConfiguration(UserListener.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure()
                .isInstanceOf(InvalidStreamsPropertyException.class)
                .hasMessageContaining("streams.listeners.echo needs the bean name 'echoListener'");
        });
    }

    @Test
    void shouldFailWhenTheTlsListenerHasNoBundle() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure()
                    .isInstanceOf(InvalidStreamsPropertyException.class)
                    .hasMessageContaining("streams.listeners.echo.ssl.bundle is not set");
                assertThat(((InvalidStreamsPropertyException) context.getStartupFailure()).action())
                    .contains("streams.listeners.echo.ssl.enabled=false");
            });
    }

    @Test
    void shouldFailWhenTheSslBundleIsUnknown() {
        tlsRunner("streams.listeners.echo.ssl.bundle=missing").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findInvalidProperty(context.getStartupFailure()))
                .hasMessageContaining("streams.listeners.echo.ssl.bundle is 'missing'");
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(org.springframework.boot.ssl.NoSuchSslBundleException.class);
            assertThat(findInvalidProperty(context.getStartupFailure()).getMessage()).contains("known bundles: [server]");
        });
    }

    @Test
    void shouldFailWhenThePortIsMissing() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.listeners.echo.ssl.enabled=false")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure().hasMessageContaining("streams.listeners.echo.port is not set");
            });
    }

    @Test
    void shouldFailWhenTheNamedHandlerIsNotAStreamHandler() {
        tlsRunner("streams.listeners.echo.handler=notAHandler").withBean("notAHandler", String.class, () -> "text")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(findInvalidProperty(context.getStartupFailure()))
                    .hasMessageContaining("streams.listeners.echo.handler is 'notAHandler', but that bean is a java.lang.String");
            });
    }

    @Test
    void shouldFailWhenTheUserDefinesABeanWithAListenerBeansName() {
        tlsRunner().withBean("echoListenerLifecycle", String.class, () -> "mine").run(context -> {
            assertThat(context).hasFailed();
            InvalidStreamsPropertyException failure = findInvalidProperty(context.getStartupFailure());
            assertThat(failure).hasMessageContaining(
                    "streams.listeners.echo needs the bean name 'echoListenerLifecycle' for its listener beans");
            assertThat(failure.property()).isEqualTo("streams.listeners.echo");
            assertThat(failure.action()).contains("Rename the application's bean 'echoListenerLifecycle'");
        });
    }

    @Test
    void shouldFailWhenMaxConnectionsIsNotPositive() {
        tlsRunner("streams.listeners.echo.max-connections=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure().hasMessageContaining("streams.listeners.echo.max-connections is 0");
        });
    }

    @Test
    void shouldFailWhenThePortIsOutOfRange() {
        tlsRunner("streams.listeners.echo.port=70000").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure().hasMessageContaining("streams.listeners.echo.port is 70000");
        });
    }

    @Test
    void shouldFailWhenClientAuthNeedsATrustStoreTheBundleLacks() {
        contextRunner().withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(this.pem.properties("server", false))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server", "streams.listeners.echo.ssl.client-auth=need")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(findInvalidProperty(context.getStartupFailure()))
                    .hasMessageContaining("streams.listeners.echo.ssl.client-auth is 'need'")
                    .hasMessageContaining("SSL bundle 'server' has no trust store");
            });
    }

    @Test
    void shouldFailWhenTheNamedHandlerDoesNotExist() {
        tlsRunner("streams.listeners.echo.handler=nope").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findInvalidProperty(context.getStartupFailure()))
                .hasMessageContaining("streams.listeners.echo.handler is 'nope'");
        });
    }

    @Test
    void shouldFailWithoutAHandlerBean() {
        contextRunner().withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                "streams.listeners.echo.ssl.enabled=false")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(findInvalidProperty(context.getStartupFailure()))
                    .hasMessageContaining("needs a StreamHandler<? super ByteStream> bean");
            });
    }

    @Test
    void shouldFailWhenSeveralHandlersMatchAndNoneIsNamed() {
        tlsRunner().withUserConfiguration(UpperHandler.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(findInvalidProperty(context.getStartupFailure()))
                .hasMessageContaining("there are 2 StreamHandler beans")
                .hasMessageContaining("echoHandler")
                .hasMessageContaining("upperHandler");
        });
    }

    @Test
    void shouldIgnoreHandlersOfANarrowerStreamType() {
        tlsRunner().withUserConfiguration(SocketOnlyHandler.class).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void shutdownWaitsForRunningHandlers() throws Exception {
        SlowHandler.reset();
        AtomicBoolean completed = new AtomicBoolean();
        tlsRunner("streams.listeners.echo.handler=slowHandler", "streams.listeners.echo.shutdown-timeout=10s")
            .withUserConfiguration(SlowHandler.class)
            .run(context -> {
                int port = context.getBean("echoListenerLifecycle", ManagedListener.class).port();
                CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
                    try (SSLSocket socket = TestClients.tls(ca.clientContext(), port)) {
                        return TestClients.exchange(socket, "late");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertThat(SlowHandler.started.await(10, TimeUnit.SECONDS)).isTrue();
                context.close(); // the handler is mid-request
                assertThat(reply.get(10, TimeUnit.SECONDS)).isEqualTo("late");
                completed.set(SlowHandler.finished);
            });
        assertThat(completed).isTrue();
    }

    @Test
    void shutdownInterruptsHandlersThatOutliveTheShutdownTimeout() throws Exception {
        tlsRunner("streams.listeners.echo.shutdown-timeout=200ms").run(context -> {
            ManagedListener managed = context.getBean("echoListenerLifecycle", ManagedListener.class);
            try (SSLSocket idle = TestClients.tls(ca.clientContext(), managed.port())) {
                await().atMost(Duration.ofSeconds(10)).until(() -> managed.statistics().activeConnections() == 1);
                // The echo handler is blocked in receive() on a silent client: without the interrupt after
                // shutdown-timeout, close() would wait for it forever (and the test time out).
                context.close();
                assertThat(TestClients.closedByServer(idle)).isTrue();
                assertThat(managed.statistics().activeConnections()).isZero();
                assertThat(managed.state()).isEqualTo(ManagedListener.State.STOPPED);
            }
        });
    }

    private static InvalidStreamsPropertyException findInvalidProperty(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidStreamsPropertyException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidStreamsPropertyException in " + failure, failure);
    }


    @Configuration(proxyBeanMethods = false)
    static class UpperHandler {

        @Bean
        StreamHandler<ByteStream> upperHandler() {
            return stream -> {
                while (true) {
                    try {
                        stream.send(new String(stream.receive(), java.nio.charset.StandardCharsets.UTF_8)
                            .toUpperCase(java.util.Locale.ROOT)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } catch (EndOfStreamException e) {
                        return;
                    }
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SocketOnlyHandler {

        @Bean
        StreamHandler<dev.streams.net.SocketStream> socketOnlyHandler() {
            return stream -> {
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PeerRecordingHandler {

        final List<java.security.cert.X509Certificate> peers = new CopyOnWriteArrayList<>();

        @Bean
        StreamHandler<ByteStream> recordingHandler() {
            return stream -> {
                this.peers.add(stream.extra(TlsAttribute.PEER_CERTIFICATE));
                TestClients.echo().handle(stream);
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowHandler {

        static volatile CountDownLatch started = new CountDownLatch(1);

        static volatile boolean finished;

        static void reset() {
            started = new CountDownLatch(1);
            finished = false;
        }

        @Bean
        StreamHandler<ByteStream> slowHandler() {
            return stream -> {
                byte[] request = stream.receive();
                started.countDown();
                TimeUnit.MILLISECONDS.sleep(500);
                stream.send(request);
                finished = true;
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserListener {

        final SocketListener listener = dev.streams.net.Tcp.listen("127.0.0.1", 0);

        @Bean(destroyMethod = "close")
        SocketListener echoListener() {
            return this.listener;
        }
    }
}
