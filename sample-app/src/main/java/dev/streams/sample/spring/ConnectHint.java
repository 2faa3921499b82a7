package dev.streams.sample.spring;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Logs, once the application is ready, how to talk to it: the TLS port, an {@code openssl s_client}
 * command and a {@code --client} command with the right CA file, and the metrics URL.
 * Thread-safe.
 */
final class ConnectHint implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ConnectHint.class);

    private final String listenerName;
    private final RelayProperties properties;

    ConnectHint(String listenerName, RelayProperties properties) {
        this.listenerName = listenerName;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.streams.listeners." + this.listenerName + ".port");
        String webPort = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        StringBuilder hint = new StringBuilder("Relay ready: TLS on port ").append(port).append('.');
        if (this.properties.devCertificates().enabled()) {
            Path ca = Path.of(this.properties.devCertificates().directory()).resolve("ca.pem").toAbsolutePath();
            hint.append("\n  openssl s_client -quiet -connect localhost:").append(port).append(" -CAfile ").append(ca)
                    .append("\n  java -jar sample-app/target/sample-app.jar --client --port=").append(port)
                    .append(" --ca=").append(ca);
        }
        if (webPort != null) {
            hint.append("\n  metrics: http://localhost:").append(webPort).append("/actuator/prometheus")
                    .append("   health: http://localhost:").append(webPort).append("/actuator/health");
        }
        log.info(hint.toString());
    }
}
