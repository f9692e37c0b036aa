package dev.signpost.metrics;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One scrape of {@code /q/metrics}, parsed from Prometheus's text format into samples. */
record Scrape(List<Sample> samples, Map<String, String> types) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    static Scrape now() {
        Response response = given().accept("text/plain").get("/q/metrics");
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/plain"), response.contentType());
        return parse(response.asString());
    }

    static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a Prometheus sample line: " + line);
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(samples, types);
    }

    /** Every sample's name. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    List<Sample> series(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The value of the one sample with this name and (at least) these labels, given as key, value, key, value. */
    double value(String name, String... labels) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && has(s, labels)).toList();
        assertEquals(1, found.size(), () -> name + " " + List.of(labels) + " in " + series(name));
        return found.get(0).value();
    }

    /** The value, or 0 when no such series exists yet. */
    double valueOrZero(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && has(s, labels)).mapToDouble(Sample::value).findFirst().orElse(0);
    }

    private static boolean has(Sample sample, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
