package dev.streams.benchmarks.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The accepted sockets hold their writes until the next read or close; a TLS server works over them. */
@Timeout(60)
class OneWritePerFlightServerSocketTests {

    @Test
    void writesWaitForTheNextReadAndLeaveTogether() throws Exception {
        try (OneWritePerFlightServerSocket server = new OneWritePerFlightServerSocket(InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            OutputStream out = accepted.getOutputStream();
            out.write(1);
            out.write(new byte[] {2, 3}, 0, 2);
            out.flush(); // a flush is not a read: still held
            client.setSoTimeout(300);
            InputStream fromServer = client.getInputStream();
            assertThatThrownBy(fromServer::read).isInstanceOf(SocketTimeoutException.class);

            CompletableFuture<Integer> serverRead = CompletableFuture.supplyAsync(() -> {
                try {
                    return accepted.getInputStream().read();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            client.setSoTimeout(10_000);
            assertThat(fromServer.readNBytes(3)).containsExactly(1, 2, 3);
            client.getOutputStream().write(4);
            assertThat(serverRead.get(10, TimeUnit.SECONDS)).isEqualTo(4);
        }
    }

    @Test
    void closingSendsWhatWasHeld() throws Exception {
        try (OneWritePerFlightServerSocket server = new OneWritePerFlightServerSocket(InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            Socket accepted = server.accept();
            accepted.getOutputStream().write(new byte[] {5, 6});
            accepted.close();
            client.setSoTimeout(10_000);
            assertThat(client.getInputStream().readAllBytes()).containsExactly(5, 6);
        }
    }

    @Test
    void anSslSocketServerHandshakesAndEchoesOverIt() throws Exception {
        TlsFixtures tls = new TlsFixtures();
        try (OneWritePerFlightServerSocket server = new OneWritePerFlightServerSocket(InetAddress.getByName(TlsFixtures.HOST))) {
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket socket = server.acceptTls(tls.serverContext())) {
                    socket.startHandshake();
                    int b = socket.getInputStream().read();
                    socket.getOutputStream().write(b);
                    return socket.getInputStream().read(); // the client's close_notify: end of stream
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (SSLSocket client = tls.jdkClient(server.getLocalPort())) {
                client.setSoTimeout(10_000);
                client.getOutputStream().write(42);
                assertThat(client.getInputStream().read()).isEqualTo(42);
                assertThat(client.getSession().getProtocol()).isEqualTo(TlsFixtures.PROTOCOL);
            }
            assertThat(served.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
        }
    }
}
