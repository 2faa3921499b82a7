package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code config/application-example.yml} documents every property of the starter, as the starter's
 * own configuration metadata lists them, and nothing that does not exist.
 */
class ApplicationExampleTests {

    private static final Path EXAMPLE = Path.of("..", "config", "application-example.yml");

    @Test
    void exampleNamesEveryStarterPropertyAndNoOther() throws Exception {
        Set<String> starter = starterProperties();
        Set<String> example = new TreeSet<>();
        Map<String, Object> yaml = new Yaml().load(Files.readString(EXAMPLE));
        flatten("", yaml, example);

        Set<String> documented = new TreeSet<>();
        for (String key : example) {
            String generic = key.replaceFirst("^streams\\.memory\\.channels\\.[^.]+\\.", "streams.memory.channels.*.")
                    .replaceFirst("^streams\\.listeners\\.[^.]+\\.", "streams.listeners.*.")
                    .replaceFirst("^streams\\.kafka\\.channels\\.[^.]+\\.", "streams.kafka.channels.*.");
            if (generic.startsWith("streams.") || starter.contains(generic)) {
                documented.add(generic);
            }
        }
        assertThat(documented).as("starter properties in the example").isSubsetOf(starter);
        Set<String> expected = new TreeSet<>(starter);
        expected.removeAll(Set.of("streams.listeners", "streams.memory.channels", "streams.kafka.channels")); // the maps
        assertThat(documented).containsAll(expected);
    }

    /** Property names from the starter's spring-configuration-metadata.json files on the classpath. */
    private static Set<String> starterProperties() throws Exception {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL url : Collections.list(ApplicationExampleTests.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode properties = json.readTree(in).get("properties");
                if (properties == null) {
                    continue;
                }
                properties.forEach(property -> {
                    String name = property.get("name").asString();
                    JsonNode source = property.get("sourceType");
                    boolean fromStarter = (source != null && source.asString().startsWith("dev.streams.spring."))
                            || name.startsWith("streams.");
                    if (fromStarter) {
                        names.add(name);
                    }
                });
            }
        }
        assertThat(names).as("starter metadata found on the classpath").contains("streams.listeners.*.port");
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Set<String> keys) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                flatten(name, (Map<String, Object>) child, keys);
            } else {
                keys.add(name);
            }
        });
    }
}
