package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

/** Listener TLS settings that would fail every handshake, or trust too much, fail startup naming the property. */
class ListenerTlsValidationTests {

    private static TestCertificateAuthority ca;

    private static IssuedCertificate server;

    @TempDir
    Path directory;

    @BeforeAll
    static void createCertificates() {
        ca = TestCertificateAuthority.create();
        server = ca.issue("127.0.0.1", "localhost");
    }

    private ApplicationContextRunner runner(boolean trustStore, String... extra) {
        TestPemBundle pem = TestPemBundle.write(this.directory, server, ca);
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(pem.properties("server", trustStore))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .withPropertyValues(extra);
    }

    private static InvalidStreamsPropertyException failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof InvalidStreamsPropertyException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidStreamsPropertyException in " + cause);
    }

    @Test
    void clientAuthWantWithoutATrustStoreFailsLikeNeed() {
        runner(false, "streams.listeners.echo.ssl.client-auth=want").run(context -> {
            InvalidStreamsPropertyException invalid = failure(context);
            assertThat(invalid.property()).isEqualTo("streams.listeners.echo.ssl.client-auth");
            assertThat(invalid.getMessage()).contains("is 'want'").contains("no trust store");
        });
    }

    @Test
    void aMisspelledCipherInTheBundleFailsStartup() {
        runner(true, "spring.ssl.bundle.pem.server.options.ciphers=TLS_AES_128_GCM_SHA256,TLS_AES_128_GMC_SHA256")
            .run(context -> {
                InvalidStreamsPropertyException invalid = failure(context);
                assertThat(invalid.property()).isEqualTo("spring.ssl.bundle.*.server.options.ciphers");
                assertThat(invalid.getMessage()).contains("[TLS_AES_128_GMC_SHA256]")
                    .contains("streams.listeners.echo.ssl.bundle");
            });
    }

    @Test
    void anUnsupportedProtocolInTheBundleFailsStartup() {
        runner(true, "spring.ssl.bundle.pem.server.options.enabled-protocols=TLSv1.3,TLSv9").run(context -> {
            InvalidStreamsPropertyException invalid = failure(context);
            assertThat(invalid.property()).isEqualTo("spring.ssl.bundle.*.server.options.enabled-protocols");
            assertThat(invalid.getMessage()).contains("[TLSv9]");
        });
    }

    @Test
    void aZeroHandshakeTimeoutFailsStartupNamingTheProperty() {
        runner(true, "streams.listeners.echo.handshake-timeout=0s").run(context -> {
            assertThat(failure(context).property()).isEqualTo("streams.listeners.echo.handshake-timeout");
        });
    }

    @Test
    void anEmptyAlpnEntryFailsStartupNamingTheProperty() {
        runner(true, "streams.listeners.echo.alpn-protocols[0]=h2", "streams.listeners.echo.alpn-protocols[1]= ")
            .run(context -> assertThat(failure(context).property()).isEqualTo("streams.listeners.echo.alpn-protocols"));
    }
}
