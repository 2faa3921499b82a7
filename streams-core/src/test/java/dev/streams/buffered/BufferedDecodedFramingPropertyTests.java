package dev.streams.buffered;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.EndOfStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code receiveUntil(delimiter, maxBytes, charset)}, which decodes straight from the read buffer,
 * gives exactly what {@code new String(receiveUntil(delimiter, maxBytes), charset)} gives: the same
 * strings (malformed input and characters cut by a chunk's end included) and the same exceptions,
 * for random UTF-8 (valid and not), random chunkings and random sequences of calls. Two streams
 * read the same chunks, one through each path, and must stay in step to the end. Every way
 * {@link Utf8Records} decodes (its loop, its fallback, the ASCII start) is covered.
 */
class BufferedDecodedFramingPropertyTests {

    static final byte[][] DELIMITERS = {{'\n'}, {'\r', '\n'}, {'a', 'b', 'a'}};
    static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};

    /** Well-formed UTF-8 pieces: ASCII and 2-, 3- and 4-byte characters. */
    static final byte[][] WELL_FORMED = {
        {'a'}, {'b'}, {'x'}, {'\r'}, {'\n'},
        {(byte) 0xC3, (byte) 0xA9},                           // é
        {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},              // €
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // 😀
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF},              // U+FFFF
        {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, // U+10FFFF
    };

    /** Ill-formed pieces: each must make the decoder fall back, and be replaced as the JDK replaces it. */
    static final byte[][] ILL_FORMED = {
        {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},       // stray continuation, invalid, truncated
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF},         // overlong 2-byte forms
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80},                        // overlong 3-byte form
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},                        // a surrogate, U+D800
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},           // overlong 4-byte form
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},           // above U+10FFFF
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // a 5-byte form
        {(byte) 0xC3, 'a'}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},    // missing continuations
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
                byte[] record = bytes.receiveUntil(delimiter, op.limit());
                expected = new String(record, charset);
                Statistics.label("path").collect(path(record, charset));
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
        // not vacuous: every outcome, replacement characters included, and every decoding path really happened
        Statistics.label("outcome").coverage(coverage -> {
            for (String outcome : List.of("text", "replaced", "DelimiterNotFoundException", "IncompleteReadException")) {
                coverage.check(outcome).count(count -> count > 10);
            }
        });
        Statistics.label("path").coverage(coverage -> {
            for (String path : List.of("UTF-8 loop", "UTF-8 loop, fallen back", "UTF-8 ASCII start", "other charset")) {
                coverage.check(path).count(count -> count > 10);
            }
        });
    }

    /** The records Utf8Records decodes against a reference decoder, whatever the bytes and their offset. */
    @Property(tries = 1000)
    void utf8RecordsDecodeAsTheStringConstructor(@ForAll("records") byte[] record) {
        byte[] padded = new byte[record.length + 10]; // decode from an offset inside a larger array
        System.arraycopy(record, 0, padded, 3, record.length);
        String decoded = new Utf8Records().decode(padded, 3, 3 + record.length);
        Statistics.label("path").collect(path(record, StandardCharsets.UTF_8));
        assertThat(decoded).isEqualTo(new String(record, StandardCharsets.UTF_8));
    }

    /** Which way receiveUntil(.., charset) decodes {@code record} (mirrors Utf8Records.decode). */
    static String path(byte[] record, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return "other charset";
        }
        boolean asciiStart = true;
        for (int i = 0; i < Math.min(16, record.length); i++) {
            asciiStart &= record[i] >= 0;
        }
        if (record.length < 16 || asciiStart) {
            return "UTF-8 ASCII start";
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(record)); // REPORT: throws on ill-formed input
            return "UTF-8 loop";
        } catch (CharacterCodingException e) {
            return "UTF-8 loop, fallen back";
        }
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

    /** Well-formed UTF-8, or UTF-8 with ill-formed pieces mixed in, in lines of 0 to about 60 bytes. */
    @Provide
    Arbitrary<byte[]> data() {
        Arbitrary<byte[]> wellFormed = Arbitraries.of(WELL_FORMED);
        Arbitrary<byte[]> mixed = Arbitraries.frequencyOf(
                Tuple.of(6, wellFormed), Tuple.of(1, Arbitraries.of(ILL_FORMED)));
        return Arbitraries.oneOf(wellFormed.list().ofMaxSize(150), mixed.list().ofMaxSize(150)).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /**
     * Records for the decoder alone: well-formed UTF-8; well-formed UTF-8 with a non-ASCII start and
     * one ill-formed piece inside (so that each kind is the first the loop meets); random bytes.
     */
    @Provide
    Arbitrary<byte[]> records() {
        Arbitrary<List<byte[]>> wellFormed = Arbitraries.of(WELL_FORMED).list().ofMaxSize(40);
        Arbitrary<byte[]> oneIllFormed = Combinators.combine(wellFormed, Arbitraries.of(ILL_FORMED), wellFormed)
                .as((before, bad, after) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(WELL_FORMED[5]); // a non-ASCII start: the loop, not the constructor, decodes
                    before.forEach(out::writeBytes);
                    out.writeBytes(bad);
                    after.forEach(out::writeBytes);
                    return out.toByteArray();
                });
        Arbitrary<byte[]> allWellFormed = wellFormed.map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
        return Arbitraries.oneOf(allWellFormed, oneIllFormed, Arbitraries.bytes().array(byte[].class).ofMaxSize(80));
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, DELIMITERS.length - 1),
                        Arbitraries.frequencyOf( // mostly limits that lines fit in, some that they do not
                                Tuple.of(1, Arbitraries.integers().between(1, 20)),
                                Tuple.of(3, Arbitraries.integers().between(60, 120))),
                        Arbitraries.frequencyOf( // mostly UTF-8, the charset with its own decoding path
                                Tuple.of(4, Arbitraries.just(0)),
                                Tuple.of(1, Arbitraries.integers().between(1, CHARSETS.length - 1))))
                .as(Op::new)
                .list().ofMaxSize(25);
    }
}
