package dev.streams.memory;

/**
 * A consistent snapshot of a memory object stream, identical from every send and receive handle
 * and still available after they are closed. Taken under the stream's lock, with the buffer's fill
 * computed from its cursors at one instant, so every field changes synchronously with the operation
 * that changed it.
 *
 * <pre>{@code
 * MemoryObjectStreamStatistics stats = receiveStream.statistics();
 * log.info("{} of {} buffered, {} receivers waiting",
 *         stats.currentBufferUsed(), stats.maxBufferSize(), stats.tasksWaitingReceive());
 * }</pre>
 *
 * @param currentBufferUsed   items in the buffer (not counting items held by blocked senders)
 * @param maxBufferSize       the buffer's capacity; {@link MemoryObjectStream#UNBOUNDED} for no limit
 * @param openSendStreams     send handles (clones) not yet closed
 * @param openReceiveStreams  receive handles (clones) not yet closed
 * @param tasksWaitingSend    threads blocked in {@code send}
 * @param tasksWaitingReceive threads blocked in {@code receive}
 */
public record MemoryObjectStreamStatistics(int currentBufferUsed, int maxBufferSize, int openSendStreams,
        int openReceiveStreams, int tasksWaitingSend, int tasksWaitingReceive) {
}
