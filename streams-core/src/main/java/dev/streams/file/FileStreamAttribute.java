package dev.streams.file;

import dev.streams.TypedAttribute;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The extra attributes of {@link FileReadStream} and {@link FileWriteStream}.
 *
 * <pre>{@code
 * Path path = stream.extra(FileStreamAttribute.PATH);
 * long size = stream.extra(FileStreamAttribute.CHANNEL).size();
 * }</pre>
 *
 * <p>{@link #CHANNEL} is always present. {@link #PATH} is present only for streams opened with
 * {@code fromPath}; a stream built from a {@link FileChannel} has no path.
 *
 * <h2>Coming from AnyIO</h2>
 * AnyIO's {@code file} and {@code fileno} have no portable Java equivalent; {@code CHANNEL} gives
 * the open {@link FileChannel}.
 */
public final class FileStreamAttribute {

    /** The path the file was opened from. */
    public static final TypedAttribute<Path> PATH = TypedAttribute.of("path", Path.class);

    /** The open channel the stream reads or writes. */
    public static final TypedAttribute<FileChannel> CHANNEL = TypedAttribute.of("channel", FileChannel.class);

    private FileStreamAttribute() {
    }
}
