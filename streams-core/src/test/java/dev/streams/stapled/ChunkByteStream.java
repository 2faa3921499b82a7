package dev.streams.stapled;

import dev.streams.ByteReceiveStream;
import dev.streams.ByteSendStream;
import dev.streams.ClosedResourceException;
import dev.streams.TypedAttribute;
import dev.streams.memory.MemoryObjectStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A one-way byte pipe over an unbounded memory object stream, for the stapled tests: a real byte
 * stream that keeps the surplus of a chunk for the next {@code receive(maxBytes)}. Each end offers
 * one attribute, so that merging can be observed.
 */
final class ChunkByteStream {

    static final TypedAttribute<String> SIDE = TypedAttribute.of("side", String.class);
    static final TypedAttribute<String> SEND_ONLY = TypedAttribute.of("sendOnly", String.class);
    static final TypedAttribute<String> RECEIVE_ONLY = TypedAttribute.of("receiveOnly", String.class);

    private final MemoryObjectStream<byte[]> chunks = MemoryObjectStream.unbounded();

    final ByteSendStream sender = new ByteSendStream() {
        @Override
        public void send(byte[] data) throws InterruptedException {
            if (data.length > 0) {
                chunks.sendStream().send(data.clone());
            }
        }

        @Override
        public void close() {
            chunks.sendStream().close();
        }

        @Override
        public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
            return Map.of(SIDE, () -> "send", SEND_ONLY, () -> "s");
        }
    };

    final ByteReceiveStream receiver = new ByteReceiveStream() {
        private byte[] rest = new byte[0];
        private boolean closed;

        @Override
        public byte[] receive(int maxBytes) throws InterruptedException {
            if (closed) {
                throw new ClosedResourceException();
            }
            byte[] chunk = rest.length > 0 ? rest : chunks.receiveStream().receive();
            int n = Math.min(maxBytes, chunk.length);
            rest = Arrays.copyOfRange(chunk, n, chunk.length);
            return Arrays.copyOf(chunk, n);
        }

        @Override
        public void close() {
            closed = true;
            chunks.receiveStream().close();
        }

        @Override
        public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
            return Map.of(SIDE, () -> "receive", RECEIVE_ONLY, () -> "r");
        }
    };
}
