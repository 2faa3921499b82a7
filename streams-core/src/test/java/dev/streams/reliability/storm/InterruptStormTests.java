package dev.streams.reliability.storm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streams.TaskThreads;
import dev.streams.memory.MemoryObjectStream;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interrupt storms over memory object streams (API.md 3.3: no loss, no duplication): four buffer
 * shapes, producers and consumers on clones, random interrupts (one operation in 24), timeouts and clone closes, on
 * platform threads and on virtual threads ({@link TaskThreads}, JDK 21+). About 10^5 operations per
 * thread kind in {@code mvn verify}; 10^6 per shape and thread kind under {@code -Psoak}.
 */
class InterruptStormTests {

    private static final int[] SHAPES = {0, 1, 16, MemoryObjectStream.UNBOUNDED};
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    /** 4 shapes x 4 producers x 3 200 sends, about as many receives: ~10^5 operations. */
    private static final int SENDS_PER_PRODUCER = 3_200;
    /** 4 producers x 125 000 sends and about as many receives: ~10^6 operations per shape. */
    private static final int SOAK_SENDS_PER_PRODUCER = 125_000;
    /**
     * Interrupts come from the workers themselves (one operation in 24), so on a bounded stream
     * hundreds land per storm however busy the machine is; fewer than this means the storm did not
     * storm. On an unbounded stream a send never blocks, so only consumers waiting on an empty
     * buffer can be interrupted: a handful per storm, and at least one.
     */
    private static final long MIN_INTERRUPTS_LANDED_BOUNDED = 20;
    private static final long MIN_INTERRUPTS_LANDED_UNBOUNDED = 1;

    private static final Function<Runnable, Thread> PLATFORM = task -> {
        Thread thread = new Thread(task, "storm-platform");
        thread.setDaemon(true);
        return thread;
    };
    private static final Function<Runnable, Thread> TASK_THREADS = task -> TaskThreads.newThread("storm-task", task);

    @Test
    @Timeout(120)
    void everyItemIsDeliveredOnceOrReportedUndeliveredOnPlatformThreads() throws Exception {
        storms("platform", PLATFORM, SENDS_PER_PRODUCER, 0x5EED_0001L);
    }

    @Test
    @Timeout(120)
    void everyItemIsDeliveredOnceOrReportedUndeliveredOnVirtualThreads() throws Exception {
        assumeTrue(TaskThreads.virtualThreadsAvailable(), "[JDK 17] virtual threads need JDK 21+");
        storms("virtual", TASK_THREADS, SENDS_PER_PRODUCER, 0x5EED_0002L);
    }

    @Test
    @Tag("soak")
    @Timeout(1800)
    void aMillionOperationsPerShapeLoseAndDuplicateNothing() throws Exception {
        long seed = System.nanoTime();
        storms("platform", PLATFORM, SOAK_SENDS_PER_PRODUCER, seed);
        if (TaskThreads.virtualThreadsAvailable()) {
            storms("virtual", TASK_THREADS, SOAK_SENDS_PER_PRODUCER, seed + 1);
        }
    }

    private static void storms(String kind, Function<Runnable, Thread> threads, int sends, long seed)
            throws InterruptedException {
        for (int shape : SHAPES) {
            String name = kind + " buffer " + (shape == MemoryObjectStream.UNBOUNDED ? "unbounded" : shape);
            InterruptStorm.Result result = new InterruptStorm(new InterruptStorm.Config(name, shape, PRODUCERS,
                    CONSUMERS, sends, seed + shape, threads)).run();
            result.verify();
            System.out.println("interrupt storm " + result.summary());
            // The storm must really have stormed: interrupts landed and some sends were refused.
            assertThat(result.interrupts()).as("interrupts sent").isPositive();
            assertThat(result.interruptsLanded()).as("interrupts that made a stream call throw InterruptedException")
                    .isGreaterThanOrEqualTo(shape == MemoryObjectStream.UNBOUNDED ? MIN_INTERRUPTS_LANDED_UNBOUNDED
                            : MIN_INTERRUPTS_LANDED_BOUNDED);
            assertThat(result.accepted()).as("items delivered").isPositive();
            assertThat(result.undelivered()).as("sends reported undelivered").isPositive();
        }
    }
}
