package dev.streams;

/**
 * A two-way stream of bytes, such as a TCP connection or a TLS session.
 *
 * <pre>{@code
 * try (ByteStream stream = Tcp.connect("127.0.0.1", port)) {
 *     stream.send(request);
 *     stream.sendEof();                 // half-close: "I am done sending"
 *     byte[] reply = stream.receive();
 * }
 * }</pre>
 */
public interface ByteStream extends ByteReceiveStream, ByteSendStream {

    /**
     * Closes the sending half where the transport supports it (TCP {@code shutdownOutput}); the
     * peer then sees the end of the stream and this side can still receive.
     *
     * @throws UnsupportedOperationException if the transport cannot half-close (TLS)
     */
    void sendEof() throws InterruptedException;
}
