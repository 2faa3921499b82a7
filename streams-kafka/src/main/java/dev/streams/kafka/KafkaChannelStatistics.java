package dev.streams.kafka;

/**
 * A snapshot of a {@link KafkaChannel}'s counters in this process.
 *
 * @param itemsSent items the broker acknowledged
 * @param itemsReceived items handed to receivers
 * @param itemsDeadLettered records sent to the dead-letter topic (or skipped when there is none)
 * @param bufferUsed items waiting in the local buffers of the open receive streams
 * @param bufferCapacity the sum of those buffers' capacities
 * @param lag over the partitions this process's receive streams hold: end offset minus committed
 *     offset, as last seen by their consumers
 */
public record KafkaChannelStatistics(
        long itemsSent, long itemsReceived, long itemsDeadLettered, long bufferUsed, long bufferCapacity,
        long lag) {
}
