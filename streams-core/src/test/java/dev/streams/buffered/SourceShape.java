package dev.streams.buffered;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Ways the same bytes can arrive, after Okio's {@code BufferedSourceFactory}: a result that
 * depends on the shape is a bug.
 */
public enum SourceShape {
    WHOLE {
        @Override
        public List<byte[]> split(byte[] data) {
            return List.of(data.clone());
        }
    },
    ONE_BYTE_AT_A_TIME {
        @Override
        public List<byte[]> split(byte[] data) {
            List<byte[]> chunks = new ArrayList<>();
            for (byte b : data) {
                chunks.add(new byte[] {b});
            }
            return chunks;
        }
    },
    RANDOM_SPLITS {
        @Override
        public List<byte[]> split(byte[] data) {
            Random random = new Random(data.length * 31L + 7); // reproducible per input
            List<byte[]> chunks = new ArrayList<>();
            for (int i = 0; i < data.length; ) {
                int n = Math.min(data.length - i, 1 + random.nextInt(5));
                chunks.add(Arrays.copyOfRange(data, i, i + n));
                i += n;
            }
            return chunks;
        }
    };

    /** The chunks, in order, whose concatenation is {@code data}. */
    public abstract List<byte[]> split(byte[] data);

    /** A source that delivers {@code data} in this shape and then ends. */
    public ByteChunks source(byte[] data) {
        return ByteChunks.of(split(data));
    }
}
