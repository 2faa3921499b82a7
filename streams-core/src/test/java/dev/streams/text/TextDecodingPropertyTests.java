package dev.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.EndOfStreamException;
import dev.streams.buffered.ByteChunks;
import dev.streams.TextDecodingException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

/** Decoding random text under random chunkings gives what decoding all the bytes at once gives. */
class TextDecodingPropertyTests {

    @Property(tries = 300)
    void decodingEqualsDecodingTheConcatenatedBytes(@ForAll("text") String text, @ForAll("charsets") Charset charset,
            @ForAll("chunkSizes") List<Integer> chunkSizes) throws Exception {
        byte[] bytes = text.getBytes(charset);
        var stream = new TextReceiveStream(ByteChunks.of(split(bytes, chunkSizes)), charset);
        StringBuilder decoded = new StringBuilder();
        while (true) {
            try {
                String piece = stream.receive();
                assertThat(piece).isNotEmpty();
                decoded.append(piece);
            } catch (EndOfStreamException e) {
                break;
            }
        }
        assertThat(decoded.toString()).isEqualTo(new String(bytes, charset));
    }

    @Property(tries = 200)
    void sendingPiecesEqualsEncodingTheWhole(@ForAll("text") String text, @ForAll("charsets") Charset charset,
            @ForAll("chunkSizes") List<Integer> cuts) throws Exception {
        String clean = new String(text.getBytes(charset), charset); // only encodable characters
        var transport = new ByteChunks();
        var stream = new TextSendStream(transport, charset);
        int i = 0;
        for (int k = 0; i < clean.length(); k++) {
            int end = Math.min(clean.length(), i + cuts.get(k % cuts.size()));
            if (end < clean.length() && Character.isHighSurrogate(clean.charAt(end - 1))) {
                end++; // each string must be complete text
            }
            stream.send(clean.substring(i, end));
            i = end;
        }
        assertThat(new String(transport.sent(), charset)).isEqualTo(clean);
    }

    /**
     * Bytes near the Latin-1 fast path (ASCII runs, {@code C2|C3} sequences, stray continuation
     * and wider lead bytes) decode as the JDK decoder decodes them whole: under {@code REPLACE}
     * the same text, under {@code REPORT} the same text with each error where a U+FFFD would be.
     */
    @Property(tries = 300)
    void nearLatin1BytesDecodeAsTheJdkDecoderDecodesThemWhole(@ForAll("nearLatin1") byte[] bytes,
            @ForAll("asciiSupersets") Charset charset, @ForAll boolean report,
            @ForAll("longChunkSizes") List<Integer> chunkSizes) throws Exception {
        CodingErrorAction action = report ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        var stream = new TextReceiveStream(ByteChunks.of(split(bytes, chunkSizes)), charset, action);
        StringBuilder decoded = new StringBuilder();
        while (true) {
            try {
                String piece = stream.receive();
                assertThat(piece).isNotEmpty();
                decoded.append(piece);
            } catch (TextDecodingException e) {
                decoded.append('\uFFFD');
            } catch (EndOfStreamException e) {
                break;
            }
        }
        String whole = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(decoded.toString()).isEqualTo(whole);
    }

    static List<byte[]> split(byte[] data, List<Integer> sizes) {
        List<byte[]> chunks = new ArrayList<>();
        int i = 0;
        for (int k = 0; i < data.length; k++) {
            int n = Math.min(data.length - i, sizes.get(k % sizes.size()));
            chunks.add(Arrays.copyOfRange(data, i, i + n));
            i += n;
        }
        return chunks;
    }

    @Provide
    Arbitrary<String> text() {
        // All of Unicode, surrogate pairs included; unpaired surrogates become '?' in getBytes.
        return Arbitraries.strings().all().ofMaxLength(80);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1);
    }

    @Provide
    Arbitrary<byte[]> nearLatin1() {
        Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
        Arbitrary<Byte> other = Arbitraries.of((byte) 0xC2, (byte) 0xC3, (byte) 0x80, (byte) 0xA9, (byte) 0xBF,
                (byte) 0xC0, (byte) 0xC1, (byte) 0xC4, (byte) 0xE2, (byte) 0xF0, (byte) 0xFF, (byte) 0x00);
        return Arbitraries.frequencyOf(Tuple.of(8, ascii), Tuple.of(2, other)).list().ofMaxSize(300)
                .map(list -> {
                    byte[] bytes = new byte[list.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = list.get(i);
                    }
                    return bytes;
                });
    }

    @Provide
    Arbitrary<Charset> asciiSupersets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1);
    }

    @Provide
    Arbitrary<List<Integer>> longChunkSizes() {
        return Arbitraries.integers().between(1, 64).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 9).list().ofMinSize(1).ofMaxSize(10);
    }
}
