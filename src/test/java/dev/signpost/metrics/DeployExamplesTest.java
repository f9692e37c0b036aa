package dev.signpost.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.signpost.content.SourceFetched;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example alert rules and Grafana dashboard under deploy/ parse, are shaped as Prometheus and Grafana expect, and name
 * only metrics the portal exposes (compared with a real scrape), so the examples cannot drift from the code.
 */
@QuarkusTest
class DeployExamplesTest {

    private static final Path RULES = Path.of("deploy/prometheus/signpost-alerts.yml");
    private static final Path DASHBOARD = Path.of("deploy/grafana/signpost-dashboard.json");
    /** Metric names in PromQL: ours and those of the libraries we scrape; {@code up} is Prometheus's own. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:signpost|http_server|jvm|process|system|worker_pool)_[a-z0-9_]+)");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    @Inject
    Event<SourceFetched> fetches;

    @BeforeEach
    void aGitSourceFetched() {
        // the tests' content has no git source; a fetch makes its series exist as it would with one
        fetches.fire(new SourceFetched("example-git-source", true, Duration.ofMillis(30)));
        // and the HTTP server's series appear with the first request to the application (not to /q/)
        given().get("/tools").then().statusCode(200);
    }

    @Test
    void shouldShipAlertRulesThatPrometheusCanLoad() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        assertTrue(rules.path("groups").isArray() && rules.path("groups").size() > 0, "groups");
        int count = 0;
        Set<String> names = new TreeSet<>();
        for (JsonNode group : rules.path("groups")) {
            assertFalse(group.path("name").asText().isBlank(), "every group is named");
            for (JsonNode rule : group.path("rules")) {
                count++;
                String alert = rule.path("alert").asText();
                assertTrue(alert.matches("[A-Z][A-Za-z0-9]+"), "alert name: " + alert);
                assertTrue(names.add(alert), "alert names are unique: " + alert);
                assertFalse(rule.path("expr").asText().isBlank(), alert + " has an expression");
                assertTrue(rule.path("for").asText().matches("\\d+[smhd]"), alert + " has a duration");
                assertTrue(SEVERITIES.contains(rule.path("labels").path("severity").asText()), alert + " has a severity");
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), alert + " has a summary");
                assertFalse(rule.path("annotations").path("description").asText().isBlank(), alert + " has a description");
                assertBalanced(alert, rule.path("expr").asText());
            }
        }
        assertTrue(count >= 10, "the alerts the operations guide describes: " + count);
        assertExposed("alert rules", expressions(rules, "expr"));
    }

    @Test
    void shouldShipADashboardWithAPanelForEveryFamily() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertEquals("Signpost", dashboard.path("title").asText());
        assertTrue(dashboard.path("panels").isArray());
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique");
            assertNotNull(panel.get("gridPos"), "every panel is placed");
            if (!"row".equals(panel.path("type").asText())) {
                assertTrue(panel.path("targets").size() > 0, panel.path("title") + " queries something");
                panel.path("targets").forEach(t -> assertBalanced(panel.path("title").asText(), t.path("expr").asText()));
            }
        }
        List<String> expressions = expressions(dashboard, "expr");
        assertExposed("dashboard", expressions);
        Set<String> shown = new TreeSet<>();
        expressions.forEach(e -> shown.addAll(metricNames(e)));
        for (String family : MetricsTest.FAMILIES) {
            assertTrue(shown.stream().anyMatch(name -> family(name).equals(family(family))), "no panel shows " + family + ": " + shown);
        }
    }

    private static void assertExposed(String where, List<String> expressions) {
        Set<String> exposed = Scrape.now().names();
        Set<String> unknown = new TreeSet<>();
        for (String expression : expressions) {
            for (String name : metricNames(expression)) {
                if (!exposed.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertTrue(unknown.isEmpty(), "the " + where + " name metrics the portal does not expose: " + unknown);
    }

    private static Set<String> metricNames(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(expression);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A name without the suffixes Prometheus adds to one histogram or timer. */
    private static String family(String name) {
        return name.replaceAll("_(bucket|count|sum|max)$", "");
    }

    private static List<String> expressions(JsonNode node, String field) {
        List<String> found = new ArrayList<>();
        node.findValues(field).forEach(v -> found.add(v.asText()));
        return found;
    }

    private static void assertBalanced(String what, String expression) {
        int round = 0;
        int curly = 0;
        int square = 0;
        for (char c : expression.toCharArray()) {
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            curly += c == '{' ? 1 : c == '}' ? -1 : 0;
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            assertTrue(round >= 0 && curly >= 0 && square >= 0, what + ": unbalanced " + expression);
        }
        assertEquals(0, round + curly + square, what + ": unbalanced " + expression);
    }
}
