package dev.streams.spring.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The channel a bean sends into (for the shutdown order) is looked up from the names the channel
 * specs give their beans, not recovered by cutting a suffix off a bean name.
 */
class MemoryChannelsBeanNameTests {

    @Test
    void onlyTheStreamAndSendStreamBeansSendIntoTheirChannel() {
        MemoryChannelSpec orders = new MemoryChannelSpec("orders", 1, Object.class, false, Duration.ZERO);
        MemoryChannelSpec refunds = new MemoryChannelSpec("refunds", 1, Object.class, false, Duration.ZERO);
        MemoryChannels channels = new MemoryChannels(List.of(orders, refunds));
        try {
            assertThat(channels.channelSentToBy(orders.streamBeanName())).isSameAs(channels.get("orders"));
            assertThat(channels.channelSentToBy("ordersSendStream")).isSameAs(channels.get("orders"));
            assertThat(channels.channelSentToBy("refundsSendStream")).isSameAs(channels.get("refunds"));
            assertThat(channels.channelSentToBy(orders.receiveStreamBeanName())).isNull();
            assertThat(channels.channelSentToBy("orders")).isNull();
            assertThat(channels.channelSentToBy("auditSendStream")).isNull();
        } finally {
            channels.close();
        }
    }
}
