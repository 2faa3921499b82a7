package dev.streams.buffered;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.EndOfStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code receiveUntil(delimiter, maxBytes, charset)}, which decodes straight from the read buffer,
 * gives exactly what {@code new String(receiveUntil(delimiter, maxBytes), charset)} gives: the same
 * strings (malformed input and characters cut by a chunk's end included) and the same exceptions,
 * for random UTF-8 (valid and not), random chunkings and random sequences of calls. Two streams
 * read the same chunks, one through each path, and must stay in step to the end.
 */
class BufferedDecodedFramingPropertyTests {

    static final byte[][] DELIMITERS = {{'\n'}, {'\r', '\n'}, {'a', 'b', 'a'}};
    static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};

    /** UTF-8 pieces: ASCII, 2-, 3- and 4-byte characters, and bytes that are malformed on their own. */
    static final byte[][] PIECES = {
        {'a'}, {'b'}, {'x'}, {'\r'}, {'\n'},
        {(byte) 0xC3, (byte) 0xA9},                           // é
        {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},              // €
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // 😀
        {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, // stray continuation, invalid, truncated
    };

    /** A receiveUntil call: DELIMITERS[delimiter], limit, CHARSETS[charset]. */
    record Op(int delimiter, int limit, int charset) {
    }

    @Property(tries = 500)
    void decodingFromTheBufferEqualsDecodingTheReturnedBytes(@ForAll("data") byte[] data,
            @ForAll("chunkSizes") List<Integer> chunkSizes, @ForAll("ops") List<Op> ops,
            @ForAll boolean objectSource) throws Exception {
        List<byte[]> chunks = BufferedFramingPropertyTests.split(data, chunkSizes);
        BufferedByteReceiveStream bytes = stream(chunks, objectSource);
        BufferedByteReceiveStream decoded = stream(chunks, objectSource);
        for (Op op : ops) {
            byte[] delimiter = DELIMITERS[op.delimiter()];
            Charset charset = CHARSETS[op.charset()];
            Object expected;
            try {
                expected = new String(bytes.receiveUntil(delimiter, op.limit()), charset);
            } catch (Exception e) {
                expected = e.getClass();
            }
            Object actual;
            try {
                actual = decoded.receiveUntil(delimiter, op.limit(), charset);
            } catch (Exception e) {
                actual = e.getClass();
            }
            Statistics.label("outcome").collect(outcome(actual));
            assertThat(actual).isEqualTo(expected);
            assertThat(decoded.buffer()).isEqualTo(bytes.buffer());
        }
        // in step to the end: what is left is the same bytes
        assertThat(drain(decoded)).isEqualTo(drain(bytes));
        // not vacuous: every outcome, replacement characters included, really happened
        Statistics.label("outcome").coverage(coverage -> {
            for (String outcome : List.of("text", "replaced", "DelimiterNotFoundException", "IncompleteReadException")) {
                coverage.check(outcome).count(count -> count > 10);
            }
        });
    }

    private static String outcome(Object result) {
        if (result instanceof String text) {
            return text.indexOf('\uFFFD') >= 0 ? "replaced" : "text";
        }
        return ((Class<?>) result).getSimpleName();
    }

    private static BufferedByteReceiveStream stream(List<byte[]> chunks, boolean objectSource) {
        ByteChunks source = ByteChunks.of(chunks.stream().map(byte[]::clone).toList());
        return objectSource ? BufferedByteReceiveStream.ofObjects(source.objects()) : new BufferedByteReceiveStream(source);
    }

    private static byte[] drain(BufferedByteReceiveStream stream) throws InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            try {
                all.writeBytes(stream.receive(7));
            } catch (EndOfStreamException e) {
                return all.toByteArray();
            }
        }
    }

    @Provide
    Arbitrary<byte[]> data() {
        return Arbitraries.of(PIECES).list().ofMaxSize(150).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, DELIMITERS.length - 1),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(0, CHARSETS.length - 1))
                .as(Op::new)
                .list().ofMaxSize(25);
    }
}
