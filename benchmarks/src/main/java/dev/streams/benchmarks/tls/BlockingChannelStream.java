package dev.streams.benchmarks.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * A {@link ByteStream} over a <em>blocking</em> {@link SocketChannel}: reads and writes block in the
 * kernel, with no readiness wait of our own. Benchmark-only: it lets a TLS benchmark run our TLS
 * over a transport that waits the way {@code SSLSocket} does, which separates the cost of our TLS
 * layer from the cost of the socket layer's waits. No interrupt contract, no guards; one reader and
 * one writer.
 *
 * <pre>{@code
 * TlsStream tls = TlsStream.wrap(new BlockingChannelStream(SocketChannel.open(address)), options);
 * }</pre>
 */
final class BlockingChannelStream implements ByteStream {

    private final SocketChannel channel;

    BlockingChannelStream(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(true);
        channel.socket().setTcpNoDelay(true);
    }

    @Override
    public byte[] receive(int maxBytes) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(maxBytes, 65536));
        int n = receive(buffer);
        return Arrays.copyOf(buffer.array(), n);
    }

    @Override
    public int receive(ByteBuffer dst) {
        try {
            int n = channel.read(dst);
            if (n < 0) {
                throw new EndOfStreamException();
            }
            return n;
        } catch (IOException e) {
            throw new BrokenResourceException("receive failed", e);
        }
    }

    @Override
    public void send(byte[] data) {
        send(ByteBuffer.wrap(data));
    }

    @Override
    public void send(ByteBuffer src) {
        try {
            while (src.hasRemaining()) {
                channel.write(src);
            }
        } catch (IOException e) {
            throw new BrokenResourceException("send failed", e);
        }
    }

    @Override
    public void sendEof() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            throw new BrokenResourceException("sendEof failed", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
