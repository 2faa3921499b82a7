package dev.streams.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The net-in buffer's shapes at the end of an operation ({@link InboundBytes#park()}). */
class InboundBytesTests {

    @Test
    void aParkedStreamThatReadsInBulkKeepsItsPooledBufferWhileBytesArePending() {
        InboundBytes inbound = inBulk();
        fill(inbound, 30_100);
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

    @Test
    void inBulkAnEmptyBufferIsFilledInPlaceInAPooledBufferAndGivenBackOnceConsumed() {
        InboundBytes inbound = inBulk();
        assertThat(inbound.fillsInPlace()).as("bulk, nothing pending: read into the net-in buffer").isTrue();

        fill(inbound, 20_000);

        assertThat(inbound.capacity()).as("a pooled buffer, not a new array").isEqualTo(RecordBuffers.CAPACITY);
        assertThat(inbound.bytes().remaining()).isEqualTo(20_000);
        inbound.bytes().position(inbound.bytes().limit());
        inbound.consumed();
        assertThat(inbound.bytes()).isNull();
        assertThat(inbound.capacity()).as("given back once empty").isZero();
    }

    @Test
    void inBulkAReadIntoAnEmptyBufferThatFailsLeavesNothingPending() {
        InboundBytes inbound = inBulk();
        inbound.room(); // the transport's receive then throws (interrupted, end of stream, failure)
        inbound.finishFill(0);
        assertThat(inbound.bytes()).as("no empty buffer passes for pending bytes").isNull();
        assertThat(inbound.capacity()).isZero();
    }

    @Test
    void withSmallReadsAnEmptyBufferTakesANewArrayFromTheTransport() {
        InboundBytes inbound = new InboundBytes();
        inbound.received(new byte[10]);
        inbound.received(new byte[10]); // two small reads keep the receive size small
        inbound.bytes().position(inbound.bytes().limit());
        inbound.consumed();
        assertThat(inbound.fillsInPlace()).as("an idle reader waits holding no buffer").isFalse();
    }

    /** A net-in buffer whose recent reads filled what they asked for, up to the bulk size; nothing pending. */
    private static InboundBytes inBulk() {
        InboundBytes inbound = new InboundBytes();
        while (!inbound.fillsInPlace()) {
            inbound.received(new byte[inbound.receiveSize()]);
            inbound.bytes().position(inbound.bytes().limit());
            inbound.consumed();
        }
        assertThat(inbound.bytes()).isNull();
        return inbound;
    }

    /** Appends {@code count} bytes through {@link InboundBytes#room()}, as a transport receive would. */
    private static void fill(InboundBytes inbound, int count) {
        ByteBuffer room = inbound.room();
        room.put(new byte[count]);
        inbound.finishFill(count);
    }
}
