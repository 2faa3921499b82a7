package dev.streams.buffered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.DelimiterNotFoundException;
import dev.streams.IncompleteReadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random data, random chunkings and random sequences of framing calls, the buffered stream
 * gives what a reference split of the concatenated bytes gives, failures included.
 */
class BufferedFramingPropertyTests {

    static final byte[][] DELIMITERS = {{'\n'}, {'\r', '\n'}, {'a', 'b', 'a'}};

    /** receiveUntil(DELIMITERS[delimiter], limit) when until, else receiveExactly(limit). */
    record Op(boolean until, int delimiter, int limit) {
    }

    @Property(tries = 400)
    void framingEqualsReferenceSplit(@ForAll("data") byte[] data, @ForAll("chunkSizes") List<Integer> chunkSizes,
            @ForAll("ops") List<Op> ops, @ForAll boolean objectSource) throws Exception {
        ByteChunks source = ByteChunks.of(split(data, chunkSizes));
        BufferedByteReceiveStream stream = objectSource
                ? BufferedByteReceiveStream.ofObjects(source.objects())
                : new BufferedByteReceiveStream(source);
        int position = 0; // the reference: how much of `data` was consumed
        for (Op op : ops) {
            if (op.until()) {
                byte[] delimiter = DELIMITERS[op.delimiter()];
                int found = indexOf(data, delimiter, position, op.limit());
                if (found >= 0) {
                    assertThat(stream.receiveUntil(delimiter, op.limit())).isEqualTo(Arrays.copyOfRange(data, position, found));
                    position = found + delimiter.length;
                } else if (data.length - position >= op.limit() + delimiter.length - 1) {
                    assertThatThrownBy(() -> stream.receiveUntil(delimiter, op.limit()))
                            .isInstanceOf(DelimiterNotFoundException.class);
                } else {
                    assertThatThrownBy(() -> stream.receiveUntil(delimiter, op.limit()))
                            .isInstanceOf(IncompleteReadException.class);
                }
            } else if (data.length - position >= op.limit()) {
                assertThat(stream.receiveExactly(op.limit())).isEqualTo(Arrays.copyOfRange(data, position, position + op.limit()));
                position += op.limit();
            } else {
                assertThatThrownBy(() -> stream.receiveExactly(op.limit())).isInstanceOf(IncompleteReadException.class);
            }
        }
        // whatever failed on the way, nothing was lost or duplicated
        assertThat(stream.receiveExactly(data.length - position)).isEqualTo(Arrays.copyOfRange(data, position, data.length));
    }

    /** The first index in [from, from + maxBytes) where the delimiter starts, or -1. */
    static int indexOf(byte[] data, byte[] delimiter, int from, int maxBytes) {
        for (int i = from; i < from + maxBytes && i + delimiter.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    static List<byte[]> split(byte[] data, List<Integer> sizes) {
        List<byte[]> chunks = new ArrayList<>();
        int i = 0;
        for (int k = 0; i < data.length; k++) {
            int n = Math.min(data.length - i, sizes.isEmpty() ? data.length : sizes.get(k % sizes.size()));
            chunks.add(Arrays.copyOfRange(data, i, i + n));
            i += n;
        }
        return chunks;
    }

    @Provide
    Arbitrary<byte[]> data() {
        // A small alphabet, so that delimiters (and near misses like "\r\r\n", "abab") are common.
        return Arbitraries.of((byte) 'a', (byte) 'b', (byte) '\r', (byte) '\n', (byte) 'x')
                .list().ofMaxSize(300)
                .map(list -> {
                    byte[] bytes = new byte[list.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = list.get(i);
                    }
                    return bytes;
                });
    }

    @Provide
    Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.of(true, true, false),
                        Arbitraries.integers().between(0, DELIMITERS.length - 1),
                        Arbitraries.integers().between(1, 40))
                .as(Op::new);
        return op.list().ofMaxSize(25);
    }
}
