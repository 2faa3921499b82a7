package dev.streams.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hints a spinning sender or receiver of {@link Ring} polls instead of the other side's cursor. */
class RingTests {

    private final Handle handle = new Handle();

    @Test
    void aSenderOnAFullRingSeesARunFreeOnlyOnceTheReceiversFreedIt() {
        Ring ring = new Ring(1024); // runs of 64 + 1 slots
        fill(ring);

        for (int taken = 0; taken < 65; taken++) {
            assertThat(ring.tailRunFree()).as("after %d taken", taken).isFalse();
            assertThat(ring.tailSlotFree()).as("after %d taken", taken).isEqualTo(taken > 0);
            assertThat(ring.poll(handle)).isEqualTo(taken);
        }
        assertThat(ring.tailRunFree()).isTrue();

        assertThat(ring.offer(handle, "next")).isEqualTo(Ring.DONE);
        assertThat(ring.tailRunFree()).as("the run now ends one slot further on").isFalse();
    }

    @Test
    void aRingTooSmallForRunsWaitsForOneSlot() {
        Ring ring = new Ring(16);
        fill(ring);
        assertThat(ring.tailRunFree()).isFalse();

        assertThat(ring.poll(handle)).isEqualTo(0);
        assertThat(ring.tailRunFree()).isTrue();
    }

    @Test
    void theRunOfARingNotAPowerOfTwoIsAHintTheOfferStillChecks() {
        Ring ring = new Ring(100); // 128 slots, runs of 12 + 1
        fill(ring);
        assertThat(ring.tailRunFree()).as("slot 112 was never used: free, but the ring is full").isTrue();
        assertThat(ring.offer(handle, "one too many")).isEqualTo(Ring.FULL_OR_EMPTY);
    }

    private void fill(Ring ring) {
        for (int i = 0; i < ring.capacity; i++) {
            assertThat(ring.offer(handle, i)).isEqualTo(Ring.DONE);
        }
        assertThat(ring.offer(handle, "one too many")).isEqualTo(Ring.FULL_OR_EMPTY);
    }
}
