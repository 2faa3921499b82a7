package dev.streams.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.streams.spring.TestClients;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/** A real {@link SpringApplication} prints the starter's failure analyses (spring.factories registration). */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

    private static void run(String... arguments) {
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(arguments).close();
    }

    @Test
    void invalidPropertyIsReportedWithItsPathValueAndAction(CapturedOutput output) {
        assertThatException().isThrownBy(() -> run("--streams.memory.channels.orders.buffer-size=-1"));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("streams.memory.channels.orders.buffer-size is -1, but a channel's buffer size cannot be negative.")
            .contains("Set streams.memory.channels.orders.buffer-size to 0 (a rendezvous channel)");
    }

    @Test
    void listenerWithoutBundleIsReportedWithTheOptOut(CapturedOutput output) {
        assertThatException().isThrownBy(
                () -> run("--streams.listeners.echo.address=127.0.0.1", "--streams.listeners.echo.port=0"));
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("streams.listeners.echo.ssl.bundle is not set")
            .contains("streams.listeners.echo.ssl.enabled=false");
    }

    @Test
    void portInUseIsReportedWithTheListenerName(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatException().isThrownBy(() -> run("--streams.listeners.busy.address=127.0.0.1",
                    "--streams.listeners.busy.port=" + port, "--streams.listeners.busy.ssl.enabled=false"));
            assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Streams listener 'busy' could not listen on 127.0.0.1:" + port)
                .contains("Identify and stop the process that is listening on port " + port);
        }
    }

    @Test
    void channelListenerOnAnUnknownChannelIsReportedWithTheMethodAndTheChannels(CapturedOutput output) {
        SpringApplication application = new SpringApplication(MisspelledApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatException().isThrownBy(() -> application.run("--streams.memory.channels.orders.buffer-size=1").close());
        assertThat(output).contains("APPLICATION FAILED TO START")
            .contains("@ChannelListener(channel = \"ordres\") on method")
            .contains("Configured channels: [orders].");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ChannelListenerFailureTests.MisspelledConsumer.class)
    static class MisspelledApp {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestClients.EchoHandlerConfiguration.class)
    static class App {
    }
}
