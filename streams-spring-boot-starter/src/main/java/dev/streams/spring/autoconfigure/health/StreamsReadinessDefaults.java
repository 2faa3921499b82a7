package dev.streams.spring.autoconfigure.health;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the {@code streams} health contributor into Boot's {@code readiness} probe group
 * ({@code /actuator/health/readiness}), so that Kubernetes stops routing to an instance whose
 * listener failed or is shutting down (OUT_OF_SERVICE). It does what an application would write
 * itself, as the lowest-precedence default
 * {@code management.endpoint.health.group.readiness.include=readinessState,streams}, and only when
 * the probes are on ({@code management.endpoint.health.probes.enabled=true}, or on Kubernetes) and
 * the application does not configure that group's members itself. Registered in
 * {@code META-INF/spring.factories}.
 *
 * <pre>{@code
 * management.endpoint.health.probes.enabled: true
 * // GET /actuator/health/readiness -> DOWN or OUT_OF_SERVICE when a streams listener is
 * }</pre>
 */
class StreamsReadinessDefaults implements EnvironmentPostProcessor {

    static final String INCLUDE = "management.endpoint.health.group.readiness.include";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean probes = environment.getProperty("management.endpoint.health.probes.enabled", Boolean.class, false)
                || CloudPlatform.KUBERNETES.isActive(environment);
        if (!probes || environment.containsProperty(INCLUDE)) {
            return;
        }
        environment.getPropertySources()
            .addLast(new MapPropertySource("streamsReadinessGroup", Map.of(INCLUDE, "readinessState,streams")));
    }
}
