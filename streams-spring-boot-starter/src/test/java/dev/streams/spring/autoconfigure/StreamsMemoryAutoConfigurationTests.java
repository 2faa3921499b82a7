package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dev.streams.ClosedResourceException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.channel.ChannelListenerErrorHandler;
import dev.streams.spring.channel.MemoryChannels;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;

@ExtendWith(OutputCaptureExtension.class)
class StreamsMemoryAutoConfigurationTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class));
    }

    @Test
    void shouldNotCreateChannelsByDefault() {
        contextRunner().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(MemoryObjectStream.class);
            assertThat(context).doesNotHaveBean(MemoryObjectSendStream.class);
            assertThat(context.getBean(MemoryChannels.class).channels()).isEmpty();
        });
    }

    @Test
    void shouldRegisterThreeQualifiedBeansPerChannel() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=5").run(context -> {
            assertThat(context).hasBean("ordersStream").hasBean("ordersSendStream").hasBean("ordersReceiveStream");
            MemoryObjectStream<?> stream = context.getBean("ordersStream", MemoryObjectStream.class);
            assertThat(context.getBean("ordersSendStream")).isSameAs(stream.sendStream());
            assertThat(context.getBean("ordersReceiveStream")).isSameAs(stream.receiveStream());
            assertThat(stream.sendStream().statistics().maxBufferSize()).isEqualTo(5);
        });
    }

    @Test
    void shouldInjectChannelBeansWithTheirItemType() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=2",
                "streams.memory.channels.orders.item-type=" + Order.class.getName(),
                "streams.memory.channels.other.buffer-size=1")
            .withUserConfiguration(OrderClient.class)
            .run(context -> {
                assertThat(context).hasNotFailed();
                OrderClient client = context.getBean(OrderClient.class);
                client.send.send(new Order(1));
                assertThat(client.receive.receive()).isEqualTo(new Order(1));
                assertThat(client.stream.sendStream()).isSameAs(client.send);
                String[] typed = context.getBeanNamesForType(
                        ResolvableType.forClassWithGenerics(MemoryObjectSendStream.class, Order.class));
                assertThat(typed).containsExactly("ordersSendStream");
            });
    }

    @Test
    void shouldRejectItemsOfAnotherTypeWhenItemTypeIsSet() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=2",
                "streams.memory.channels.orders.item-type=" + Order.class.getName())
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("ordersSendStream", MemoryObjectSendStream.class);
                assertThatExceptionOfType(ClassCastException.class).isThrownBy(() -> send.send("not an order"))
                    .withMessageContaining(Order.class.getName());
            });
    }

    @Test
    void shouldCarryAnyObjectWithoutItemType() {
        contextRunner().withPropertyValues("streams.memory.channels.events.unbounded=true",
                "streams.memory.channels.events.drain-timeout=0s")
            .withUserConfiguration(ObjectClient.class)
            .run(context -> {
                ObjectClient client = context.getBean(ObjectClient.class);
                client.send.send("text");
                client.send.send(42);
                assertThat(client.stream.receiveStream().receive()).isEqualTo("text");
                assertThat(client.wildcard).isSameAs(client.stream);
                assertThat(client.stream.sendStream().statistics().maxBufferSize())
                    .isEqualTo(MemoryObjectStream.UNBOUNDED);
            });
    }

    @Test
    void shouldDefaultToARendezvousChannel() {
        contextRunner().withPropertyValues("streams.memory.channels.handoff.item-type=java.lang.String").run(context -> {
            MemoryObjectStream<?> stream = context.getBean("handoffStream", MemoryObjectStream.class);
            assertThat(stream.sendStream().statistics().maxBufferSize()).isZero();
        });
    }

    @Test
    void shouldFailWhenBufferSizeIsNegative() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure()
                .isInstanceOf(InvalidStreamsPropertyException.class)
                .hasMessageContaining("streams.memory.channels.orders.buffer-size is -1")
                .hasMessageContaining("cannot be negative");
        });
    }

    @Test
    void shouldFailWhenUnboundedAndBufferSizeAreBothSet() {
        contextRunner()
            .withPropertyValues("streams.memory.channels.orders.buffer-size=10",
                    "streams.memory.channels.orders.unbounded=true")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure()
                    .isInstanceOf(InvalidStreamsPropertyException.class)
                    .hasMessageContaining("streams.memory.channels.orders.buffer-size is 10")
                    .hasMessageContaining("streams.memory.channels.orders.unbounded is true");
            });
    }

    @Test
    void shouldFailWhenItemTypeIsUnknown() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.item-type=com.example.Missing")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure()
                    .isInstanceOf(InvalidStreamsPropertyException.class)
                    .hasMessageContaining("streams.memory.channels.orders.item-type is 'com.example.Missing'");
                InvalidStreamsPropertyException failure = (InvalidStreamsPropertyException) context.getStartupFailure();
                assertThat(failure.property()).isEqualTo("streams.memory.channels.orders.item-type");
                assertThat(failure.value()).isEqualTo("com.example.Missing");
            });
    }

    @Test
    void shouldFailWhenTheUserDefinesABeanWithAChannelBeansName() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=3")
            .withUserConfiguration(UserChannel.class)
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure()
                    .isInstanceOf(InvalidStreamsPropertyException.class)
                    .hasMessageContaining("streams.memory.channels.orders needs the bean name 'ordersStream'");
            });
    }

    @Test
    void channelListenerConsumesEveryItemWithTheConfiguredConcurrency() {
        contextRunner().withPropertyValues("streams.memory.channels.orders.buffer-size=10",
                "streams.memory.channels.orders.item-type=" + Order.class.getName())
            .withUserConfiguration(OrderConsumer.class)
            .run(context -> {
                MemoryChannels channels = context.getBean(MemoryChannels.class);
                assertThat(channels.activeConsumers("orders")).isEqualTo(3);
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Order> send = context.getBean("ordersSendStream", MemoryObjectSendStream.class);
                for (int i = 0; i < 50; i++) {
                    send.send(new Order(i));
                }
                OrderConsumer consumer = context.getBean(OrderConsumer.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> consumer.received.size() == 50);
                assertThat(consumer.received).extracting(Order::id).doesNotHaveDuplicates();
                // each consumer has its own receive clone, plus the receive stream bean
                assertThat(channels.get("orders").statistics().openReceiveStreams()).isEqualTo(4);
                assertThat(consumer.threads).allSatisfy(name -> assertThat(name).startsWith("streams-channel-orders-"));
            });
    }

    @Test
    void channelListenerFailureGoesToTheErrorHandlerAndTheItemIsNotRetried() {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withUserConfiguration(FailingConsumer.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                send.send("boom");
                send.send("fine");
                FailingConsumer consumer = context.getBean(FailingConsumer.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> consumer.seen.contains("fine"));
                assertThat(consumer.seen).containsExactly("boom", "fine");
                assertThat(consumer.errors).containsExactly("jobs:boom:IllegalStateException");
            });
    }

    @Test
    void channelListenerFailureIsLoggedWithoutAnErrorHandler(CapturedOutput output) {
        contextRunner().withPropertyValues("streams.memory.channels.jobs.buffer-size=10")
            .withUserConfiguration(ThrowingConsumer.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("jobsSendStream", MemoryObjectSendStream.class);
                send.send("boom");
                await().atMost(Duration.ofSeconds(10))
                    .until(() -> output.toString().contains("@ChannelListener of memory channel 'jobs' failed"));
                assertThat(context.getBean(ThrowingConsumer.class).calls).hasValue(1);
            });
    }

    @Test
    void shouldFailWhenChannelListenerNamesAnUnknownChannel() {
        contextRunner().withUserConfiguration(OrderConsumer.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("refers to channel 'orders', but there is no streams.memory.channels.orders");
        });
    }

    @Test
    void shutdownClosesTheSendStreamAndDrainsEveryBufferedItem() throws Exception {
        SlowConsumer.reset();
        MemoryObjectSendStream<?>[] sendBean = new MemoryObjectSendStream<?>[1];
        contextRunner().withPropertyValues("streams.memory.channels.work.buffer-size=100",
                "streams.memory.channels.work.drain-timeout=20s")
            .withUserConfiguration(SlowConsumer.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("workSendStream", MemoryObjectSendStream.class);
                sendBean[0] = send;
                for (int i = 0; i < 40; i++) {
                    send.send(i);
                }
                assertThat(send.statistics().currentBufferUsed()).isPositive();
            }); // closing the context drains
        assertThat(SlowConsumer.received).hasSize(40);
        assertThat(sendBean[0].isClosed()).isTrue();
        @SuppressWarnings("unchecked")
        MemoryObjectSendStream<Object> send = (MemoryObjectSendStream<Object>) sendBean[0];
        assertThatExceptionOfType(ClosedResourceException.class).isThrownBy(() -> send.send(1));
        assertThat(send.statistics().openReceiveStreams()).isZero();
    }

    @Test
    void shutdownLogsHowManyItemsWereLeftWhenTheDrainTimesOut(CapturedOutput output) {
        BlockedConsumer.release = new CountDownLatch(1);
        contextRunner().withPropertyValues("streams.memory.channels.stuck.buffer-size=10",
                "streams.memory.channels.stuck.drain-timeout=200ms")
            .withUserConfiguration(BlockedConsumer.class)
            .run(context -> {
                @SuppressWarnings("unchecked")
                MemoryObjectSendStream<Object> send = context.getBean("stuckSendStream", MemoryObjectSendStream.class);
                for (int i = 0; i < 4; i++) {
                    send.send(i);
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> send.statistics().currentBufferUsed() == 3);
            });
        BlockedConsumer.release.countDown();
        assertThat(output).contains("Memory channel 'stuck' closed with 4 undelivered item(s)")
            .contains("ignored the interrupt and are still running");
    }

    @Test
    void shutdownWithoutConsumersWaitsForOtherReceiversToEmptyTheBuffer() throws Exception {
        List<Object> received = new CopyOnWriteArrayList<>();
        Thread[] receiver = new Thread[1];
        contextRunner().withPropertyValues("streams.memory.channels.manual.buffer-size=10").run(context -> {
            @SuppressWarnings("unchecked")
            MemoryObjectSendStream<Object> send = context.getBean("manualSendStream", MemoryObjectSendStream.class);
            @SuppressWarnings("unchecked")
            MemoryObjectReceiveStream<Object> receive = context.getBean("manualReceiveStream",
                    MemoryObjectReceiveStream.class);
            for (int i = 0; i < 5; i++) {
                send.send(i);
            }
            receiver[0] = new Thread(() -> {
                try {
                    while (true) {
                        TimeUnit.MILLISECONDS.sleep(20);
                        received.add(receive.receive());
                    }
                } catch (InterruptedException | RuntimeException e) {
                    // end of stream or closed: done
                }
            });
            receiver[0].start();
        });
        receiver[0].join(TimeUnit.SECONDS.toMillis(10));
        assertThat(received).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shutdownWithoutConsumersClosesBothSides() {
        MemoryObjectStream<?>[] stream = new MemoryObjectStream<?>[1];
        contextRunner().withPropertyValues("streams.memory.channels.idle.buffer-size=1")
            .run(context -> stream[0] = context.getBean("idleStream", MemoryObjectStream.class));
        assertThat(stream[0].sendStream().isClosed()).isTrue();
        assertThat(stream[0].receiveStream().isClosed()).isTrue();
    }

    record Order(int id) {
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderClient {

        @Autowired
        @Qualifier("orders")
        MemoryObjectSendStream<Order> send;

        @Autowired
        @Qualifier("orders")
        MemoryObjectReceiveStream<Order> receive;

        @Autowired
        @Qualifier("orders")
        MemoryObjectStream<Order> stream;
    }

    @Configuration(proxyBeanMethods = false)
    static class ObjectClient {

        @Autowired
        @Qualifier("events")
        MemoryObjectSendStream<Object> send;

        @Autowired
        @Qualifier("events")
        MemoryObjectStream<Object> stream;

        @Autowired
        @Qualifier("events")
        MemoryObjectStream<?> wildcard;
    }

    @Configuration(proxyBeanMethods = false)
    static class UserChannel {

        final MemoryObjectStream<String> stream = MemoryObjectStream.create(1);

        @Bean
        MemoryObjectStream<String> ordersStream() {
            return this.stream;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderConsumer {

        final List<Order> received = new CopyOnWriteArrayList<>();

        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @ChannelListener(channel = "orders", concurrency = 3)
        void process(Order order) {
            this.threads.add(Thread.currentThread().getName());
            this.received.add(order);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FailingConsumer {

        final List<Object> seen = new CopyOnWriteArrayList<>();

        final List<String> errors = new CopyOnWriteArrayList<>();

        @ChannelListener(channel = "jobs")
        void process(Object job) {
            this.seen.add(job);
            if (job.equals("boom")) {
                throw new IllegalStateException("boom");
            }
        }

        @Bean
        ChannelListenerErrorHandler recordingErrorHandler() {
            return (channel, item, error) -> this.errors.add(channel + ":" + item + ":" + error.getClass().getSimpleName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ThrowingConsumer {

        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        @ChannelListener(channel = "jobs")
        void process(Object job) {
            this.calls.incrementAndGet();
            throw new IllegalStateException("always");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowConsumer {

        static final List<Object> received = new CopyOnWriteArrayList<>();

        static void reset() {
            received.clear();
        }

        @ChannelListener(channel = "work", concurrency = 2)
        void process(Object item) throws InterruptedException {
            TimeUnit.MILLISECONDS.sleep(5);
            received.add(item);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BlockedConsumer {

        static volatile CountDownLatch release = new CountDownLatch(1);

        @ChannelListener(channel = "stuck")
        void process(Object item) {
            // Stays busy with its first item past the drain timeout, ignoring the shutdown's interrupt,
            // so the rest is left in the buffer and the item in hand counts as undelivered too. (A
            // consumer that returned on the interrupt would race the count on a busy machine.)
            boolean interrupted = false;
            while (true) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
