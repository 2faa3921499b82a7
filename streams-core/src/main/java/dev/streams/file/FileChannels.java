package dev.streams.file;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.TypedAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FileReadStream} and {@link FileWriteStream} share: opening with messages that name
 * the file, translating channel exceptions into stream exceptions, attributes and closing.
 */
final class FileChannels {

    private static final System.Logger LOG = System.getLogger(FileChannels.class.getName());

    private FileChannels() {
    }

    /**
     * Opens {@code path}; {@code purpose} is "reading" or "writing".
     *
     * @throws UncheckedIOException naming the path and the reason (no such file, a directory,
     *     permission denied, ...), with the {@link IOException} as cause
     */
    static FileChannel open(Path path, String purpose, OpenOption... options) {
        // Linux opens a directory for reading without complaint and fails only on the first read;
        // say so up front, where the message can name the path.
        if (Files.isDirectory(path)) {
            throw cannotOpen(path, purpose, new FileSystemException(path.toString(), null, "Is a directory"));
        }
        try {
            return FileChannel.open(path, options);
        } catch (IOException e) {
            throw cannotOpen(path, purpose, e);
        }
    }

    private static UncheckedIOException cannotOpen(Path path, String purpose, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return new UncheckedIOException("Cannot open " + path + " for " + purpose + ": " + reason, e);
    }

    /**
     * Translates an exception of a channel operation on the stream whose flag is {@code closed}.
     * An interrupt closed the channel ({@link java.nio.channels.InterruptibleChannel}): the stream
     * is marked closed and this throws {@link InterruptedException} with the interrupt flag
     * cleared, as any blocking call does. A stream closed meanwhile reports being closed.
     */
    static RuntimeException translate(IOException e, String action, String name, AtomicBoolean closed)
            throws InterruptedException {
        if (e instanceof ClosedByInterruptException) {
            closed.set(true);
            Thread.interrupted(); // the flag is reported by the InterruptedException instead
            InterruptedException interrupted = new InterruptedException("Interrupted while " + action + " " + name
                    + "; the interrupt closed the file channel, so this stream is closed");
            interrupted.initCause(e);
            throw interrupted;
        }
        if (closed.get()) {
            return new ClosedResourceException();
        }
        if (e instanceof ClosedChannelException) {
            return new ClosedResourceException("The file channel of " + name + " was closed");
        }
        return new BrokenResourceException("Failed " + action + " " + name, e);
    }

    static Map<TypedAttribute<?>, Supplier<?>> attributes(@Nullable Path path, FileChannel channel) {
        Map<TypedAttribute<?>, Supplier<?>> attributes = new HashMap<>();
        attributes.put(FileStreamAttribute.CHANNEL, () -> channel);
        if (path != null) {
            attributes.put(FileStreamAttribute.PATH, () -> path);
        }
        return Map.copyOf(attributes);
    }

    /** Closes the channel the first time the stream's flag goes from open to closed. */
    static void closeOnce(AtomicBoolean closed, FileChannel channel, String name) {
        if (closed.compareAndSet(false, true)) {
            close(channel, name);
        }
    }

    static void close(FileChannel channel, String name) {
        try {
            channel.close();
        } catch (IOException e) {
            // close() must not throw; a failure here (e.g. a network file system reporting a
            // deferred write error) is worth a warning.
            LOG.log(System.Logger.Level.WARNING, "Failed to close " + name, e);
        }
    }

    static String name(@Nullable Path path, FileChannel channel) {
        return path != null ? path.toString() : channel.toString();
    }
}
