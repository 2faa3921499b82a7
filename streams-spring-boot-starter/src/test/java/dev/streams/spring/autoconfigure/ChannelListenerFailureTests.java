package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.DeadLetter;
import dev.streams.spring.channel.ChannelListenerErrorHandler;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.metrics.MemoryChannelMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.NestedExceptionUtils;

/** API.md §14 consumer failures: retries, dead letters, the failed counter and error handler choice. */
class ChannelListenerFailureTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class));
    }

    @SuppressWarnings("unchecked")
    private static MemoryObjectSendStream<Object> sender(org.springframework.context.ApplicationContext context,
            String channel) {
        return context.getBean(channel + "SendStream", MemoryObjectSendStream.class);
    }

    @Test
    void aFailingItemIsRetriedThenDeadLetteredAndCounted() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10",
                "streams.memory.channels.jobs.retry.max-attempts=3", "streams.memory.channels.jobs.retry.backoff=20ms",
                "streams.memory.channels.jobs.dead-letter-channel=failed",
                "streams.memory.channels.failed.item-type=dev.streams.spring.DeadLetter",
                "streams.memory.channels.failed.buffer-size=10")
            .withUserConfiguration(FlakyConsumer.class)
            .run(context -> {
                FlakyConsumer consumer = context.getBean(FlakyConsumer.class);
                sender(context, "jobs").send("fails-twice");
                sender(context, "jobs").send("always-fails");
                await().atMost(Duration.ofSeconds(10)).until(() -> consumer.letters.size() == 1);
                assertThat(consumer.calls).containsExactly("fails-twice", "fails-twice", "fails-twice",
                        "always-fails", "always-fails", "always-fails");
                DeadLetter<?> letter = consumer.letters.get(0);
                assertThat(letter.channel()).isEqualTo("jobs");
                assertThat(letter.item()).isEqualTo("always-fails");
                assertThat(letter.attempts()).isEqualTo(3);
                assertThat(letter.exception()).isInstanceOf(IllegalStateException.class).hasMessage("no: always-fails");
                MemoryChannels channels = context.getBean(MemoryChannels.class);
                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                new MemoryChannelMetrics(channels).bindTo(registry);
                assertThat(registry.get("streams.memory.items.failed").tag("channel", "jobs").functionCounter().count())
                    .isEqualTo(1.0);
            });
    }

    @Test
    void maxAttemptsBelowOneFailsStartupNamingTheProperty() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.retry.max-attempts=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .isInstanceOf(InvalidStreamsPropertyException.class)
                .hasMessageContaining("streams.memory.channels.jobs.retry.max-attempts is 0");
        });
    }

    @Test
    void aDeadLetterChannelThatIsNotConfiguredFailsStartupNamingTheProperty() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.dead-letter-channel=nowhere").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .isInstanceOf(InvalidStreamsPropertyException.class)
                .hasMessageContaining("streams.memory.channels.jobs.dead-letter-channel is 'nowhere'")
                .hasMessageContaining("[jobs]");
        });
    }

    @Test
    void aChannelThatIsItsOwnDeadLetterChannelFailsStartupNamingTheProperty() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.dead-letter-channel=jobs").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .isInstanceOf(InvalidStreamsPropertyException.class)
                .hasMessageContaining("streams.memory.channels.jobs.dead-letter-channel is 'jobs'");
        });
    }

    @Test
    void aDeadLetterChannelOfAnotherItemTypeFailsStartup() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.dead-letter-channel=failed",
                "streams.memory.channels.failed.item-type=java.lang.String").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                        .hasMessageContaining("streams.memory.channels.jobs.dead-letter-channel is 'failed'")
                        .hasMessageContaining("java.lang.String");
                });
    }

    @Test
    void anUnknownChannelIsExplainedWithTheMethodTheBeanAndTheConfiguredChannels() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=1",
                "streams.memory.channels.refunds.buffer-size=1")
            .withUserConfiguration(MisspelledConsumer.class)
            .run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new UnknownChannelFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("@ChannelListener(channel = \"ordres\")")
                    .contains(MisspelledConsumer.class.getName() + ".process")
                    .contains("bean 'channelListenerFailureTests.MisspelledConsumer'")
                    .contains("[orders, refunds]");
                assertThat(analysis.getAction()).contains("streams.memory.channels.ordres");
            });
    }

    @Test
    void channelListenerBeansStartUnderLazyInitialization() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withBean(LazyInitializationBeanFactoryPostProcessor.class)
            .withUserConfiguration(CountingConsumer.class)
            .run(context -> {
                assertThat(context.getBean(MemoryChannels.class).activeConsumers("jobs")).isEqualTo(1);
                sender(context, "jobs").send("x");
                await().atMost(Duration.ofSeconds(10)).until(() -> CountingConsumer.calls.get() >= 1);
            });
    }

    @Test
    void aListenerUsesTheErrorHandlerItNames() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withUserConfiguration(TwoHandlers.class, NamedHandlerConsumer.class)
            .run(context -> {
                sender(context, "jobs").send("x");
                TwoHandlers handlers = context.getBean(TwoHandlers.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> !handlers.seen.isEmpty());
                assertThat(handlers.seen).containsExactly("special:jobs:x");
            });
    }

    @Test
    void twoErrorHandlersWithoutPrimaryFailStartup() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withUserConfiguration(TwoHandlers.class, AlwaysFailing.class)
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure()
                    .rootCause()
                    .hasMessageContaining("2 ChannelListenerErrorHandler beans")
                    .hasMessageContaining("none is @Primary");
            });
    }

    @Test
    void ofTwoErrorHandlersThePrimaryOneIsUsed() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withUserConfiguration(TwoHandlersOnePrimary.class, AlwaysFailing.class)
            .run(context -> {
                sender(context, "jobs").send("x");
                TwoHandlersOnePrimary handlers = context.getBean(TwoHandlersOnePrimary.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> !handlers.seen.isEmpty());
                assertThat(handlers.seen).containsExactly("primary:jobs:x");
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class FlakyConsumer {

        final List<Object> calls = new CopyOnWriteArrayList<>();

        final List<DeadLetter<?>> letters = new CopyOnWriteArrayList<>();

        private final AtomicInteger failures = new AtomicInteger();

        @ChannelListener(channel = "jobs")
        void process(String job) {
            this.calls.add(job);
            if (job.equals("always-fails") || this.failures.incrementAndGet() <= 2) {
                throw new IllegalStateException("no: " + job);
            }
        }

        @ChannelListener(channel = "failed")
        void park(DeadLetter<?> letter) {
            this.letters.add(letter);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MisspelledConsumer {

        @ChannelListener(channel = "ordres")
        void process(Object order) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CountingConsumer {

        static final AtomicInteger calls = new AtomicInteger();

        @ChannelListener(channel = "jobs")
        void process(Object job) {
            calls.incrementAndGet();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoHandlers {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        ChannelListenerErrorHandler plainHandler() {
            return (channel, item, error) -> this.seen.add("plain:" + channel + ":" + item);
        }

        @Bean
        ChannelListenerErrorHandler specialHandler() {
            return (channel, item, error) -> this.seen.add("special:" + channel + ":" + item);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoHandlersOnePrimary {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        ChannelListenerErrorHandler otherHandler() {
            return (channel, item, error) -> this.seen.add("other:" + channel + ":" + item);
        }

        @Bean
        @Primary
        ChannelListenerErrorHandler primaryHandler() {
            return (channel, item, error) -> this.seen.add("primary:" + channel + ":" + item);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NamedHandlerConsumer {

        @ChannelListener(channel = "jobs", errorHandler = "specialHandler")
        void process(Object job) {
            throw new IllegalStateException("always");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AlwaysFailing {

        @ChannelListener(channel = "jobs")
        void process(Object job) {
            throw new IllegalStateException("always");
        }
    }
}
