package dev.streams.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.streams.BusyResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TypedAttributeLookupException;
import dev.streams.buffered.BlockedCall;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class FileStreamsTests {

    @TempDir
    Path dir;

    Path hello;

    @BeforeEach
    void writeHello() throws Exception {
        hello = Files.writeString(dir.resolve("hello.txt"), "Hello");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsFileFromPath() throws Exception {
        // checklist 60
        try (var stream = FileReadStream.fromPath(hello)) {
            assertThat(stream.receive(3)).isEqualTo(ascii("Hel"));
            assertThat(stream.receive(3)).isEqualTo(ascii("lo"));
            assertThatThrownBy(() -> stream.receive(1)).isInstanceOf(EndOfStreamException.class);
        }
    }

    @Test
    void readsFileFromOpenChannelAtItsPosition() throws Exception {
        // checklist 61
        FileChannel channel = FileChannel.open(hello, StandardOpenOption.READ);
        try (var stream = new FileReadStream(channel)) {
            assertThat(stream.receive(3)).isEqualTo(ascii("Hel"));
            assertThat(stream.receive(3)).isEqualTo(ascii("lo"));
            assertThatThrownBy(() -> stream.receive(1)).isInstanceOf(EndOfStreamException.class);
        }
        assertThat(channel.isOpen()).isFalse();

        FileChannel moved = FileChannel.open(hello, StandardOpenOption.READ).position(1);
        try (var stream = new FileReadStream(moved)) {
            assertThat(stream.tell()).isEqualTo(1);
            assertThat(stream.receive()).isEqualTo(ascii("ello"));
        }
    }

    @Test
    void receiveAfterCloseThrowsClosedResource() {
        // checklist 62
        var stream = FileReadStream.fromPath(hello);
        stream.close();
        stream.close();
        assertThatThrownBy(stream::receive).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.receive(ByteBuffer.allocate(1))).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> stream.seek(0)).isInstanceOf(ClosedResourceException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void receiveRejectsNonPositiveMaxBytes(int maxBytes) {
        // checklist 63
        try (var stream = FileReadStream.fromPath(hello)) {
            assertThatIllegalArgumentException().isThrownBy(() -> stream.receive(maxBytes))
                    .withMessageStartingWith("maxBytes must be a positive integer");
        }
    }

    @Test
    void seekMovesTheReadPosition() throws Exception {
        // checklist 64
        try (var stream = FileReadStream.fromPath(hello)) {
            assertThat(stream.seek(2)).isEqualTo(2);
            assertThat(stream.tell()).isEqualTo(2);
            assertThat(stream.receive()).isEqualTo(ascii("llo"));
            assertThat(stream.tell()).isEqualTo(5);
            assertThat(stream.seek(0)).isZero();
            assertThat(stream.receive(1)).isEqualTo(ascii("H"));
            stream.seek(100);
            assertThatThrownBy(stream::receive).isInstanceOf(EndOfStreamException.class);
            assertThatIllegalArgumentException().isThrownBy(() -> stream.seek(-1)).withMessageContaining("position");
        }
    }

    @Test
    void readsWhatAFileGrewOrShrankToBetweenReads() throws Exception {
        Path file = Files.write(dir.resolve("changing.bin"), new byte[100]);
        try (FileReadStream in = FileReadStream.fromPath(file)) {
            assertThat(in.receive(60)).hasSize(60);
            Files.write(file, new byte[100], StandardOpenOption.APPEND); // grew to 200
            assertThat(in.receive(1000)).hasSize(140);
            assertThatThrownBy(() -> in.receive(10)).isInstanceOf(EndOfStreamException.class);
            try (FileChannel shrink = FileChannel.open(file, StandardOpenOption.WRITE)) {
                shrink.truncate(50);
            }
            in.seek(20);
            assertThat(in.receive(1000)).hasSize(30);
            assertThatThrownBy(() -> in.receive(1000)).isInstanceOf(EndOfStreamException.class);
        }
    }

    @Test
    void readStreamExposesPathAndChannel() {
        // checklist 65
        try (var stream = FileReadStream.fromPath(hello)) {
            assertThat(stream.extra(FileStreamAttribute.PATH)).isEqualTo(hello);
            assertThat(stream.extra(FileStreamAttribute.CHANNEL).isOpen()).isTrue();
        }
    }

    @Test
    void writeStreamCreatesOrTruncates() throws Exception {
        // checklist 66
        Path created = dir.resolve("new.txt");
        for (Path path : new Path[] {created, hello}) {
            try (var stream = FileWriteStream.fromPath(path)) {
                stream.send(ascii("Hel"));
                stream.send(ascii("lo"));
                stream.send(new byte[0]);
            }
            assertThat(Files.readString(path)).isEqualTo("Hello");
        }
        try (var stream = FileWriteStream.fromPath(hello)) {
            stream.send(ascii("Hi"));
        }
        assertThat(Files.readString(hello)).isEqualTo("Hi");
    }

    @Test
    void writeStreamAppends() throws Exception {
        // checklist 67
        try (var stream = FileWriteStream.fromPath(hello, true)) {
            stream.send(ascii(", World!"));
        }
        assertThat(Files.readString(hello)).isEqualTo("Hello, World!");
    }

    @Test
    void sendAfterCloseThrowsClosedResource() {
        // checklist 68
        var stream = FileWriteStream.fromPath(hello);
        stream.close();
        stream.close();
        assertThatThrownBy(() -> stream.send(ascii("x"))).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void writeStreamExposesPathAndChannel() {
        // checklist 69
        try (var stream = FileWriteStream.fromPath(hello, true)) {
            assertThat(stream.extra(FileStreamAttribute.PATH)).isEqualTo(hello);
            assertThat(stream.extra(FileStreamAttribute.CHANNEL).isOpen()).isTrue();
        }
    }

    @Test
    void streamOverChannelHasTheChannelButNoPath() throws Exception {
        // checklist 70
        FileChannel channel = FileChannel.open(hello, StandardOpenOption.READ);
        try (var stream = new FileReadStream(channel)) {
            assertThat(stream.extra(FileStreamAttribute.CHANNEL)).isSameAs(channel);
            assertThatThrownBy(() -> stream.extra(FileStreamAttribute.PATH)).isInstanceOf(TypedAttributeLookupException.class);
            assertThat(stream.extra(FileStreamAttribute.PATH, null)).isNull();
        }
        FileChannel writeChannel = FileChannel.open(dir.resolve("w"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try (var stream = new FileWriteStream(writeChannel)) {
            assertThat(stream.extra(FileStreamAttribute.CHANNEL)).isSameAs(writeChannel);
            assertThat(stream.extraAttributes()).doesNotContainKey(FileStreamAttribute.PATH);
        }
    }

    @Test
    void missingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> FileReadStream.fromPath(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> FileWriteStream.fromPath(dir.resolve("no-dir").resolve("x.txt")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no-dir");
    }

    @Test
    void directoryIsReportedWithItsPath() {
        assertThatThrownBy(() -> FileReadStream.fromPath(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> FileWriteStream.fromPath(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void unopenablePathIsReportedWithItsPathAndTheReason() throws Exception {
        // runs as root too (which reads any file regardless of permissions): a file is no directory
        Path underAFile = hello.resolve("x.txt");
        assertThatThrownBy(() -> FileReadStream.fromPath(underAFile))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(underAFile.toString())
                .hasMessageContaining("Not a directory")
                .hasCauseInstanceOf(java.nio.file.FileSystemException.class);
        assertThatThrownBy(() -> FileWriteStream.fromPath(underAFile))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(underAFile.toString())
                .hasMessageContaining("Not a directory");
    }

    @Test
    void unreadableFileIsReportedWithItsPath() throws Exception {
        Files.setPosixFilePermissions(hello, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(hello), "[root] permission bits do not stop root; "
                + "unopenablePathIsReportedWithItsPathAndTheReason covers the reporting");
        assertThatThrownBy(() -> FileReadStream.fromPath(hello))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(hello.toString())
                .hasMessageContaining("permission denied");
    }

    @Test
    void receiveIntoByteBufferReadsStraightIntoIt() throws Exception {
        try (var stream = FileReadStream.fromPath(hello)) {
            ByteBuffer dst = ByteBuffer.allocateDirect(16);
            dst.put((byte) '>');
            assertThat(stream.receive(dst)).isEqualTo(5);
            assertThat(dst.flip()).isEqualTo(ByteBuffer.wrap(ascii(">Hello")));
            assertThat(stream.tell()).isEqualTo(5);
            assertThatThrownBy(() -> stream.receive(ByteBuffer.allocate(4))).isInstanceOf(EndOfStreamException.class);
            assertThatIllegalArgumentException().isThrownBy(() -> stream.receive(ByteBuffer.allocate(0)));
        }
    }

    @Test
    void sendOfByteBufferConsumesIt() throws Exception {
        Path out = dir.resolve("out.bin");
        try (var stream = FileWriteStream.fromPath(out)) {
            ByteBuffer src = ByteBuffer.wrap(ascii("xxabcxx")).position(2).limit(5);
            stream.send(src);
            assertThat(src.hasRemaining()).isFalse();
        }
        assertThat(Files.readString(out)).isEqualTo("abc");
    }

    @Test
    void interruptFlagIsCheckedBeforeTouchingTheChannel() throws Exception {
        try (var stream = FileReadStream.fromPath(hello); var out = FileWriteStream.fromPath(dir.resolve("o"))) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(stream::receive).isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> out.send(ascii("x"))).isInstanceOf(InterruptedException.class);
            // the channels survived: nothing was closed by the interrupt
            assertThat(stream.receive()).isEqualTo(ascii("Hello"));
            out.send(ascii("y"));
        }
    }

    @Test
    void interruptDuringReadClosesTheStreamAndKeepsThePosition() throws Exception {
        var stalling = new StallingFileChannel(FileChannel.open(hello, StandardOpenOption.READ));
        var stream = new FileReadStream(stalling);
        stream.seek(2);
        var reader = BlockedCall.start(stream::receive);
        assertThat(reader.interruptAndAwaitFailure()).isInstanceOf(InterruptedException.class)
                .hasMessageContaining("closed")
                .hasCauseInstanceOf(ClosedByInterruptException.class);
        assertThat(reader.interruptFlagAfterFailure()).isFalse();
        assertThat(stalling.isOpen()).isFalse();
        assertThatThrownBy(stream::receive).isInstanceOf(ClosedResourceException.class);
        assertThat(stream.tell()).isEqualTo(2); // resume from here after reopening
        try (var reopened = FileReadStream.fromPath(hello)) {
            reopened.seek(stream.tell());
            assertThat(reopened.receive()).isEqualTo(ascii("llo"));
        }
    }

    @Test
    void closeFromAnotherThreadEndsABlockedRead() throws Exception {
        var stream = new FileReadStream(new StallingFileChannel(FileChannel.open(hello, StandardOpenOption.READ)));
        var reader = BlockedCall.start(stream::receive);
        assertThatThrownBy(stream::receive).isInstanceOf(BusyResourceException.class);
        stream.close();
        assertThat(reader.awaitFailure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void argumentsAreCheckedByName() {
        assertThatNullPointerException().isThrownBy(() -> FileReadStream.fromPath(null)).withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> FileWriteStream.fromPath(null)).withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> new FileReadStream(null)).withMessage("channel");
        try (var stream = FileWriteStream.fromPath(hello, true)) {
            assertThatNullPointerException().isThrownBy(() -> stream.send((byte[]) null)).withMessage("data");
        }
    }
}
