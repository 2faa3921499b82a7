package dev.streams.benchmarks.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A plain server socket whose accepted sockets hold what is written to them until the next read
 * (or close): an {@code SSLSocket} layered over one sends each TLS flight in one {@code write},
 * as a server built on {@code SSLEngine} must, instead of one {@code write} per handshake message
 * as it was produced. The control for the handshake benchmarks (issue 15): an {@code SSLSocket}
 * server writes its ServerHello before it signs the CertificateVerify, so the client derives its
 * handshake keys on the other CPU meanwhile; an {@code SSLEngine} produces the whole flight in one
 * delegated task that holds the engine's lock, so no {@code wrap} can take the ServerHello out
 * before the signature is done.
 *
 * <pre>{@code
 * try (OneWritePerFlightServerSocket server = new OneWritePerFlightServerSocket(InetAddress.getLoopbackAddress())) {
 *     SSLSocket socket = server.acceptTls(serverContext);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread accepts and serves each accepted socket.
 */
public final class OneWritePerFlightServerSocket extends ServerSocket {

    /** Binds to an ephemeral port on {@code address}. */
    public OneWritePerFlightServerSocket(InetAddress address) throws IOException {
        super(0, 128, address);
    }

    @Override
    public Socket accept() throws IOException {
        Socket accepted = new HeldWritesSocket();
        implAccept(accepted);
        return accepted;
    }

    /**
     * Accepts the next connection as a server-side {@code SSLSocket} of {@code context}, layered
     * over the accepted socket (closing it closes both), with {@code TCP_NODELAY} on.
     */
    public SSLSocket acceptTls(SSLContext context) throws IOException {
        Socket accepted = accept();
        try {
            accepted.setTcpNoDelay(true);
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(accepted, null, true);
            tls.setEnabledProtocols(new String[] {TlsFixtures.PROTOCOL});
            tls.setEnabledCipherSuites(new String[] {TlsFixtures.CIPHER});
            return tls;
        } catch (IOException | RuntimeException e) {
            accepted.close();
            throw e;
        }
    }

    /** Holds written bytes until the next read, {@code shutdownOutput} or close. */
    private static final class HeldWritesSocket extends Socket {

        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                held.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                held.write(b, off, len);
            }
        };
        private InputStream in;

        private void release() throws IOException {
            if (held.size() > 0) {
                held.writeTo(super.getOutputStream());
                held.reset();
            }
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            if (in == null) {
                InputStream raw = super.getInputStream();
                in = new InputStream() {
                    @Override
                    public int read() throws IOException {
                        release();
                        return raw.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        release();
                        return raw.read(b, off, len);
                    }

                    @Override
                    public int available() throws IOException {
                        release();
                        return raw.available();
                    }
                };
            }
            return in;
        }

        @Override
        public void shutdownOutput() throws IOException {
            release();
            super.shutdownOutput();
        }

        @Override
        public void close() throws IOException {
            try {
                if (!isClosed() && !isOutputShutdown()) {
                    release();
                }
            } catch (IOException peerGone) {
                // the peer may have closed first: what was held is moot
            } finally {
                super.close();
            }
        }
    }
}
