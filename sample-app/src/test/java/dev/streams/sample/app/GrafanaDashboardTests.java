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
                "Slow consumers disconnected (5m)");
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
