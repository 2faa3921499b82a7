package dev.streams.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spin rules of {@link SpinPolicy}, on a machine with more than one core (else nobody spins). */
class SpinPolicyTests {

    private final SpinPolicy policy = new SpinPolicy();

    @BeforeEach
    void multicore() {
        assumeTrue(SpinPolicy.SPINS > 0, "one core: nobody spins");
    }

    @Test
    void onlyTheHeadOfAQueueSpins() {
        assertThat(policy.waiterSpins(false, false)).isZero();
        assertThat(policy.waiterSpins(false, true)).isZero();
        assertThat(policy.waiterSpins(true, false)).isEqualTo(SpinPolicy.SPINS);
    }

    @Test
    void aVirtualWaiterAtTheHeadSpinsWithNoPartnerSeenYet() {
        // The rule before: a virtual waiter spun only after a platform partner was seen on the
        // locked path, which a partner handing over without the lock never is.
        assertThat(policy.waiterSpins(true, true)).isEqualTo(-SpinPolicy.SPINS);
    }

    @Test
    void aVirtualSpinThatRanOutMakesTheNextVirtualWaitersParkAtOnce() {
        policy.spun(false);
        for (int i = 0; i < SpinPolicy.BACK_OFF; i++) {
            assertThat(policy.waiterSpins(true, true)).as("waiter %d after the miss", i).isZero();
        }
        assertThat(policy.waiterSpins(true, true)).isEqualTo(-SpinPolicy.SPINS);
        assertThat(policy.waiterSpins(true, false))
                .as("a platform waiter is not held back").isEqualTo(SpinPolicy.SPINS);
    }

    @Test
    void aCaughtSpinClearsTheBackOff() {
        policy.spun(false);
        policy.spun(true);
        assertThat(policy.waiterSpins(true, true)).isEqualTo(-SpinPolicy.SPINS);
    }

    @Test
    void aRingSpinBusyWaitsThenYieldsLongerOnAPlatformThread() {
        for (boolean virtual : new boolean[] {false, true}) {
            int yields = virtual ? SpinPolicy.YIELDS : SpinPolicy.RING_PLATFORM_YIELDS;
            int steps = SpinPolicy.ringSpins(virtual);
            assertThat(steps).isEqualTo(SpinPolicy.RING_BUSY_SPINS + yields);
            // Counting down: the busy steps first, then the yields, whichever thread spins.
            assertThat(IntStream.rangeClosed(1, steps).filter(i -> SpinPolicy.ringYields(i, virtual)))
                    .as("virtual: %s", virtual)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, yields).boxed().toList());
        }
        assertThat(SpinPolicy.RING_PLATFORM_YIELDS).isGreaterThan(SpinPolicy.YIELDS);
    }

    @Test
    void aPlatformSpinYieldsInItsLastStepsAVirtualSpinNever() {
        assertThat(IntStream.rangeClosed(1, SpinPolicy.SPINS).filter(SpinPolicy::yields))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, SpinPolicy.YIELDS).boxed().toList());
        // A virtual thread's yield unmounts it: dearer than the hand-off it waits for.
        assertThat(IntStream.rangeClosed(1, SpinPolicy.SPINS).map(i -> -i).filter(SpinPolicy::yields)).isEmpty();
    }

    @Test
    void aCountStepsTowardsZeroFromEitherSide() {
        assertThat(SpinPolicy.next(3)).isEqualTo(2);
        assertThat(SpinPolicy.next(-3)).isEqualTo(-2);
    }
}
