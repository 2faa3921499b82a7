package dev.streams.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.ByteStream;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class TlsStreamTests {

    static final TestCertificateAuthority CA = TestCertificateAuthority.create();
    static final IssuedCertificate SERVER = CA.issue("localhost", "127.0.0.1");

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    <T> Future<T> async(Callable<T> task) {
        return executor.submit(task);
    }

    static <T> T await(Future<T> future) throws Exception {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void echoOverMemoryPipe(String protocol) throws Exception {
        ByteStream[] pipe = MemoryPipe.pair(65536);
        Future<TlsStream> server = async(() -> TlsStream.wrap(pipe[1],
                TlsOptions.server(SERVER.serverContext()).protocols(protocol)));
        TlsStream client = TlsStream.wrap(pipe[0], TlsOptions.client(CA.clientContext()).hostname("localhost"));
        TlsStream serverStream = await(server);
        client.send(bytes("hello"));
        assertThat(serverStream.receive()).isEqualTo(bytes("hello"));
        serverStream.send(bytes("olleh"));
        assertThat(client.receive()).isEqualTo(bytes("olleh"));
        assertThat(client.extra(TlsAttribute.TLS_VERSION)).isEqualTo(protocol);
        client.close();
        assertThatThrownBy(serverStream::receive).isInstanceOf(dev.streams.EndOfStreamException.class);
        serverStream.close();
    }
}
