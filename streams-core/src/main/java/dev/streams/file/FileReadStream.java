package dev.streams.file;

import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TypedAttribute;
import dev.streams.internal.Checks;
import dev.streams.internal.ResourceGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file as a byte stream, from a position that {@link #seek} moves and {@link #tell}
 * reports.
 *
 * <pre>{@code
 * try (FileReadStream in = FileReadStream.fromPath(Path.of("data.bin"))) {
 *     in.seek(128);
 *     for (byte[] chunk : in) {            // ends at the end of the file
 *         digest.update(chunk);
 *     }
 * }
 * }</pre>
 *
 * <p>Reads are positional ({@link FileChannel#read(ByteBuffer, long)}): the stream keeps its own
 * position, starting at the channel's position when the stream was made, and never moves the
 * channel's. {@link #receive(ByteBuffer)} reads straight into the caller's buffer.
 *
 * <p><b>Interrupts.</b> A {@link FileChannel} is an
 * {@link java.nio.channels.InterruptibleChannel}: an interrupt that arrives during a read closes
 * it. So {@code receive} first checks the interrupt flag and, if set, throws
 * {@link InterruptedException} without touching the channel. If an interrupt arrives during the
 * read, the channel is closed by the JDK; {@code receive} then throws {@code InterruptedException}
 * (its cause is the {@link java.nio.channels.ClosedByInterruptException}), the stream is closed and
 * later calls throw {@link ClosedResourceException}. No byte is lost: {@link #tell()} still works,
 * so reopen the file and {@code seek(tell())} to resume.
 *
 * <p>Errors: {@link #fromPath} throws {@link UncheckedIOException} whose message names the file
 * and the reason (no such file, a directory, permission denied). A read that fails throws
 * {@link dev.streams.BrokenResourceException} with the {@link IOException} as cause.
 *
 * <p>Thread-safety: one reader at a time; a concurrent {@code receive} or {@code seek} fails with
 * {@link dev.streams.BusyResourceException}. {@link #tell()} and {@link #close()} may be called
 * from any thread.
 *
 * <h2>Coming from AnyIO</h2>
 * No worker thread: reads block the calling thread, which is cheap with virtual threads.
 * {@code seek} takes an absolute position (no {@code whence}); use
 * {@code seek(tell() + offset)} or the channel's {@code size()}.
 */
public final class FileReadStream implements ByteReceiveStream {

    /** The read size when the file size gives no hint: the file grew since its size was read. */
    private static final int GROWING_FILE_READ = 8192;

    private final FileChannel channel;
    private final @Nullable Path path;
    private final String name;
    private final ResourceGuard guard = new ResourceGuard("reading from");
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long position;
    private long knownSize = -1; // the file size as last asked; guarded by `guard`

    /**
     * Opens {@code path} for reading.
     *
     * @throws NullPointerException if {@code path} is null
     * @throws UncheckedIOException if the file cannot be opened; the message names the path
     */
    public static FileReadStream fromPath(Path path) {
        Objects.requireNonNull(path, "path");
        return new FileReadStream(FileChannels.open(path, "reading", StandardOpenOption.READ), path);
    }

    /**
     * Reads from an open channel, starting at its current position. Closing the stream closes
     * the channel.
     *
     * @throws NullPointerException if {@code channel} is null
     * @throws ClosedResourceException if the channel is closed
     */
    public FileReadStream(FileChannel channel) {
        this(Objects.requireNonNull(channel, "channel"), null);
    }

    private FileReadStream(FileChannel channel, @Nullable Path path) {
        this.channel = channel;
        this.path = path;
        this.name = FileChannels.name(path, channel);
        try {
            this.position = channel.position();
        } catch (IOException e) {
            FileChannels.close(channel, name);
            throw new ClosedResourceException("The file channel of " + name + " is not usable: " + e);
        }
    }

    /**
     * Reads 1 to {@code maxBytes} bytes at the current position and advances it.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws EndOfStreamException at the end of the file
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if the thread is interrupted; see the class documentation
     */
    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        enter();
        try {
            // Size the array from the file size: no oversized allocation and no copy for the
            // usual case, the last chunk of a file included. The size is asked again (an fstat)
            // only near its end, where the file may have grown, or after a short read, where it
            // may have shrunk.
            long left = knownSize - position;
            if (left < maxBytes) {
                knownSize = channel.size();
                left = knownSize - position;
            }
            int size = (int) Math.min(maxBytes, left > 0 ? left : GROWING_FILE_READ);
            byte[] data = new byte[size];
            int n;
            try {
                n = read(ByteBuffer.wrap(data));
            } catch (EndOfStreamException e) {
                knownSize = -1;
                throw e;
            }
            if (n == size) {
                return data;
            }
            knownSize = -1;
            return Arrays.copyOf(data, n);
        } catch (IOException e) {
            throw FileChannels.translate(e, "reading", name, closed);
        } finally {
            guard.exit();
        }
    }

    /**
     * Reads 1 to {@code dst.remaining()} bytes straight into {@code dst}, advancing its position
     * and the stream's.
     *
     * @return the number of bytes read, at least 1
     * @throws IllegalArgumentException if {@code dst} has no room
     * @throws EndOfStreamException at the end of the file
     */
    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        Checks.requireRoom(dst);
        enter();
        try {
            return read(dst);
        } catch (IOException e) {
            throw FileChannels.translate(e, "reading", name, closed);
        } finally {
            guard.exit();
        }
    }

    /**
     * Moves the read position to {@code position} bytes from the start of the file. A position
     * past the end is allowed; reading there gives {@link EndOfStreamException}.
     *
     * @return the new position
     * @throws IllegalArgumentException if {@code position} is negative
     * @throws ClosedResourceException if this stream was closed
     */
    public long seek(long position) {
        Checks.requireNonNegative(position, "position");
        if (closed.get()) {
            throw new ClosedResourceException();
        }
        guard.enter();
        try {
            this.position = position;
            return position;
        } finally {
            guard.exit();
        }
    }

    /** The read position: how far from the start of the file the next byte is. Works after close. */
    public long tell() {
        return position;
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

    private void enter() throws InterruptedException {
        if (closed.get()) {
            throw new ClosedResourceException();
        }
        if (Thread.interrupted()) {
            // Checked before touching the channel, which an interrupt would close.
            throw new InterruptedException("Interrupted before reading " + name);
        }
        guard.enter();
    }

    private int read(ByteBuffer dst) throws IOException {
        int n = channel.read(dst, position);
        if (n < 0) {
            throw new EndOfStreamException();
        }
        position += n;
        return n;
    }

    @Override
    public String toString() {
        return "FileReadStream[" + name + "]";
    }
}
