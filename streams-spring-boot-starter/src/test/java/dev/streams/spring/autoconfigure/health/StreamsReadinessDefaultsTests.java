package dev.streams.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The listeners' health is part of the readiness probe, so Kubernetes stops routing before shutdown. */
class StreamsReadinessDefaultsTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
                    HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
                    AvailabilityProbesAutoConfiguration.class, StreamsListenerAutoConfiguration.class,
                    StreamsHealthContributorAutoConfiguration.class))
            .withInitializer(context -> new StreamsReadinessDefaults()
                .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("management.endpoint.health.probes.enabled=true",
                    "streams.listeners.plain.address=127.0.0.1", "streams.listeners.plain.port=0",
                    "streams.listeners.plain.ssl.enabled=false");
    }

    @Test
    void theReadinessGroupIncludesStreams() {
        contextRunner().run(context -> {
            HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);
            assertThat(groups.get("readiness").isMember("streams")).isTrue();
            assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
            assertThat(groups.get("liveness").isMember("streams")).isFalse();
        });
    }

    @Test
    void isRegisteredAsAnEnvironmentPostProcessor() throws Exception {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            names.addAll(StringUtils.commaDelimitedListToSet(PropertiesLoaderUtils.loadProperties(new UrlResource(url))
                .getProperty(EnvironmentPostProcessor.class.getName(), "")));
        }
        assertThat(names).contains(StreamsReadinessDefaults.class.getName());
    }

    @Test
    void anExplicitReadinessGroupIsLeftAlone() {
        contextRunner().withPropertyValues("management.endpoint.health.group.readiness.include=readinessState")
            .run(context -> assertThat(context.getBean(HealthEndpointGroups.class).get("readiness").isMember("streams"))
                .isFalse());
    }
}
