package dev.streams.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.EndOfStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever is written in whatever pieces reads back identically, in whatever pieces. */
class FileRoundTripPropertyTests {

    static Path dir;

    @BeforeContainer
    static void createDirectory() throws Exception {
        dir = Files.createTempDirectory("file-round-trip");
    }

    @AfterContainer
    static void deleteDirectory() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 100)
    void writeThenReadRoundTrips(@ForAll("chunks") List<byte[]> chunks, @ForAll("sizes") List<Integer> readSizes,
            @ForAll boolean intoByteBuffers) throws Exception {
        Path file = Files.createTempFile(dir, "data", ".bin");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (var out = FileWriteStream.fromPath(file)) {
            for (byte[] chunk : chunks) {
                out.send(chunk);
                expected.writeBytes(chunk);
            }
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (var in = FileReadStream.fromPath(file)) {
            for (int k = 0; ; k++) {
                int size = readSizes.get(k % readSizes.size());
                try {
                    if (intoByteBuffers) {
                        ByteBuffer dst = ByteBuffer.allocate(size);
                        int n = in.receive(dst);
                        assertThat(n).isBetween(1, size);
                        actual.write(dst.array(), 0, n);
                    } else {
                        byte[] data = in.receive(size);
                        assertThat(data.length).isBetween(1, size);
                        actual.writeBytes(data);
                    }
                } catch (EndOfStreamException e) {
                    break;
                }
            }
            assertThat(in.tell()).isEqualTo(expected.size());
        }
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        Files.delete(file);
    }

    @Provide
    Arbitrary<List<byte[]>> chunks() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(5000).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> sizes() {
        return Arbitraries.integers().between(1, 9000).list().ofMinSize(1).ofMaxSize(5);
    }
}
