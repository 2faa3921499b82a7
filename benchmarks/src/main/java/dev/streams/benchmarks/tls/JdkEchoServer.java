package dev.streams.benchmarks.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocket;

/**
 * The JDK side's server of the handshake benchmarks ({@link TlsHandshakeBenchmark},
 * {@link HandshakeCpuHarness}): accepts connections one after the other and on each completes the
 * TLS handshake (an {@code SSLSocket}), echoes one byte and reads on to the client's close, as
 * their server of ours does with a {@code TlsStream}.
 *
 * <pre>{@code
 * servers.submit(() -> JdkEchoServer.serve(jdkServer::accept, () -> running, failures));
 * }</pre>
 *
 * <p>Stateless; each call serves on the calling thread.
 */
final class JdkEchoServer {

    /** How the loop accepts its next connection. */
    @FunctionalInterface
    interface Accept {
        Socket accept() throws IOException;
    }

    private JdkEchoServer() {
    }

    /**
     * Serves until {@code accept} fails while {@code running} says false (the server socket was
     * closed); counts every other failure in {@code failures}.
     */
    static void serve(Accept accept, BooleanSupplier running, AtomicLong failures) {
        byte[] one = new byte[1];
        while (true) {
            Socket socket;
            try {
                socket = accept.accept();
            } catch (IOException closedOrFailed) {
                if (!running.getAsBoolean()) {
                    return;
                }
                failures.incrementAndGet();
                continue;
            }
            try (socket; InputStream in = socket.getInputStream()) {
                socket.setTcpNoDelay(true);
                if (socket instanceof SSLSocket tls) {
                    tls.startHandshake();
                }
                if (in.read(one) == 1) {
                    socket.getOutputStream().write(one);
                }
                in.read(one);
            } catch (IOException failed) {
                failures.incrementAndGet();
            }
        }
    }
}
