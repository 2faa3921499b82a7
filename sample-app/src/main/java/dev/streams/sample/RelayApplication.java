package dev.streams.sample;

import dev.streams.sample.client.RelayClient;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample application: a TLS publish/subscribe relay on the Streams starter. With
 * {@code --client} the same jar is the terminal client instead.
 *
 * <pre>
 * java -jar sample-app/target/sample-app.jar              # the relay (TLS 9443, actuator 8080)
 * java -jar sample-app/target/sample-app.jar --client     # a client for it
 * </pre>
 */
@SpringBootApplication
public class RelayApplication {

    public static void main(String[] args) throws InterruptedException {
        if (List.of(args).contains("--client")) {
            RelayClient.main(args);
            return;
        }
        SpringApplication.run(RelayApplication.class, args);
    }
}
