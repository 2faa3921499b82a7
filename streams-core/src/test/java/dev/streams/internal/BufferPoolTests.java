package dev.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BufferPoolTests {

    @Test
    void aBufferGivenBackIsLentAgainCleared() {
        BufferPool pool = new BufferPool(4, 128, false);
        ByteBuffer first = pool.take();
        first.put(new byte[10]).flip();
        pool.giveBack(first);
        ByteBuffer again = pool.take();
        assertThat(again).isSameAs(first);
        assertThat(again.position()).isZero();
        assertThat(again.limit()).isEqualTo(128);
    }

    @Test
    void buffersThePoolDoesNotKeepAreIgnored() {
        BufferPool pool = new BufferPool(4, 128, false);
        pool.giveBack(ByteBuffer.allocate(64));
        pool.giveBack(ByteBuffer.allocateDirect(128));
        pool.giveBack(ByteBuffer.allocate(128).asReadOnlyBuffer());
        ByteBuffer taken = pool.take();
        assertThat(taken.capacity()).isEqualTo(128);
        assertThat(taken.isDirect()).isFalse();
        assertThat(taken.isReadOnly()).isFalse();
    }

    @Test
    void itKeepsAtMostItsSlotsAndADirectPoolMakesAtMostThatManyDirectBuffers() {
        BufferPool pool = new BufferPool(2, 64, true);
        List<ByteBuffer> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taken.add(pool.take());
        }
        assertThat(taken).filteredOn(ByteBuffer::isDirect).hasSize(2);
        taken.forEach(pool::giveBack);
        List<ByteBuffer> again = List.of(pool.take(), pool.take(), pool.take());
        assertThat(again).filteredOn(ByteBuffer::isDirect).as("the two kept").hasSize(2);
        assertThat(again.get(2).isDirect()).as("the pool was empty: a heap buffer").isFalse();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new BufferPool(3, 64, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slots");
        assertThatThrownBy(() -> new BufferPool(4, 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
