package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.TestClients;
import dev.streams.spring.listener.ManagedListener;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Consumer and handler threads come from Boot's task executor builder: the application's
 * {@link TaskDecorator} (e.g. Boot's ContextPropagatingTaskDecorator for MDC and traces) applies.
 */
class StreamsThreadingTests {

    @Test
    void theApplicationsTaskDecoratorWrapsConsumersAndHandlers() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class,
                    StreamsMemoryAutoConfiguration.class, SslAutoConfiguration.class,
                    StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(Decorated.class)
            .withPropertyValues("streams.memory.channels.jobs.buffer-size=10",
                    "streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.enabled=false")
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> jobs = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                jobs.send("job");
                try (Socket client = TestClients.plain(context.getBean(ManagedListener.class).port())) {
                    assertThat(TestClients.exchange(client, "ping")).isEqualTo("ping");
                }
                Decorated decorated = context.getBean(Decorated.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> decorated.seen.size() == 2);
                assertThat(decorated.seen).containsExactlyInAnyOrder("consumer:decorated:daemon",
                        "handler:decorated:daemon");
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class Decorated {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        TaskDecorator mdcDecorator() {
            return task -> () -> {
                MDC.put("origin", "decorated");
                try {
                    task.run();
                } finally {
                    MDC.remove("origin");
                }
            };
        }

        @Bean
        StreamHandler<ByteStream> echo() {
            return stream -> {
                this.seen.add("handler:" + MDC.get("origin") + ":" + (Thread.currentThread().isDaemon() ? "daemon" : "user"));
                stream.send(stream.receive());
            };
        }

        @ChannelListener(channel = "jobs")
        void process(Object job) {
            this.seen.add("consumer:" + MDC.get("origin") + ":" + (Thread.currentThread().isDaemon() ? "daemon" : "user"));
        }
    }
}
