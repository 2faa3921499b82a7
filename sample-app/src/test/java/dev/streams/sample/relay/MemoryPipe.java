package dev.streams.sample.relay;

import dev.streams.ByteStream;
import dev.streams.buffered.BufferedByteReceiveStream;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;

/**
 * One end of an in-memory, bidirectional byte pipe made of two bounded memory object streams of
 * chunks: the relay's tests run real connections without sockets, and a bounded pipe makes a client
 * that does not read block the server's writer, as a full socket buffer would.
 */
final class MemoryPipe implements ByteStream {

    private final MemoryObjectSendStream<byte[]> out;
    private final BufferedByteReceiveStream in;

    private MemoryPipe(MemoryObjectSendStream<byte[]> out, MemoryObjectReceiveStream<byte[]> in) {
        this.out = out;
        this.in = BufferedByteReceiveStream.ofObjects(in);
    }

    /** Two connected ends; each direction buffers at most {@code chunks} sends. */
    static MemoryPipe[] pair(int chunks) {
        MemoryObjectStream<byte[]> aToB = MemoryObjectStream.create(chunks);
        MemoryObjectStream<byte[]> bToA = MemoryObjectStream.create(chunks);
        return new MemoryPipe[] {
            new MemoryPipe(aToB.sendStream(), bToA.receiveStream()),
            new MemoryPipe(bToA.sendStream(), aToB.receiveStream()),
        };
    }

    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        return this.in.receive(maxBytes);
    }

    @Override
    public void send(byte[] data) throws InterruptedException {
        if (data.length > 0) {
            this.out.send(data.clone());
        }
    }

    @Override
    public void sendEof() {
        this.out.close();
    }

    @Override
    public void close() {
        this.out.close();
        this.in.close();
    }
}
