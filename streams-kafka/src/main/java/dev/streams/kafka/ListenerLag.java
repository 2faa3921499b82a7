package dev.streams.kafka;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * The lag of a listener container's consumers, from the clients' own per-partition
 * {@code records-lag} metric (end offset minus position). With a commit after every record the
 * position runs ahead of the committed offset by at most the records of one poll.
 */
final class ListenerLag {

    private ListenerLag() {
    }

    static long of(ConcurrentMessageListenerContainer<?, ?> container) {
        long lag = 0;
        for (Map<MetricName, ? extends Metric> metrics : container.metrics().values()) {
            for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
                MetricName name = metric.getKey();
                if (name.name().equals("records-lag") && name.tags().containsKey("partition")
                        && metric.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                    lag += value.longValue();
                }
            }
        }
        return lag;
    }
}
