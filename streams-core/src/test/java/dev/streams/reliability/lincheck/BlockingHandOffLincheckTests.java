package dev.streams.reliability.lincheck;

import dev.streams.memory.MemoryObjectStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lincheck over the blocking hand-off of memory object streams: {@code send} and {@code receive}
 * that park, their timed forms and interrupts of blocked threads, on buffers of 0, 1, 2 and
 * unbounded size, against {@link BlockingMemoryStreamModel}. The model checker explores the thread
 * interleavings at every shared access, the waiters' parks and unparks included; stress mode runs
 * the same scenarios on real threads, where the timed forms really time out.
 *
 * <p>Lincheck's own generator would create scenarios in which every thread blocks for good (a
 * receive with no sender), which it reports as a hang; so the scenarios come from {@link #scenarios}:
 * two threads of random blocking and non-blocking calls, and a third that may call a few
 * non-blocking ones and then closes the send side, which releases every blocked call (receivers
 * with end of stream, senders on that handle with "closed"). The post part then drains what is
 * left, so an item whose send completed but that nobody received shows up as a difference. In half
 * the hand-off scenarios the third thread first waits until the other two have finished or wait,
 * and looks: a sender and a receiver waiting at once is a lost hand-off that the close would
 * otherwise release into results an order with the close first explains.
 */
class BlockingHandOffLincheckTests {

    /** Scenarios per buffer size in {@code mvn verify}, and interleavings explored per scenario. */
    private static final int SCENARIOS = 12;
    private static final int INVOCATIONS = 150;
    private static final int SOAK_SCENARIOS = 40;
    private static final int SOAK_INVOCATIONS = 500;
    /** The init and post parts' actor thread id: none of the parallel threads. */
    private static final int OUTSIDE = BlockingMemoryStreamOperations.THREADS;

    public static final class Rendezvous extends BlockingMemoryStreamOperations {
        public Rendezvous() {
            super(0);
        }
    }

    public static final class RendezvousModel extends BlockingMemoryStreamModel {
        public RendezvousModel() {
            super(0);
        }
    }

    public static final class Bounded1 extends BlockingMemoryStreamOperations {
        public Bounded1() {
            super(1);
        }
    }

    public static final class Bounded1Model extends BlockingMemoryStreamModel {
        public Bounded1Model() {
            super(1);
        }
    }

    public static final class Bounded2 extends BlockingMemoryStreamOperations {
        public Bounded2() {
            super(2);
        }
    }

    public static final class Bounded2Model extends BlockingMemoryStreamModel {
        public Bounded2Model() {
            super(2);
        }
    }

    public static final class Unbounded extends BlockingMemoryStreamOperations {
        public Unbounded() {
            super(MemoryObjectStream.UNBOUNDED);
        }
    }

    public static final class UnboundedModel extends BlockingMemoryStreamModel {
        public UnboundedModel() {
            super(MemoryObjectStream.UNBOUNDED);
        }
    }

    @Test
    @Timeout(300)
    void rendezvousHandOffIsLinearizableUnderModelChecking() {
        check(modelChecking(INVOCATIONS), 0, SCENARIOS, 11, RendezvousModel.class, Rendezvous.class);
    }

    @Test
    @Timeout(300)
    void bounded1HandOffIsLinearizableUnderModelChecking() {
        check(modelChecking(INVOCATIONS), 1, SCENARIOS, 12, Bounded1Model.class, Bounded1.class);
    }

    @Test
    @Timeout(300)
    void bounded2HandOffIsLinearizableUnderModelChecking() {
        check(modelChecking(INVOCATIONS), 2, SCENARIOS, 13, Bounded2Model.class, Bounded2.class);
    }

    @Test
    @Timeout(300)
    void unboundedHandOffIsLinearizableUnderModelChecking() {
        check(modelChecking(INVOCATIONS), MemoryObjectStream.UNBOUNDED, SCENARIOS, 14,
                UnboundedModel.class, Unbounded.class);
    }

    /**
     * A close racing a lock-free hand-off (issue 14): a sender hands its item to a waiting receiver,
     * or a receiver takes a waiting sender's item, without the lock, while a third thread closes one
     * side; on a rendezvous and on a buffer of 1 (a receiver waits on an empty ring there, so the
     * sender's hand-off is the lock-free one too). A hand-off that lands after the close published
     * itself, or a close that misses a node being settled, shows up as a result no sequential order
     * gives.
     */
    @Test
    @Timeout(300)
    void aCloseRacingALockFreeHandOffIsLinearizableUnderModelChecking() {
        check(modelChecking(INVOCATIONS), closeRacingHandOff(Rendezvous.class), RendezvousModel.class,
                Rendezvous.class);
        check(modelChecking(INVOCATIONS), closeRacingHandOff(Bounded1.class), Bounded1Model.class, Bounded1.class);
    }

    /**
     * A hand-off that never happens (issue 14): a sender and a receiver of a rendezvous that both
     * end up waiting. A close releases both, as "closed" and "end of stream", which an order with the
     * close first explains; so here the closer first waits until both calls have finished or wait,
     * and looks at the statistics ({@link BlockingMemoryStreamOperations#statisticsOnceSettled}),
     * in which a sender and a receiver never wait at once.
     */
    @Test
    @Timeout(300)
    void aRendezvousNeverLeavesASenderAndAReceiverWaitingUnderModelChecking() {
        List<ExecutionScenario> scenarios = new ArrayList<>();
        List<List<Actor>> pairs = List.of(
                List.of(actor(Rendezvous.class, "receive", 0), actor(Rendezvous.class, "send", 1, 1)),
                List.of(actor(Rendezvous.class, "send", 1, 0), actor(Rendezvous.class, "receive", 1)));
        for (List<Actor> pair : pairs) {
            List<Actor> closer = List.of(actor(Rendezvous.class, "statisticsOnceSettled", 1, 1, 2),
                    actor(Rendezvous.class, "closeSend", 2));
            List<Actor> post = List.of(actor(Rendezvous.class, "receiveNowait", OUTSIDE));
            scenarios.add(new ExecutionScenario(List.of(), List.of(List.of(pair.get(0)), List.of(pair.get(1)), closer),
                    post, null));
        }
        check(modelChecking(INVOCATIONS), scenarios, RendezvousModel.class, Rendezvous.class);
    }

    /** The scenarios of {@link #aCloseRacingALockFreeHandOffIsLinearizableUnderModelChecking}. */
    static List<ExecutionScenario> closeRacingHandOff(Class<?> operations) {
        List<ExecutionScenario> scenarios = new ArrayList<>();
        for (String close : List.of("closeSend", "closeReceive")) {
            // a waiting receiver and a sender that finds it; a waiting sender and a receiver that finds it
            scenarios.add(racing(operations, close, List.of(actor(operations, "receive", 0)),
                    List.of(actor(operations, "send", 1, 1))));
            scenarios.add(racing(operations, close, List.of(actor(operations, "send", 1, 0)),
                    List.of(actor(operations, "receive", 1))));
            // an observer that may see the close before the hand-off (through the lock, or through
            // isClosed(), which takes none): then the hand-off must fail
            scenarios.add(racing(operations, close, List.of(actor(operations, "receive", 0)),
                    List.of(actor(operations, "receiveNowait", 1), actor(operations, "send", 2, 1))));
            scenarios.add(racing(operations, close, List.of(actor(operations, "receive", 0)),
                    List.of(actor(operations, "closedFlags", 1), actor(operations, "send", 2, 1))));
            scenarios.add(racing(operations, close, List.of(actor(operations, "send", 1, 0)),
                    List.of(actor(operations, "closedFlags", 1), actor(operations, "receive", 1))));
            // a waiter the close released, whose next call races the close's other waiters
            scenarios.add(racing(operations, close,
                    List.of(actor(operations, "receive", 0), actor(operations, "send", 2, 0)),
                    List.of(actor(operations, "receive", 1))));
            scenarios.add(racing(operations, close,
                    List.of(actor(operations, "send", 1, 0), actor(operations, "receive", 0)),
                    List.of(actor(operations, "send", 2, 1))));
            scenarios.add(racing(operations, close,
                    List.of(actor(operations, "receive", 0), actor(operations, "receive", 0)),
                    List.of(actor(operations, "send", 1, 1), actor(operations, "send", 2, 1))));
        }
        return scenarios;
    }

    private static ExecutionScenario racing(Class<?> operations, String close, List<Actor> first,
            List<Actor> second) {
        List<Actor> post = List.of(actor(operations, "receiveNowait", OUTSIDE),
                actor(operations, "statistics", OUTSIDE));
        return new ExecutionScenario(List.of(), List.of(first, second, List.of(actor(operations, close, 2))), post,
                null);
    }

    @Test
    @Timeout(300)
    void rendezvousAndBounded1HandOffsAreLinearizableUnderStress() {
        check(stress(INVOCATIONS), 0, SCENARIOS, 21, RendezvousModel.class, Rendezvous.class);
        check(stress(INVOCATIONS), 1, SCENARIOS, 22, Bounded1Model.class, Bounded1.class);
    }

    @Test
    @Tag("soak")
    @Timeout(3600)
    void everyShapeHandsOffLinearizablyInLongRuns() {
        check(modelChecking(SOAK_INVOCATIONS), 0, SOAK_SCENARIOS, 31, RendezvousModel.class, Rendezvous.class);
        check(modelChecking(SOAK_INVOCATIONS), 1, SOAK_SCENARIOS, 32, Bounded1Model.class, Bounded1.class);
        check(modelChecking(SOAK_INVOCATIONS), 2, SOAK_SCENARIOS, 33, Bounded2Model.class, Bounded2.class);
        check(modelChecking(SOAK_INVOCATIONS), MemoryObjectStream.UNBOUNDED, SOAK_SCENARIOS, 34,
                UnboundedModel.class, Unbounded.class);
        check(stress(SOAK_INVOCATIONS), 0, SOAK_SCENARIOS, 41, RendezvousModel.class, Rendezvous.class);
        check(stress(SOAK_INVOCATIONS), 2, SOAK_SCENARIOS, 42, Bounded2Model.class, Bounded2.class);
    }

    private static ModelCheckingOptions modelChecking(int invocations) {
        // The stream spins up to SpinPolicy.SPINS (128) times before it waits; a loop bound
        // above that keeps Lincheck from reporting a bounded spin as a livelock.
        return new ModelCheckingOptions().iterations(0).invocationsPerIteration(invocations).loopBound(1100);
    }

    private static StressOptions stress(int invocations) {
        return new StressOptions().iterations(0).invocationsPerIteration(invocations);
    }

    private static void check(Options<?, ?> options, int maxBufferSize, int count, long seed, Class<?> model,
            Class<?> operations) {
        check(options, scenarios(maxBufferSize, count, seed, operations), model, operations);
    }

    private static void check(Options<?, ?> options, List<ExecutionScenario> scenarios,
            Class<?> model, Class<?> operations) {
        for (ExecutionScenario scenario : scenarios) {
            options.addCustomScenario(scenario);
        }
        options.sequentialSpecification(model).check(operations);
    }

    /**
     * {@code count} scenarios that always terminate (see the class comment), from a fixed seed so
     * that a failure reproduces. Every other one is a hand-off scenario (threads 0 and 1 make random
     * blocking and non-blocking calls), the rest are interrupt scenarios: thread 0 makes blocking
     * calls only, thread 1 non-blocking calls, one {@code interrupt} of thread 0, which then lands on
     * thread 0 while it waits, a send right after it (the item must not reach the interrupted
     * waiter) and any calls after that.
     */
    static List<ExecutionScenario> scenarios(int maxBufferSize, int count, long seed, Class<?> operations) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExecutionScenario> scenarios = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            boolean interrupting = n % 2 == 1;
            List<Actor> init = new ArrayList<>();
            if (maxBufferSize > 0 && random.nextInt(3) == 0) {
                init.add(actor(operations, "sendNowait", 9, OUTSIDE));
            }
            int item = 1;
            List<Actor> first = new ArrayList<>();
            int firstLength = 1 + random.nextInt(3);
            for (int i = 0; i < firstLength; i++) {
                first.add(interrupting ? blockingCall(random, operations, maxBufferSize, 0, item++)
                        : anyCall(random, operations, maxBufferSize, 0, item++));
            }
            List<Actor> second = new ArrayList<>();
            int secondLength = 1 + random.nextInt(3);
            int interruptAt = random.nextInt(secondLength);
            for (int i = 0; i < secondLength; i++) {
                if (interrupting && i == interruptAt) {
                    second.add(actor(operations, "interrupt", 0, firstLength, 1));
                    // The interesting next step: an item that must not reach the interrupted waiter.
                    second.add(maxBufferSize > 0 && random.nextBoolean() ? actor(operations, "sendNowait", item++, 1)
                            : actor(operations, "send", item++, 1));
                } else if (interrupting && i < interruptAt) {
                    second.add(nonBlockingCall(random, operations, maxBufferSize, 1, item++)); // thread 0 alone waits
                } else {
                    second.add(anyCall(random, operations, maxBufferSize, 1, item++));
                }
            }
            List<Actor> closer = new ArrayList<>();
            if (n % 4 == 0) {
                // half the hand-off scenarios: look before closing, so a lost hand-off cannot hide
                // behind the close (the other half keep the close racing the calls)
                closer.add(actor(operations, "statisticsOnceSettled", first.size(), second.size(), 2));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                closer.add(nonBlockingCall(random, operations, maxBufferSize, 2, item++));
            }
            closer.add(actor(operations, "closeSend", 2));
            List<Actor> post = List.of(actor(operations, "receiveNowait", OUTSIDE),
                    actor(operations, "receiveNowait", OUTSIDE), actor(operations, "statistics", OUTSIDE));
            scenarios.add(new ExecutionScenario(init, List.of(first, second, closer), post, null));
        }
        return scenarios;
    }

    private static Actor anyCall(SplittableRandom random, Class<?> operations, int maxBufferSize, int thread,
            int item) {
        return random.nextInt(5) < 3 ? blockingCall(random, operations, maxBufferSize, thread, item)
                : nonBlockingCall(random, operations, maxBufferSize, thread, item);
    }

    private static Actor blockingCall(SplittableRandom random, Class<?> operations, int maxBufferSize, int thread,
            int item) {
        switch (random.nextInt(maxBufferSize == 0 ? 5 : 6)) { // rendezvous: no timed send (see the model)
            case 0:
            case 1:
                return actor(operations, "send", item, thread);
            case 2:
            case 3:
                return actor(operations, "receive", thread);
            case 4:
                return actor(operations, "receiveTimed", thread);
            default:
                return actor(operations, "sendTimed", item, thread);
        }
    }

    private static Actor nonBlockingCall(SplittableRandom random, Class<?> operations, int maxBufferSize,
            int thread, int item) {
        while (true) {
            switch (random.nextInt(5)) {
                case 0:
                case 1:
                    if (maxBufferSize > 0) { // rendezvous: the model cannot know whether a receiver waits
                        return actor(operations, "sendNowait", item, thread);
                    }
                    continue;
                case 2:
                    return actor(operations, "receiveNowait", thread);
                case 3:
                    return actor(operations, "statistics", thread);
                default:
                    if (random.nextInt(4) == 0) {
                        return actor(operations, "closeReceive", thread);
                    }
                    continue;
            }
        }
    }

    private static Actor actor(Class<?> operations, String name, Object... arguments) {
        for (Method method : operations.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                return new Actor(method, List.of(arguments));
            }
        }
        throw new IllegalArgumentException("no operation " + name + "/" + arguments.length);
    }
}
