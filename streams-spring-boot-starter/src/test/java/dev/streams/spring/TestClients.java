package dev.streams.spring;

import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.StreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plain JDK clients for the listener tests (independent of the library's own client code). */
public final class TestClients {

    private TestClients() {
    }

    /** A handler that echoes every chunk until the client ends the stream. */
    public static StreamHandler<ByteStream> echo() {
        return stream -> {
            while (true) {
                byte[] data;
                try {
                    data = stream.receive();
                } catch (EndOfStreamException e) {
                    return;
                }
                stream.send(data);
            }
        };
    }

    /** Configuration with one handler bean, {@code echoHandler}, for the listener tests. */
    @Configuration(proxyBeanMethods = false)
    public static class EchoHandlerConfiguration {

        @Bean
        StreamHandler<ByteStream> echoHandler() {
            return echo();
        }
    }

    /** Connects to 127.0.0.1:port over plain TCP. */
    public static Socket plain(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Connects to 127.0.0.1:port and completes a TLS handshake. */
    public static SSLSocket tls(SSLContext context, int port, String... protocols) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        if (protocols.length > 0) {
            socket.setEnabledProtocols(protocols);
        }
        socket.startHandshake();
        return socket;
    }

    /** Sends {@code text} and reads back as many bytes. */
    public static String exchange(Socket socket, String text) throws IOException {
        byte[] request = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        byte[] response = socket.getInputStream().readNBytes(request.length);
        return new String(response, StandardCharsets.UTF_8);
    }

    /** Whether the server closed the connection: a read returns end of stream or fails. */
    public static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            return in.read() == -1;
        } catch (IOException e) {
            return true;
        }
    }
}
