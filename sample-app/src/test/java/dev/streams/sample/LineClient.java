package dev.streams.sample;

import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.IncompleteReadException;
import dev.streams.StreamException;
import dev.streams.buffered.BufferedByteReceiveStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-side relay client over any byte stream: sends lines, reads lines. One thread may send while
 * another reads, as the byte stream allows; not otherwise thread-safe.
 */
public final class LineClient implements AutoCloseable {

    private static final byte[] NEWLINE = {'\n'};

    private final ByteStream stream;
    private final BufferedByteReceiveStream in;

    public LineClient(ByteStream stream) {
        this.stream = stream;
        this.in = new BufferedByteReceiveStream(stream);
    }

    /** Sends {@code line} and a newline. */
    public LineClient send(String line) throws InterruptedException {
        sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends bytes as they are. */
    public void sendRaw(byte[] data) throws InterruptedException {
        this.stream.send(data);
    }

    /** The next line from the server, without its newline. */
    public String line() throws InterruptedException {
        return new String(this.in.receiveUntil(NEWLINE, 1 << 20), StandardCharsets.UTF_8);
    }

    /** Sends a command and returns the next line (for commands whose reply is the next line). */
    public String call(String line) throws InterruptedException {
        send(line);
        return line();
    }

    /** Every remaining line until the server closes the connection. */
    public List<String> linesUntilClosed() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        try {
            while (true) {
                lines.add(line());
            }
        } catch (EndOfStreamException | IncompleteReadException closed) {
            return lines;
        }
    }

    /** Whether the server has closed the connection (reads until it has, skipping lines). */
    public boolean awaitClosed() throws InterruptedException {
        try {
            linesUntilClosed();
            return true;
        } catch (StreamException e) {
            return true;
        }
    }

    @Override
    public void close() {
        this.stream.close();
    }
}
