package dev.streams.spring.autoconfigure.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.KafkaSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.kafka.test.EmbeddedBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Shutdown with items fetched but not processed: the listener finishes the item in hand and commits
 * it; the other instance of the group gets every other item, and not the finished one again.
 */
class KafkaListenerShutdownTests {

    static final List<String> processedByFirst = new CopyOnWriteArrayList<>();
    static final List<String> processedBySecond = new CopyOnWriteArrayList<>();
    static final CountDownLatch inHand = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aStoppingListenerFinishesTheItemInHandAndTheRestGoesToTheGroup() throws Exception {
        String topic = EmbeddedBroker.uniqueName("shutdown");
        List<String> args = new ArrayList<>();
        for (String property : EmbeddedBroker.properties("streams.kafka.channels.jobs.topic=" + topic,
                "streams.kafka.channels.jobs.group=" + topic + "-group", "spring.main.web-application-type=none")) {
            args.add("--" + property);
        }
        ConfigurableApplicationContext first = new SpringApplicationBuilder(FirstInstance.class)
            .run(args.toArray(String[]::new));
        Thread closer = new Thread(first::close, "closer");
        try {
            @SuppressWarnings("unchecked")
            KafkaSendStream<String> send = first.getBean("jobsSendStream", KafkaSendStream.class);
            for (int i = 0; i < 10; i++) {
                send.send("job-" + i);
            }
            assertThat(inHand.await(60, TimeUnit.SECONDS)).isTrue(); // job-0 in hand, the rest fetched
            closer.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> closer.getState() == Thread.State.TIMED_WAITING
                    || closer.getState() == Thread.State.WAITING);
            release.countDown(); // the listener finishes job-0 while the context stops
            closer.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(closer.isAlive()).isFalse();
        } finally {
            release.countDown();
            first.close();
        }
        assertThat(processedByFirst).containsExactly("job-0");

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SecondInstance.class)
            .run(args.toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> processedBySecond.size() >= 9);
            assertThat(processedBySecond).containsExactly("job-1", "job-2", "job-3", "job-4", "job-5", "job-6",
                    "job-7", "job-8", "job-9");
        }
        // A container's stop callback runs on its consumer thread just before that thread ends, so
        // the thread may still be finishing when close() returns: wait for it (loosely), never forever.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("streams-kafka-jobs")));
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ JacksonAutoConfiguration.class, KafkaAutoConfiguration.class,
            dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration.class, StreamsKafkaAutoConfiguration.class })
    static class FirstInstance {

        @ChannelListener(channel = "jobs")
        void on(String job) throws InterruptedException {
            if (job.equals("job-0")) {
                inHand.countDown();
                release.await(60, TimeUnit.SECONDS);
            }
            processedByFirst.add(job);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ JacksonAutoConfiguration.class, KafkaAutoConfiguration.class,
            dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration.class, StreamsKafkaAutoConfiguration.class })
    static class SecondInstance {

        @ChannelListener(channel = "jobs")
        void on(String job) {
            processedBySecond.add(job);
        }
    }
}
