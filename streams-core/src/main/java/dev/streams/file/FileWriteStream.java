package dev.streams.file;

import dev.streams.ByteSendStream;
import dev.streams.ClosedResourceException;
import dev.streams.TypedAttribute;
import dev.streams.internal.ResourceGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes a byte stream to a file.
 *
 * <pre>{@code
 * try (FileWriteStream out = FileWriteStream.fromPath(Path.of("copy.bin"))) {
 *     for (byte[] chunk : source) {
 *         out.send(chunk);
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #send} writes through the channel with no copy ({@link #send(ByteBuffer)} hands the
 * caller's buffer to the channel) and returns when the operating system has the bytes; it does
 * not force them to disk ({@code extra(FileStreamAttribute.CHANNEL).force(true)} does).
 *
 * <p><b>Interrupts</b> behave as in {@link FileReadStream}: the flag is checked before writing;
 * an interrupt during a write closes the channel, the stream is closed, and {@code send} throws
 * {@link InterruptedException}. How much of that last send reached the file is then unknown.
 *
 * <p>Thread-safety: one writer at a time; a concurrent {@code send} fails with
 * {@link dev.streams.BusyResourceException}. {@link #close()} may be called from any thread.
 */
public final class FileWriteStream implements ByteSendStream {

    private final FileChannel channel;
    private final @Nullable Path path;
    private final String name;
    private final ResourceGuard guard = new ResourceGuard("writing to");
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates {@code path}, or truncates it if it exists, and opens it for writing.
     *
     * @throws NullPointerException if {@code path} is null
     * @throws UncheckedIOException if the file cannot be opened; the message names the path
     */
    public static FileWriteStream fromPath(Path path) {
        return fromPath(path, false);
    }

    /**
     * Opens {@code path} for writing, creating it if needed; with {@code append} the bytes go
     * after the existing content, otherwise the file is truncated first.
     *
     * @throws NullPointerException if {@code path} is null
     * @throws UncheckedIOException if the file cannot be opened; the message names the path
     */
    public static FileWriteStream fromPath(Path path, boolean append) {
        Objects.requireNonNull(path, "path");
        FileChannel channel = FileChannels.open(path, append ? "appending" : "writing", StandardOpenOption.WRITE,
                StandardOpenOption.CREATE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        return new FileWriteStream(channel, path);
    }

    /**
     * Writes to an open channel at its position. Closing the stream closes the channel.
     *
     * @throws NullPointerException if {@code channel} is null
     */
    public FileWriteStream(FileChannel channel) {
        this(Objects.requireNonNull(channel, "channel"), null);
    }

    private FileWriteStream(FileChannel channel, @Nullable Path path) {
        this.channel = channel;
        this.path = path;
        this.name = FileChannels.name(path, channel);
    }

    /**
     * Writes all of {@code data}. An empty array is a no-op.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws ClosedResourceException if this stream was closed
     * @throws dev.streams.BrokenResourceException if the write failed (disk full, ...)
     * @throws InterruptedException if the thread is interrupted; see the class documentation
     */
    @Override
    public void send(byte[] data) throws InterruptedException {
        Objects.requireNonNull(data, "data");
        send(ByteBuffer.wrap(data));
    }

    /** Writes the buffer's remaining bytes and advances its position to its limit. */
    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        Objects.requireNonNull(src, "src");
        if (closed.get()) {
            throw new ClosedResourceException();
        }
        if (Thread.interrupted()) {
            // Checked before touching the channel, which an interrupt would close.
            throw new InterruptedException("Interrupted before writing " + name);
        }
        if (!src.hasRemaining()) {
            return;
        }
        guard.enter();
        try {
            while (src.hasRemaining()) {
                channel.write(src);
            }
        } catch (IOException e) {
            throw FileChannels.translate(e, "writing", name, closed);
        } finally {
            guard.exit();
        }
    }

    /** Closes the channel. Idempotent. */
    @Override
    public void close() {
        FileChannels.closeOnce(closed, channel, name);
    }

    /** {@link FileStreamAttribute#CHANNEL}, and {@link FileStreamAttribute#PATH} if opened from a path. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return FileChannels.attributes(path, channel);
    }

    @Override
    public String toString() {
        return "FileWriteStream[" + name + "]";
    }
}
