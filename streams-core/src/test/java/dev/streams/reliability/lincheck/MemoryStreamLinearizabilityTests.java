package dev.streams.reliability.lincheck;

import dev.streams.memory.MemoryObjectStream;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Linearizability of the non-blocking operations of memory object streams ({@code sendNowait},
 * {@code receiveNowait}, {@code clone}, {@code close}, {@code statistics}) on buffers of 0, 1, 2 and
 * unbounded size, checked by Lincheck against {@link MemoryStreamModel}.
 *
 * <p>Model checking explores thread interleavings at every shared-memory access (the lock, the
 * waiter CAS, the handle flags) and reports the first non-linearizable history with its trace;
 * stress mode runs the same scenarios on real threads. The bounded forms take a few seconds each;
 * the {@code soak} forms explore many more scenarios.
 */
class MemoryStreamLinearizabilityTests {

    /** Scenarios per check in {@code mvn verify}; the soak form multiplies them. */
    private static final int ITERATIONS = 6;
    private static final int SOAK_ITERATIONS = 300;

    public static final class Rendezvous extends MemoryStreamOperations {
        public Rendezvous() {
            super(0);
        }
    }

    public static final class RendezvousModel extends MemoryStreamModel {
        public RendezvousModel() {
            super(0);
        }
    }

    public static final class Bounded1 extends MemoryStreamOperations {
        public Bounded1() {
            super(1);
        }
    }

    public static final class Bounded1Model extends MemoryStreamModel {
        public Bounded1Model() {
            super(1);
        }
    }

    public static final class Bounded2 extends MemoryStreamOperations {
        public Bounded2() {
            super(2);
        }
    }

    public static final class Bounded2Model extends MemoryStreamModel {
        public Bounded2Model() {
            super(2);
        }
    }

    public static final class Unbounded extends MemoryStreamOperations {
        public Unbounded() {
            super(MemoryObjectStream.UNBOUNDED);
        }
    }

    public static final class UnboundedModel extends MemoryStreamModel {
        public UnboundedModel() {
            super(MemoryObjectStream.UNBOUNDED);
        }
    }

    @Test
    @Timeout(120)
    void rendezvousIsLinearizableUnderModelChecking() {
        modelChecking(ITERATIONS).sequentialSpecification(RendezvousModel.class).check(Rendezvous.class);
    }

    @Test
    @Timeout(120)
    void bounded1IsLinearizableUnderModelChecking() {
        modelChecking(ITERATIONS).sequentialSpecification(Bounded1Model.class).check(Bounded1.class);
    }

    @Test
    @Timeout(120)
    void bounded2IsLinearizableUnderModelChecking() {
        modelChecking(ITERATIONS).sequentialSpecification(Bounded2Model.class).check(Bounded2.class);
    }

    @Test
    @Timeout(120)
    void unboundedIsLinearizableUnderModelChecking() {
        modelChecking(ITERATIONS).sequentialSpecification(UnboundedModel.class).check(Unbounded.class);
    }

    @Test
    @Timeout(120)
    void bounded1IsLinearizableUnderStress() {
        stress(ITERATIONS).sequentialSpecification(Bounded1Model.class).check(Bounded1.class);
    }

    @Test
    @Timeout(120)
    void unboundedIsLinearizableUnderStress() {
        stress(ITERATIONS).sequentialSpecification(UnboundedModel.class).check(Unbounded.class);
    }

    @Test
    @Tag("soak")
    @Timeout(1800)
    void everyShapeIsLinearizableInLongRuns() {
        modelChecking(SOAK_ITERATIONS).sequentialSpecification(RendezvousModel.class).check(Rendezvous.class);
        modelChecking(SOAK_ITERATIONS).sequentialSpecification(Bounded1Model.class).check(Bounded1.class);
        modelChecking(SOAK_ITERATIONS).sequentialSpecification(Bounded2Model.class).check(Bounded2.class);
        modelChecking(SOAK_ITERATIONS).sequentialSpecification(UnboundedModel.class).check(Unbounded.class);
        stress(SOAK_ITERATIONS).sequentialSpecification(RendezvousModel.class).check(Rendezvous.class);
        stress(SOAK_ITERATIONS).sequentialSpecification(Bounded1Model.class).check(Bounded1.class);
        stress(SOAK_ITERATIONS).sequentialSpecification(Bounded2Model.class).check(Bounded2.class);
        stress(SOAK_ITERATIONS).sequentialSpecification(UnboundedModel.class).check(Unbounded.class);
    }

    private static ModelCheckingOptions modelChecking(int iterations) {
        return new ModelCheckingOptions()
                .iterations(iterations)
                .invocationsPerIteration(iterations == ITERATIONS ? 400 : 2000)
                .threads(3)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(2);
    }

    private static StressOptions stress(int iterations) {
        return new StressOptions()
                .iterations(iterations)
                .invocationsPerIteration(iterations == ITERATIONS ? 1000 : 5000)
                .threads(3)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(2);
    }
}
