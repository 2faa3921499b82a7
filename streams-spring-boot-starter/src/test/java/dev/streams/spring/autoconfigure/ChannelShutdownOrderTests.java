package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API.md §14 shutdown order: what consumers forward while they drain is delivered, not lost. */
@ExtendWith(OutputCaptureExtension.class)
class ChannelShutdownOrderTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class));
    }

    @Test
    void itemsForwardedToTheNextStageDuringTheDrainAreDelivered(CapturedOutput output) {
        Pipeline.reset();
        contextRunner().withPropertyValues("streams.memory.channels.first.buffer-size=100",
                "streams.memory.channels.second.buffer-size=100")
            .withUserConfiguration(Pipeline.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> first = context.getBean("firstSendStream", MemoryObjectSendStream.class);
                for (int i = 0; i < 20; i++) {
                    first.send(i);
                }
                Pipeline.started.await(10, TimeUnit.SECONDS); // the first stage holds item 0; 19 stay buffered
            }); // close: the first stage drains 20 items into the second while the second keeps running
        assertThat(Pipeline.delivered).hasSize(20);
        assertThat(output).doesNotContain("undelivered").doesNotContain("ClosedResourceException");
    }

    @Test
    void deadLettersSentDuringTheDrainReachTheDeadLetterChannel() {
        DeadLetters.reset();
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=100",
                "streams.memory.channels.jobs.dead-letter-channel=failed",
                "streams.memory.channels.failed.buffer-size=1")
            .withUserConfiguration(DeadLetters.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> jobs = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                for (int i = 0; i < 10; i++) {
                    jobs.send("job-" + i);
                }
                DeadLetters.started.await(10, TimeUnit.SECONDS);
            });
        assertThat(DeadLetters.letters).hasSize(10).allSatisfy(letter -> {
            assertThat(letter.channel()).isEqualTo("jobs");
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.exception()).hasMessage("always");
        });
    }

    @Test
    void anItemAConsumerWasInterruptedOnCountsAsUndelivered(CapturedOutput output) {
        contextRunner().withPropertyValues("streams.memory.channels.stuck.buffer-size=10",
                "streams.memory.channels.stuck.drain-timeout=400ms")
            .withUserConfiguration(InterruptibleConsumer.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("stuckSendStream", MemoryObjectSendStream.class);
                for (int i = 0; i < 4; i++) {
                    send.send(i);
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> send.statistics().currentBufferUsed() == 3);
            });
        // 3 buffered and the one the consumer was interrupted on
        assertThat(output).contains("Memory channel 'stuck' closed with 4 undelivered item(s)");
    }

    @Test
    void aConsumerThatIgnoresTheInterruptIsReportedAndShutdownStillEnds(CapturedOutput output) {
        Stubborn.release = new CountDownLatch(1);
        long start = System.nanoTime();
        contextRunner().withPropertyValues("streams.memory.channels.stuck.buffer-size=10",
                "streams.memory.channels.stuck.drain-timeout=400ms")
            .withUserConfiguration(Stubborn.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("stuckSendStream", MemoryObjectSendStream.class);
                send.send(1);
                await().atMost(Duration.ofSeconds(10)).until(() -> send.statistics().currentBufferUsed() == 0);
            });
        Stubborn.release.countDown();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(output).contains("Stubborn.process-0] ignored the interrupt")
            .contains("Memory channel 'stuck' closed with 1 undelivered item(s)");
    }

    @Configuration(proxyBeanMethods = false)
    static class Pipeline {

        static final List<Object> delivered = new CopyOnWriteArrayList<>();

        static volatile CountDownLatch started = new CountDownLatch(1);

        static void reset() {
            delivered.clear();
            started = new CountDownLatch(1);
        }

        @Bean
        FirstStage firstStage(@Qualifier("second") MemoryObjectSendStream<Object> second) {
            return new FirstStage(second);
        }

        @ChannelListener(channel = "second")
        void last(Object item) {
            delivered.add(item);
        }
    }

    static class FirstStage {

        private final MemoryObjectSendStream<Object> next;

        FirstStage(MemoryObjectSendStream<Object> next) {
            this.next = next;
        }

        @ChannelListener(channel = "first")
        void forward(Object item) throws InterruptedException {
            Pipeline.started.countDown();
            TimeUnit.MILLISECONDS.sleep(20); // still draining when shutdown begins
            this.next.send(item);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DeadLetters {

        static final List<DeadLetter<?>> letters = new CopyOnWriteArrayList<>();

        static volatile CountDownLatch started = new CountDownLatch(1);

        static void reset() {
            letters.clear();
            started = new CountDownLatch(1);
        }

        @ChannelListener(channel = "jobs")
        void process(String job) throws InterruptedException {
            started.countDown();
            TimeUnit.MILLISECONDS.sleep(20);
            throw new IllegalStateException("always");
        }

        @ChannelListener(channel = "failed")
        void park(DeadLetter<?> letter) throws InterruptedException {
            TimeUnit.MILLISECONDS.sleep(5);
            letters.add(letter);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class InterruptibleConsumer {

        @ChannelListener(channel = "stuck")
        void process(Object item) throws InterruptedException {
            new CountDownLatch(1).await(); // busy with its first item until interrupted
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Stubborn {

        static volatile CountDownLatch release = new CountDownLatch(1);

        @ChannelListener(channel = "stuck")
        void process(Object item) {
            while (true) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException ignored) {
                    // ignores the interrupt on purpose
                }
            }
        }
    }
}
