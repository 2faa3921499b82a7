package dev.streams.buffered;

import static dev.streams.buffered.ByteChunks.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 17, "buffers that keep their high-water mark": one large frame must not pin its memory for
 * the connection's life, and {@code receiveExactly} has a bound that a length chosen by the peer
 * cannot pass.
 */
@Timeout(10)
class BufferedMemoryBoundsTests {

    private static byte[] filled(int length, char c) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    @Test
    void aLargeFrameDoesNotPinItsBufferOnceReceived() throws Exception {
        var source = new ByteChunks();
        for (int i = 0; i < 16; i++) {
            source.add(filled(64 * 1024, 'x')); // one 1 MiB frame in 64 KiB segments
        }
        var stream = new BufferedByteReceiveStream(source);
        assertThat(stream.receiveExactly(1024 * 1024)).hasSize(1024 * 1024);
        assertThat(stream.capacity()).isLessThanOrEqualTo(BufferedByteReceiveStream.MAX_KEPT_CAPACITY);
        source.add(ascii("next\n"));
        assertThat(stream.receiveUntil(ascii("\n"), 100)).isEqualTo(ascii("next"));
        assertThat(stream.capacity()).isLessThanOrEqualTo(BufferedByteReceiveStream.MAX_KEPT_CAPACITY);
    }

    @Test
    void bytesLeftBehindALargeFrameMoveToASmallBuffer() throws Exception {
        byte[] frameAndMore = Arrays.copyOf(filled(200 * 1024, 'x'), 200 * 1024 + 5);
        System.arraycopy(ascii("tail!"), 0, frameAndMore, 200 * 1024, 5);
        var source = new ByteChunks().add(frameAndMore);
        var stream = BufferedByteReceiveStream.ofObjects(source.objects()); // the whole item is buffered
        assertThat(stream.receiveExactly(200 * 1024)).containsOnly((byte) 'x');
        assertThat(stream.capacity()).isLessThanOrEqualTo(BufferedByteReceiveStream.MAX_KEPT_CAPACITY);
        assertThat(stream.buffer()).isEqualTo(ascii("tail!"));
        assertThat(stream.receiveUntil(BufferedByteReceiveStreamTests.BANG, 10)).isEqualTo(ascii("tail"));
    }

    @Test
    void framesUpToTheKeptSizeReuseOneBuffer() throws Exception {
        var source = new ByteChunks();
        var stream = new BufferedByteReceiveStream(source);
        int steady = 0;
        for (int frame = 0; frame < 40; frame++) {
            source.add(filled(48 * 1024, 'y'));
            assertThat(stream.receiveExactly(48 * 1024)).hasSize(48 * 1024);
            if (frame == 20) {
                steady = stream.capacity();
            }
        }
        assertThat(steady).isBetween(48 * 1024, BufferedByteReceiveStream.MAX_KEPT_CAPACITY);
        assertThat(stream.capacity()).isEqualTo(steady); // neither dropped nor grown: no allocation churn
    }

    @Test
    void receiveExactlyRejectsMoreThanTheLimitBeforeReadingAnything() throws Exception {
        var source = new ByteChunks().add(ascii("abcdef"));
        var stream = new BufferedByteReceiveStream(source, 4);
        assertThat(stream.maxExactBytes()).isEqualTo(4);
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveExactly(5))
                .withMessageContaining("nbytes").withMessageContaining("maxExactBytes");
        assertThat(source.receiveCalls()).isZero();
        assertThat(stream.receiveExactly(4)).isEqualTo(ascii("abcd"));
        assertThat(stream.buffer()).isEqualTo(ascii("ef"));
    }

    @Test
    void receiveExactlyHasADocumentedDefaultLimit() {
        var source = new ByteChunks();
        var stream = new BufferedByteReceiveStream(source);
        assertThat(stream.maxExactBytes()).isEqualTo(BufferedByteReceiveStream.DEFAULT_MAX_EXACT_BYTES)
                .isEqualTo(16 * 1024 * 1024);
        assertThatIllegalArgumentException().isThrownBy(() -> stream.receiveExactly(Integer.MAX_VALUE))
                .withMessageContaining("nbytes");
        assertThat(source.receiveCalls()).isZero();
        var objects = BufferedByteReceiveStream.ofObjects(source.objects(), 8);
        assertThatIllegalArgumentException().isThrownBy(() -> objects.receiveExactly(9)).withMessageContaining("nbytes");
        var twoWay = new BufferedByteStream(source, 8);
        assertThatIllegalArgumentException().isThrownBy(() -> twoWay.receiveExactly(9)).withMessageContaining("nbytes");
    }

    @Test
    void aNegativeLimitIsRejectedByName() {
        var source = new ByteChunks();
        assertThatIllegalArgumentException().isThrownBy(() -> new BufferedByteReceiveStream(source, -1))
                .withMessageContaining("maxExactBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> BufferedByteReceiveStream.ofObjects(source.objects(), -1))
                .withMessageContaining("maxExactBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new BufferedByteStream(source, -1))
                .withMessageContaining("maxExactBytes");
    }

    @Test
    void decodingKeepsACharacterArrayOnlyUpToItsBound() {
        var utf8 = new Utf8Records();
        byte[] shortLine = "é".repeat(500).getBytes(StandardCharsets.UTF_8); // 1000 bytes, non-ASCII start
        assertThat(utf8.decode(shortLine, 0, shortLine.length)).isEqualTo("é".repeat(500));
        assertThat(utf8.capacity()).isBetween(shortLine.length, Utf8Records.MAX_KEPT_CHARS);

        byte[] longLine = "é".repeat(20_000).getBytes(StandardCharsets.UTF_8); // 40,000 bytes
        assertThat(utf8.decode(longLine, 0, longLine.length)).isEqualTo("é".repeat(20_000));
        assertThat(utf8.capacity()).isLessThanOrEqualTo(Utf8Records.MAX_KEPT_CHARS);
        assertThat(utf8.decode(shortLine, 0, shortLine.length)).isEqualTo("é".repeat(500));
    }
}
