package dev.streams.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.streams.EndOfStreamException;
import dev.streams.TextDecodingException;
import dev.streams.buffered.ByteChunks;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The UTF-8 fast paths (Latin-1 text without the decoder; a character cut by a chunk's end decoded
 * from its carried start and the next chunk's first bytes, without joining the chunks) decode
 * exactly as the JDK decoder decodes the whole input: same text, same errors at the same places,
 * under every error action and every chunking.
 */
@Timeout(30)
class TextFastPathTests {

    /** Valid characters of every length, a U+FFFD that was really sent, and every kind of bad sequence. */
    private static final int[][] PIECES = {
            {'a'}, {'Z'}, {' '}, {0x00}, {0x7F},
            {0xC3, 0xA9}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xD0, 0x9F},            // é, U+0080, U+07FF, П
            {0xE2, 0x82, 0xAC}, {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xEF, 0xBF, 0xBF}, // €, U+0800, U+D7FF, U+FFFF
            {0xE4, 0xBD, 0xA0}, {0xEF, 0xBF, 0xBD},                                // 你, U+FFFD as text
            {0xF0, 0x9F, 0x98, 0x80}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, // 😀, U+10000, U+10FFFF
            // malformed: overlong forms
            {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
            // malformed: surrogates, beyond U+10FFFF, bytes no character starts with
            {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8}, {0xFF},
            // malformed: stray continuation bytes, characters cut short
            {0x80}, {0xBF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xF0, 0x9F}, {0xC3},
    };

    @Property(tries = 400)
    void utf8DecodesAsTheJdkDecoderDecodesTheWholeInput(@ForAll("utf8ish") byte[] bytes,
            @ForAll("chunkSizes") List<Integer> chunkSizes, @ForAll("actions") CodingErrorAction action) throws Exception {
        var stream = new TextReceiveStream(ByteChunks.of(TextDecodingPropertyTests.split(bytes, chunkSizes)),
                StandardCharsets.UTF_8, action);
        StringBuilder decoded = new StringBuilder();
        while (true) {
            try {
                String piece = stream.receive();
                assertThat(piece).isNotEmpty();
                decoded.append(piece);
            } catch (TextDecodingException e) {
                assertThat(action).isEqualTo(CodingErrorAction.REPORT);
                decoded.append('\uFFFD'); // where the JDK decoder puts one under REPLACE
            } catch (EndOfStreamException e) {
                break;
            }
        }
        CodingErrorAction wholeAction = action == CodingErrorAction.IGNORE ? action : CodingErrorAction.REPLACE;
        assertThat(decoded.toString()).isEqualTo(decodeWhole(bytes, wholeAction));
    }

    /** Under REPORT, the text before each error comes out first, and nothing after it, as the JDK reports. */
    @Property(tries = 200)
    void reportGivesTheTextBeforeTheFirstErrorThenTheError(@ForAll("utf8ish") byte[] bytes,
            @ForAll("chunkSizes") List<Integer> chunkSizes) throws Exception {
        var stream = new TextReceiveStream(ByteChunks.of(TextDecodingPropertyTests.split(bytes, chunkSizes)));
        StringBuilder beforeError = new StringBuilder();
        TextDecodingException error = null;
        while (error == null) {
            try {
                beforeError.append(stream.receive());
            } catch (TextDecodingException e) {
                error = e;
            } catch (EndOfStreamException e) {
                break;
            }
        }
        var jdk = StandardCharsets.UTF_8.newDecoder(); // REPORT
        var out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = jdk.decode(ByteBuffer.wrap(bytes), out, true);
        assertThat(beforeError.toString()).isEqualTo(out.flip().toString());
        assertThat(error != null).as("an error reported").isEqualTo(result.isError());
    }

    @Test
    void aStartOfACharacterThatIsAlreadyMalformedIsReportedWithoutWaitingForMoreInput() throws Exception {
        for (int[] cut : new int[][] {{0xE0, 0x80}, {0xF0, 0x80}, {0xF4, 0x90}, {0xF5}, {0xE2, 0x41}}) {
            var source = new ByteChunks().add(TextStreamsTests.bytes(concat(new int[] {'o', 'k'}, cut)));
            var stream = new TextReceiveStream(source); // the source never ends: a wait would time out
            assertThat(stream.receive()).isEqualTo("ok");
            assertThatThrownBy(stream::receive).as("%s", Arrays.toString(cut))
                    .isInstanceOf(TextDecodingException.class).hasCauseInstanceOf(MalformedInputException.class);
        }
    }

    @Test
    void aValidStartOfACharacterWaitsForItsEndEvenIfItWillTurnOutASurrogate() throws Exception {
        var source = new ByteChunks().add(TextStreamsTests.bytes('a', 0xF0, 0x9F, 0x98));
        var stream = new TextReceiveStream(source);
        assertThat(stream.receive()).isEqualTo("a");
        source.add(TextStreamsTests.bytes(0x80, 'b', 0xED, 0xA0));
        assertThat(stream.receive()).isEqualTo("😀b");
        source.add(TextStreamsTests.bytes(0x80, 'c'));
        assertThatThrownBy(stream::receive).isInstanceOf(TextDecodingException.class); // ED A0 80: a surrogate
        assertThat(stream.receive()).isEqualTo("c");
    }

    @Test
    void aReplacementCharacterThatWasSentIsTextUnderReport() throws Exception {
        String text = "x\uFFFDy".repeat(100) + "é€😀";
        var stream = new TextReceiveStream(ByteChunks.of(List.of(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(String.join("", TextStreamsTests.drain(stream))).isEqualTo(text);
    }

    // Issue 17: buffers that keep their high-water mark.

    @Test
    void anIdleUtf8StreamDoesNotKeepTheChunkItLastReceived() throws Exception {
        byte[] latin = ("café ".repeat(13_107) + "x").getBytes(StandardCharsets.UTF_8); // 65 536 bytes
        byte[] wide = ("Привет мир ".repeat(3_200)).getBytes(StandardCharsets.UTF_8);
        for (byte[] text : List.of(latin, wide)) {
            byte[] chunk = Arrays.copyOf(text, 65_536);
            chunk[chunk.length - 1] = (byte) 0xE2; // the first byte of a character still to come
            var source = new ByteChunks().add(chunk);
            var stream = new TextReceiveStream(source);
            assertThat(stream.receive()).isNotEmpty();
            // Between calls (an idle connection) it keeps the cut byte, not the 64 KiB chunk, and
            // at most one 16 KiB scratch buffer.
            assertThat(stream.retainedBytes()).isLessThanOrEqualTo(TextReceiveStream.MAX_KEPT_CHARS * 2 + 64);
            source.add(TextStreamsTests.bytes(0x82, 0xAC));
            assertThat(stream.receive()).isEqualTo("€");
        }
    }

    @Test
    void aBigChunkInAWideCharsetIsNotKeptAsTheCharacterBuffer() throws Exception {
        var source = new ByteChunks().add("ab".repeat(16_384).getBytes(StandardCharsets.UTF_16BE)); // 64 KiB
        var stream = new TextReceiveStream(source, StandardCharsets.UTF_16BE);
        assertThat(stream.receive()).hasSize(32_768);
        assertThat(stream.retainedBytes()).isLessThanOrEqualTo(TextReceiveStream.MAX_KEPT_CHARS * 2 + 64);
        source.add("cd".getBytes(StandardCharsets.UTF_16BE));
        assertThat(stream.receive()).isEqualTo("cd");
        assertThat(stream.retainedBytes()).isLessThanOrEqualTo(TextReceiveStream.MAX_KEPT_CHARS * 2 + 64);
    }

    @Test
    void eightKibChunksOfWideTextReuseOneCharacterBuffer() throws Exception {
        byte[] text = "Привет, мир! 😀 ".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        var stream = new TextReceiveStream(ByteChunks.of(TextDecodingPropertyTests.split(text, List.of(8192))));
        stream.receive();
        int kept = stream.retainedBytes();
        StringBuilder decoded = new StringBuilder();
        while (true) {
            try {
                decoded.append(stream.receive());
                assertThat(stream.retainedBytes()).isGreaterThan(8192 * 2).isCloseTo(kept, within(8)); // kept, not dropped
            } catch (EndOfStreamException e) {
                break;
            }
        }
        assertThat(decoded.length()).isGreaterThan(0);
    }

    private static String decodeWhole(byte[] bytes, CodingErrorAction action) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<int[]> valid = Arbitraries.of(Arrays.copyOfRange(PIECES, 0, 18));
        Arbitrary<int[]> any = Arbitraries.of(PIECES);
        return Arbitraries.frequencyOf(Tuple.of(12, valid), Tuple.of(1, any)).list().ofMaxSize(200).map(pieces -> {
            List<Byte> bytes = new ArrayList<>();
            for (int[] piece : pieces) {
                for (int b : piece) {
                    bytes.add((byte) b);
                }
            }
            byte[] result = new byte[bytes.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = bytes.get(i);
            }
            return result;
        });
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> large = Arbitraries.integers().between(10, 300);
        return Arbitraries.frequencyOf(Tuple.of(3, small), Tuple.of(2, large)).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<CodingErrorAction> actions() {
        return Arbitraries.of(CodingErrorAction.REPORT, CodingErrorAction.REPLACE, CodingErrorAction.IGNORE);
    }
}
