package dev.streams.sample.devcert;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Generates the development certificates before the SSL bundles are read, so that the sample runs
 * on a fresh clone with no manual certificate step. Active when
 * {@code relay.dev-certificates.enabled=true} (the sample's {@code application.yml}); writes into
 * {@code relay.dev-certificates.directory} (default {@value #DEFAULT_DIRECTORY}, relative to the
 * working directory), which the {@code spring.ssl.bundle.pem.server} properties point at. Existing
 * files are kept.
 *
 * <p>Registered in {@code META-INF/spring.factories}. It runs after the configuration files are
 * loaded (lowest precedence), so profiles and command-line arguments can move or disable it.
 * Stateless, so thread-safe.
 */
public final class DevCertificateEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Switch: {@code relay.dev-certificates.enabled}. */
    public static final String ENABLED = "relay.dev-certificates.enabled";

    /** Where the PEM files go: {@code relay.dev-certificates.directory}. */
    public static final String DIRECTORY = "relay.dev-certificates.directory";

    /** Default of {@value #DIRECTORY}. */
    public static final String DEFAULT_DIRECTORY = "sample-app/certs";

    private final Log log;

    public DevCertificateEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(DevCertificateEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        Path directory = Path.of(environment.getProperty(DIRECTORY, DEFAULT_DIRECTORY)).toAbsolutePath();
        try {
            if (DevCertificates.ensure(directory)) {
                this.log.info("Generated a development CA and certificates in " + directory
                        + " (delete the directory to regenerate; never use them in production)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the development certificates to " + directory
                    + " (set " + DIRECTORY + " to a writable directory, or " + ENABLED + "=false and "
                    + "point spring.ssl.bundle.pem.server at your own certificate)", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
