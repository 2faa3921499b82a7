/**
 * Files as byte streams: {@link dev.streams.file.FileReadStream} (with {@code seek}/{@code tell}) and
 * {@link dev.streams.file.FileWriteStream}, over {@link java.nio.channels.FileChannel}.
 */
@NullMarked
package dev.streams.file;

import org.jspecify.annotations.NullMarked;
