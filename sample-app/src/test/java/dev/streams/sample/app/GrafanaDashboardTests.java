package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code config/grafana-dashboard.json} only queries metrics that the running relay exports. */
class GrafanaDashboardTests extends RunningRelayTests {

    private static final Path DASHBOARD = Path.of("..", "config", "grafana-dashboard.json");

    // Every metric the dashboard and this sample define starts with one of these prefixes.
    private static final Pattern METRIC = Pattern.compile("\\b(?:streams|relay)_[a-z0-9_]+\\b");

    static final String KAFKA_PREFIX = "streams_kafka_";

    /** The Kafka channel metrics the dashboard queries. */
    static Set<String> kafkaMetrics() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String query : queries(JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)))) {
            Matcher matcher = METRIC.matcher(query);
            while (matcher.find()) {
                if (matcher.group().startsWith(KAFKA_PREFIX)) {
                    used.add(matcher.group());
                }
            }
        }
        return used;
    }

    @Test
    void everyMetricTheDashboardQueriesIsInTheRealScrape() throws Exception {
        List<String> queries = queries(JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)));
        Set<String> used = new TreeSet<>();
        for (String query : queries) {
            Matcher matcher = METRIC.matcher(query);
            boolean any = false;
            while (matcher.find()) {
                used.add(matcher.group());
                any = true;
            }
            assertThat(any).as("query names a streams_ or relay_ metric: %s", query).isTrue();
        }
        // Kafka channel meters exist only with Kafka channels: ClusterProfileTests checks them.
        used.removeIf(name -> name.startsWith(KAFKA_PREFIX));
        // Open one connection so that per-connection values exist too.
        try (var client = RelayTestSupport.connect(this.relayPort)) {
            assertThat(used).hasSizeGreaterThanOrEqualTo(15).isSubsetOf(scrape().names());
        }
    }

    @Test
    void dashboardCoversChannelsListenersAndTheRelay() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> titles.add(panel.get("title").asString()));
        assertThat(titles).contains("Buffer occupancy and capacity", "Waiting senders / receivers", "Items per second",
                "Active connections", "TLS handshakes per second", "Handshake failures (5m)", "Bytes per second",
                "Slow consumers disconnected (5m)", "Kafka consumer lag", "Kafka local buffer", "Kafka dead letters (5m)");
        assertThat(dashboard.get("uid").asString()).isEqualTo("streams-for-java");
    }

    /** The PromQL of every panel target and every templating variable. */
    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            JsonNode targets = panel.get("targets");
            if (targets != null) {
                targets.forEach(target -> queries.add(target.get("expr").asString()));
            }
        });
        dashboard.get("templating").get("list").forEach(variable -> {
            if ("query".equals(variable.get("type").asString())) {
                queries.add(variable.get("definition").asString());
            }
        });
        assertThat(queries).hasSizeGreaterThan(20);
        return queries;
    }
}
