package dev.streams.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The net-in buffer's shapes at the end of an operation ({@link InboundBytes#park()}). */
class InboundBytesTests {

    @Test
    void aParkedStreamThatReadsInBulkKeepsItsPooledBufferWhileBytesArePending() {
        InboundBytes inbound = new InboundBytes();
        while (inbound.receiveSize() < 32 * 1024) {
            inbound.received(new byte[inbound.receiveSize()]); // reads that fill the request: bulk
            inbound.bytes().position(inbound.bytes().limit());
            inbound.consumed();
        }
        inbound.received(new byte[100]);
        fill(inbound, 30_000);
        inbound.bytes().position(20_000); // the engine consumed whole records; a partial one is left

        inbound.park();

        assertThat(inbound.capacity()).as("no exact copy: the next receive would take a pooled buffer again")
                .isEqualTo(RecordBuffers.CAPACITY);
        assertThat(inbound.bytes().remaining()).isEqualTo(10_100);
        inbound.bytes().position(inbound.bytes().limit());
        inbound.consumed();
        assertThat(inbound.capacity()).as("given back once empty").isZero();
    }

    @Test
    void aParkedStreamThatDoesNotReadInBulkKeepsOnlyAnExactCopy() {
        InboundBytes inbound = new InboundBytes();
        inbound.received(new byte[100]); // a small read: not bulk
        inbound.park();
        assertThat(inbound.capacity()).isEqualTo(100);
    }

    /** Appends {@code count} bytes through {@link InboundBytes#room()}, as a transport receive would. */
    private static void fill(InboundBytes inbound, int count) {
        ByteBuffer room = inbound.room();
        room.put(new byte[count]);
        inbound.finishFill(count);
    }
}
