package dev.streams.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ListenerSslReloadTests {

    @TempDir
    Path directory;

    @Test
    void newHandshakesUseTheReplacedCertificateWhileExistingConnectionsKeepWorking() {
        TestCertificateAuthority ca = TestCertificateAuthority.create();
        IssuedCertificate first = ca.issue("127.0.0.1");
        IssuedCertificate second = ca.issue("127.0.0.1");
        TestPemBundle pem = TestPemBundle.write(this.directory, first, ca);
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues(pem.properties("server", false, "spring.ssl.bundle.pem.server.reload-on-update=true",
                    "spring.ssl.bundle.watch.file.quiet-period=100ms"))
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.bundle=server")
            .run(context -> {
                assertThat(context).hasNotFailed();
                int port = context.getBean(ManagedListener.class).port();
                try (SSLSocket existing = TestClients.tls(ca.clientContext(), port)) {
                    assertThat(peer(existing)).isEqualTo(first.certificate());
                    assertThat(TestClients.exchange(existing, "before")).isEqualTo("before");

                    pem.replace(second);

                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                        try (SSLSocket fresh = TestClients.tls(ca.clientContext(), port)) {
                            return peer(fresh).equals(second.certificate());
                        }
                    });
                    assertThat(TestClients.exchange(existing, "after reload")).isEqualTo("after reload");
                    assertThat(peer(existing)).isEqualTo(first.certificate());
                }
            });
    }

    private static Certificate peer(SSLSocket socket) throws javax.net.ssl.SSLPeerUnverifiedException {
        return socket.getSession().getPeerCertificates()[0];
    }

}
