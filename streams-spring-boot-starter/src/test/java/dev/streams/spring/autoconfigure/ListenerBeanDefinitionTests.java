package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.net.SocketListener;
import dev.streams.spring.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code <name>Listener} bean definition carries its real type before the bean exists. */
class ListenerBeanDefinitionTests {

    @Test
    void theListenerBeanMatchesItsTypeBeforeItIsCreated() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, StreamsListenerAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withBean(LazyInitializationBeanFactoryPostProcessor.class)
            .withPropertyValues("streams.listeners.echo.address=127.0.0.1", "streams.listeners.echo.port=0",
                    "streams.listeners.echo.ssl.enabled=false")
            .run(context -> {
                assertThat(context).hasNotFailed();
                // lazy and not created yet: only the definition can tell its type
                assertThat(context.getBeanFactory().containsSingleton("echoListener")).isFalse();
                assertThat(context.getBeanFactory().getBeanNamesForType(SocketListener.class, true, false))
                    .containsExactly("echoListener");
            });
    }
}
