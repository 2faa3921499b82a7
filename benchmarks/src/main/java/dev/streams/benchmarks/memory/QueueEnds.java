package dev.streams.benchmarks.memory;

/**
 * The two ends of a baseline queue, as the SPSC and MPMC benchmarks drive them: one shared
 * producer/consumer loop per benchmark class, with the queue's own calls plugged in.
 *
 * <pre>{@code
 * transfer(arrayBlockingQueue::take, arrayBlockingQueue::put);
 * }</pre>
 */
final class QueueEnds {

    private QueueEnds() {
    }

    /** How a baseline's consumers take an item. */
    interface Take {
        Object take() throws InterruptedException;
    }

    /** How a baseline's producers put one. */
    interface Put {
        void put(Object item) throws InterruptedException;
    }
}
