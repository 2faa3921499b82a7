package dev.streams.spring.autoconfigure.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.kafka.KafkaChannel;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.autoconfigure.InvalidStreamsPropertyException;
import dev.streams.spring.autoconfigure.StreamsKafkaDependencyCheck;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.channel.UnknownChannelException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every bad streams.kafka property fails startup naming the property path and the fix. */
class KafkaChannelStartupFailureTests {

    private ApplicationContextRunner contextRunner() {
        // No broker is contacted before these failures: the address only has to parse.
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, StreamsMemoryAutoConfiguration.class,
                    StreamsKafkaDependencyCheck.class, StreamsKafkaAutoConfiguration.class))
            .withPropertyValues("spring.kafka.bootstrap-servers=127.0.0.1:9");
    }

    private static InvalidStreamsPropertyException failure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable cause = context.getStartupFailure();
        while (cause != null && !(cause instanceof InvalidStreamsPropertyException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an InvalidStreamsPropertyException in %s", context.getStartupFailure()).isNotNull();
        return (InvalidStreamsPropertyException) cause;
    }

    @Test
    void aNameThatIsBothAMemoryAndAKafkaChannelFails() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=1",
                "streams.kafka.channels.orders.partitions=1").run(context -> {
                    InvalidStreamsPropertyException failure = failure(context);
                    assertThat(failure.property()).isEqualTo("streams.kafka.channels.orders");
                    assertThat(failure.getMessage()).contains("streams.memory.channels.orders");
                    assertThat(failure.action()).contains("Remove one of");
                });
    }

    @Test
    void anItemTypeThatCannotBeLoadedFails() {
        contextRunner().withPropertyValues("streams.kafka.channels.orders.item-type=com.example.Missing")
            .run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.property()).isEqualTo("streams.kafka.channels.orders.item-type");
                assertThat(failure.getMessage()).contains("com.example.Missing");
            });
    }

    @Test
    void bufferSizePartitionsAndMaxAttemptsBelowOneFail() {
        for (String key : new String[] { "buffer-size", "partitions", "retry.max-attempts" }) {
            contextRunner().withPropertyValues("streams.kafka.channels.orders." + key + "=0").run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.property()).isEqualTo("streams.kafka.channels.orders." + key);
                assertThat(failure.action()).contains("1 or more");
            });
        }
    }

    @Test
    void fewerPartitionsThanAListenersConcurrencyFails() {
        contextRunner().withPropertyValues("streams.kafka.channels.work.partitions=2")
            .withUserConfiguration(FourConsumers.class)
            .run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.property()).isEqualTo("streams.kafka.channels.work.partitions");
                assertThat(failure.getMessage()).contains("concurrency 4");
                assertThat(failure.action()).contains("at least 4");
            });
    }

    @Test
    void kafkaChannelsWithoutStreamsKafkaFailNamingTheDependency() {
        contextRunner().withClassLoader(new FilteredClassLoader(KafkaChannel.class))
            .withPropertyValues("streams.kafka.channels.orders.partitions=1")
            .run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.property()).isEqualTo("streams.kafka.channels");
                assertThat(failure.action()).contains("dev.streams:streams-kafka");
            });
    }

    @Test
    void kafkaChannelsWithoutBootsKafkaModuleFailNamingTheStarter() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class,
                    StreamsKafkaDependencyCheck.class, StreamsKafkaAutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader("org.springframework.boot.kafka"))
            .withPropertyValues("streams.kafka.channels.orders.partitions=1")
            .run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.getMessage()).contains("spring-boot-starter-kafka");
            });
    }

    @Test
    void anUnknownChannelListsTheKafkaChannelsToo() {
        contextRunner().withPropertyValues("streams.memory.channels.audit.buffer-size=1",
                "streams.kafka.channels.orders.partitions=1", "streams.kafka.channels.refunds.partitions=1")
            .withUserConfiguration(MisspelledConsumer.class)
            .run(context -> {
                assertThat(context).hasFailed();
                Throwable cause = context.getStartupFailure();
                while (cause != null && !(cause instanceof UnknownChannelException)) {
                    cause = cause.getCause();
                }
                assertThat(cause).as("an UnknownChannelException in %s", context.getStartupFailure()).isNotNull();
                UnknownChannelException failure = (UnknownChannelException) cause;
                assertThat(failure.channel()).isEqualTo("ordres");
                assertThat(failure.configuredChannels()).containsExactly("audit", "orders", "refunds");
                assertThat(failure.getMessage()).contains("[audit, orders, refunds]");
            });
    }

    @Test
    void aKafkaListenerWithAWrongParameterTypeFailsLikeAMemoryOne() {
        contextRunner().withPropertyValues("streams.kafka.channels.work.partitions=1")
            .withUserConfiguration(IntegerConsumer.class)
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("takes a java.lang.Integer, but kafka channel 'work' carries java.lang.String");
            });
    }

    @Test
    void anApplicationBeanWithAChannelBeansNameFailsNamingTheChannel() {
        contextRunner().withPropertyValues("streams.kafka.channels.orders.partitions=1")
            .withUserConfiguration(UserSendStream.class)
            .run(context -> {
                InvalidStreamsPropertyException failure = failure(context);
                assertThat(failure.property()).isEqualTo("streams.kafka.channels.orders");
                assertThat(failure.getMessage()).contains("needs the bean name 'ordersSendStream'");
                assertThat(failure.action()).contains("Rename the application's bean 'ordersSendStream'");
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSendStream {

        @Bean
        String ordersSendStream() {
            return "the application's own";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MisspelledConsumer {

        @ChannelListener(channel = "ordres")
        void on(String item) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class IntegerConsumer {

        @ChannelListener(channel = "work")
        void on(Integer item) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FourConsumers {

        @ChannelListener(channel = "work", concurrency = 4)
        void on(String item) {
        }
    }
}
