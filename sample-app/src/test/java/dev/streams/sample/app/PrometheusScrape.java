package dev.streams.sample.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus}, parsed into samples. Immutable. */
final class PrometheusScrape {

    /** One sample line: {@code name{labels} value}. */
    record Sample(String name, String labels, double value) {
    }

    // name, optional {labels}, value; comments and blank lines are skipped.
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+).*$");

    private final List<Sample> samples;

    private PrometheusScrape(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusScrape of(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /actuator/prometheus: " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    static PrometheusScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = SAMPLE.matcher(line);
            if (matcher.matches()) {
                String labels = matcher.group(2) == null ? "" : matcher.group(2);
                samples.add(new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3))));
            }
        }
        return new PrometheusScrape(samples);
    }

    /** Every metric name that has at least one sample. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        this.samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    /**
     * The sum over the samples of {@code name} that carry every given label, e.g.
     * {@code value("streams_memory_buffer_capacity", Map.of("channel", "inbound"))}.
     *
     * @throws IllegalStateException if no sample matches
     */
    double value(String name, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (Sample sample : this.samples) {
            if (sample.name().equals(name) && labels.entrySet().stream()
                    .allMatch(label -> sample.labels().contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += sample.value();
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("No sample " + name + labels + " in the scrape; names: " + names());
        }
        return sum;
    }

    double value(String name) {
        return value(name, Map.of());
    }

    List<Sample> samples() {
        return this.samples;
    }
}
