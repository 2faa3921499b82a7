package dev.streams.stapled;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.ObjectSendStream;
import dev.streams.WouldBlockException;
import dev.streams.memory.MemoryObjectStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class StapledStreamTests {

    private final ChunkByteStream outgoing = new ChunkByteStream();
    private final ChunkByteStream incoming = new ChunkByteStream();
    private final StapledByteStream bytes = new StapledByteStream(outgoing.sender, incoming.receiver);

    private final MemoryObjectStream<String> out = MemoryObjectStream.create(8);
    private final MemoryObjectStream<String> in = MemoryObjectStream.create(8);
    private final StapledObjectStream<String> objects = new StapledObjectStream<>(out.sendStream(), in.receiveStream());

    @Test
    void byteStreamReceivesFromOneHalfAndSendsToTheOther() throws Exception { // checklist 71
        incoming.sender.send("hello, world".getBytes(US_ASCII));
        assertThat(bytes.receive(3)).isEqualTo("hel".getBytes(US_ASCII));
        assertThat(bytes.receive()).isEqualTo("lo, world".getBytes(US_ASCII));
        bytes.send("how are you ".getBytes(US_ASCII));
        bytes.send(ByteBuffer.wrap("today?".getBytes(US_ASCII)));
        assertThat(outgoing.receiver.receive()).isEqualTo("how are you ".getBytes(US_ASCII));
        assertThat(outgoing.receiver.receive()).isEqualTo("today?".getBytes(US_ASCII));
        assertThat(bytes.sendStream()).isSameAs(outgoing.sender);
        assertThat(bytes.receiveStream()).isSameAs(incoming.receiver);
    }

    @Test
    void byteStreamSendEofClosesOnlyTheSendHalfAndIsIdempotent() throws Exception { // checklist 72
        incoming.sender.send("hello, world".getBytes(US_ASCII));
        bytes.sendEof();
        bytes.sendEof();
        assertThatThrownBy(() -> bytes.send("x".getBytes(US_ASCII))).isInstanceOf(ClosedResourceException.class);
        assertThat(bytes.receive()).isEqualTo("hello, world".getBytes(US_ASCII));
        assertThatThrownBy(() -> outgoing.receiver.receive()).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void byteStreamCloseClosesBothHalves() { // checklist 73
        bytes.close();
        assertThatThrownBy(() -> bytes.receive()).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> bytes.send("x".getBytes(US_ASCII))).isInstanceOf(ClosedResourceException.class);
        bytes.close();
    }

    @Test
    void byteStreamValidatesMaxBytesBeforeDelegating() { // checklist 74
        List<Integer> delegated = new ArrayList<>();
        ByteReceiveStream recording = new ByteReceiveStream() {
            @Override
            public byte[] receive(int maxBytes) {
                delegated.add(maxBytes);
                return new byte[] {1};
            }

            @Override
            public void close() {
            }
        };
        StapledByteStream stream = new StapledByteStream(outgoing.sender, recording);
        for (int bad : new int[] {0, -1}) {
            assertThatThrownBy(() -> stream.receive(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxBytes must be a positive integer");
        }
        assertThat(delegated).isEmpty();
    }

    @Test
    void objectStreamReceivesUntilTheEndAndSendsToTheOtherHalf() throws Exception { // checklist 75
        in.sendStream().send("hello");
        in.sendStream().send("world");
        in.sendStream().close();
        assertThat(objects.receive()).isEqualTo("hello");
        assertThat(objects.receive()).isEqualTo("world");
        assertThatThrownBy(objects::receive).isInstanceOf(EndOfStreamException.class);
        objects.send("how are you");
        assertThat(out.receiveStream().receiveNowait()).isEqualTo("how are you");
        assertThat(objects.sendStream()).isSameAs(out.sendStream());
    }

    @Test
    void objectStreamSendNowaitDelegatesToTheSendHalf() { // checklist 76
        objects.sendNowait("now");
        assertThat(out.receiveStream().receiveNowait()).isEqualTo("now");
    }

    @Test
    void objectStreamSendNowaitIsUnsupportedWithoutANonBlockingSendHalf() { // checklist 77
        ObjectSendStream<String> blockingOnly = new ObjectSendStream<>() {
            @Override
            public void send(String item) {
            }

            @Override
            public void close() {
            }
        };
        StapledObjectStream<String> stream = new StapledObjectStream<>(blockingOnly, in.receiveStream());
        assertThatThrownBy(() -> stream.sendNowait("x"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("'sendNowait' is not implemented by")
                .hasMessageContaining(blockingOnly.getClass().getName());
    }

    @Test
    void objectStreamSendNowaitPropagatesTheDelegatesExceptionsUnchanged() { // checklist 78
        MemoryObjectStream<String> rendezvous = MemoryObjectStream.create(0);
        StapledObjectStream<String> stream = new StapledObjectStream<>(rendezvous.sendStream(), in.receiveStream());
        assertThatThrownBy(() -> stream.sendNowait("x")).isExactlyInstanceOf(WouldBlockException.class);
        rendezvous.receiveStream().close();
        assertThatThrownBy(() -> stream.sendNowait("x")).isExactlyInstanceOf(BrokenResourceException.class);
        rendezvous.close();
    }

    @Test
    void objectStreamSendEofClosesOnlyTheSendHalf() throws Exception { // checklist 79
        in.sendStream().send("hello");
        in.sendStream().send("world");
        objects.sendEof();
        objects.sendEof();
        assertThatThrownBy(() -> objects.send("x")).isInstanceOf(ClosedResourceException.class);
        assertThat(objects.receive()).isEqualTo("hello");
        assertThat(objects.receive()).isEqualTo("world");
        assertThatThrownBy(out.receiveStream()::receiveNowait).isInstanceOf(EndOfStreamException.class);
    }

    @Test
    void objectStreamCloseClosesBothHalves() { // checklist 80
        objects.close();
        assertThatThrownBy(objects::receive).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> objects.send("x")).isInstanceOf(ClosedResourceException.class);
        assertThat(out.sendStream().isClosed()).isTrue();
        assertThat(in.receiveStream().isClosed()).isTrue();
    }

    @Test
    void attributesOfBothHalvesAreMergedWithTheSendHalfWinning() { // checklist 81 (API.md: send side wins)
        assertThat(bytes.extra(ChunkByteStream.SIDE)).isEqualTo("send");
        assertThat(bytes.extra(ChunkByteStream.SEND_ONLY)).isEqualTo("s");
        assertThat(bytes.extra(ChunkByteStream.RECEIVE_ONLY)).isEqualTo("r");
        assertThat(objects.extraAttributes()).isEmpty();
    }

    @Test
    void iteratingAStapledObjectStreamEndsWithTheReceiveHalf() throws Exception {
        in.sendStream().send("a");
        in.sendStream().send("b");
        in.sendStream().close();
        List<String> items = new ArrayList<>();
        objects.forEach(items::add);
        assertThat(items).containsExactly("a", "b");
    }

    @Test
    void nullHalvesAreRejectedByName() {
        assertThatThrownBy(() -> new StapledByteStream(null, incoming.receiver)).hasMessageContaining("sendStream");
        assertThatThrownBy(() -> new StapledObjectStream<>(out.sendStream(), null)).hasMessageContaining("receiveStream");
    }
}
