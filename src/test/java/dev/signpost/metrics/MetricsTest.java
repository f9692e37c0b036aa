package dev.signpost.metrics;

import dev.signpost.WebSession;
import dev.signpost.content.ContentStore;
import dev.signpost.content.SourceFetched;
import dev.signpost.content.source.ContentSources;
import dev.signpost.TestClock;
import dev.signpost.feedback.SentFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /q/metrics}: Signpost's own metrics exist with their fixed tags, and move when the thing they count happens. */
@QuarkusTest
@Tag("database")
class MetricsTest {

    /** Every family Signpost adds, as Prometheus names it. */
    static final List<String> FAMILIES = List.of("signpost_page_views_total", "signpost_content_documents", "signpost_content_problems",
            "signpost_content_broken_links", "signpost_content_first_load_seconds", "signpost_content_ready",
            "signpost_content_refresh_seconds_count", "signpost_source_last_success_seconds", "signpost_source_failing",
            "signpost_source_documents", "signpost_search_queries_seconds_bucket", "signpost_search_queries_seconds_count",
            "signpost_search_zero_results_total", "signpost_feedback_ratings_total", "signpost_feedback_items",
            "signpost_action_items_open", "signpost_action_items_overdue", "signpost_leancoffee_live_subscribers",
            "signpost_notifications_outbox", "signpost_database_up");

    @Inject
    StoredGauges stored;
    @Inject
    ContentStore store;
    @Inject
    Event<SourceFetched> fetches;
    @Inject
    ContentSources sources;

    @AfterEach
    void recover() {
        FlakyCounts.failing = false;
        stored.refresh();
    }

    @Test
    void shouldServeMetricsWithoutSigningIn() {
        Scrape scrape = Scrape.now();
        for (String family : FAMILIES) {
            assertTrue(scrape.names().contains(family), family + " missing from " + scrape.names());
        }
        assertTrue(scrape.names().contains("http_server_requests_seconds_count"), "the HTTP server's own metrics");
    }

    @Test
    void shouldCountPageViewsBySectionOfTheRouteNotTheUrl() {
        Scrape before = Scrape.now();
        WebSession.anonymous().get("/tools");
        WebSession.anonymous().get("/docs/practices/ci/secrets-in-ci");
        WebSession.anonymous().get("/docs/practices/ci/secrets-in-ci");
        given().get("/api/v1/tools").then().statusCode(200);         // JSON: not a page view
        given().get("/docs/no-such-page-" + UUID.randomUUID()).then().statusCode(404);
        given().header("Sec-Fetch-Mode", "cors").get("/tools").then().statusCode(200);    // a script's fetch, not a visit
        given().header("Sec-Fetch-Mode", "navigate").get("/roadmap").then().statusCode(200);
        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "signpost_page_views_total", "section", "tools"));
        assertEquals(2, delta(before, after, "signpost_page_views_total", "section", "docs"));
        assertEquals(1, delta(before, after, "signpost_page_views_total", "section", "roadmap"));
        assertEquals(0, delta(before, after, "signpost_page_views_total", "section", "other"));
        assertEquals(Section.values().length, after.series("signpost_page_views_total").size(), "one series per section, no more");
    }

    @Test
    void shouldCountSearchesAndThoseThatFoundNothing() {
        Scrape before = Scrape.now();
        given().get("/search?q=zzqqxxnothing" + UUID.randomUUID().toString().replace("-", "")).then().statusCode(200);
        given().get("/api/v1/search?q=secrets").then().statusCode(200);
        given().get("/search/suggest?q=zzqqxxnothing").then().statusCode(200);  // as-you-type: not counted
        Scrape after = Scrape.now();
        assertEquals(2, delta(before, after, "signpost_search_queries_seconds_count"));
        assertEquals(1, delta(before, after, "signpost_search_zero_results_total"));
        assertEquals(2, delta(before, after, "signpost_search_queries_seconds_bucket", "le", "+Inf"));
        assertEquals(12 + 1, after.series("signpost_search_queries_seconds_bucket").size(), "twelve fixed buckets and +Inf");
    }

    @Test
    void shouldCountRatingsByAnswer() {
        Scrape before = Scrape.now();
        WebSession reader = WebSession.signIn("maya");
        reader.get("/docs/practices/ci/secrets-in-ci");
        Response rated = reader.post("/feedback/rating", Map.of("page", "/docs/practices/ci/secrets-in-ci", "rating", "no"));
        assertEquals(303, rated.statusCode(), rated.asString());
        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "signpost_feedback_ratings_total", "rating", "no"));
        assertEquals(0, delta(before, after, "signpost_feedback_ratings_total", "rating", "yes"));
    }

    @Test
    void shouldCountFeedbackByStatusOnRefreshNotOnScrape() {
        stored.refresh();
        Scrape before = Scrape.now();
        SentFeedback.send("alice", "practice-question", "Metrics count me " + UUID.randomUUID(), "");
        assertEquals(0, delta(before, Scrape.now(), "signpost_feedback_items", "status", "new"), "a scrape reads the last count");
        stored.refresh();
        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "signpost_feedback_items", "status", "new"));
        assertEquals(5, after.series("signpost_feedback_items").size(), "one series per status");
    }

    @Test
    void shouldCountOpenAndOverdueActionItems() {
        stored.refresh();
        Scrape before = Scrape.now();
        Scrape beforeTenDaysOn = tenDaysOn();       // other tests' items fall due in those days too
        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions");
        // the tests' clock says 28 November 2026; ten days on, the first is overdue and the second not yet
        Response soon = sam.postJson("/api/v1/actions", "{\"title\": \"Due soon for metrics\", \"owner\": \"sam\", \"due\": \"2026-12-01\"}");
        assertEquals(201, soon.statusCode(), soon.asString());
        Response later = sam.postJson("/api/v1/actions", "{\"title\": \"Due later for metrics\", \"owner\": \"alice\", \"due\": \"2027-01-20\"}");
        assertEquals(201, later.statusCode(), later.asString());
        stored.refresh();
        assertEquals(0, delta(before, Scrape.now(), "signpost_action_items_overdue"));
        Scrape after = tenDaysOn();
        assertEquals(2, delta(before, after, "signpost_action_items_open"));
        assertEquals(1, delta(beforeTenDaysOn, after, "signpost_action_items_overdue"));
        double outbox = after.series("signpost_notifications_outbox").stream().mapToDouble(Scrape.Sample::value).sum()
                - before.series("signpost_notifications_outbox").stream().mapToDouble(Scrape.Sample::value).sum();
        assertTrue(outbox >= 1, "alice is told of her assignment through the outbox: " + outbox);
        assertEquals(6, after.series("signpost_notifications_outbox").size(), "one series per outbox status");
        assertEquals(1, after.value("signpost_database_up"));
    }

    @Test
    void shouldReadNaNWhileCountingFailsAndStillAnswerScrapes() {
        FlakyCounts.value = 7;
        stored.refresh();
        assertEquals(7, Scrape.now().value("signpost_test_flaky"));
        FlakyCounts.failing = true;
        stored.refresh();
        Scrape during = Scrape.now();
        assertTrue(Double.isNaN(during.value("signpost_test_flaky")), "an outage is a gap, not an old value");
        assertFalse(Double.isNaN(during.value("signpost_action_items_open")), "the other sources still count");
        FlakyCounts.failing = false;
        FlakyCounts.value = 8;
        stored.refresh();
        assertEquals(8, Scrape.now().value("signpost_test_flaky"));
    }

    @Test
    void shouldDescribeTheContentServed() {
        Scrape scrape = Scrape.now();
        String local = sources.statuses().get(0).name();
        assertEquals(store.snapshot().documents().size(), scrape.value("signpost_content_documents"));
        assertEquals(1, scrape.value("signpost_content_ready"));
        assertTrue(scrape.value("signpost_content_first_load_seconds") > 0);
        double lastSuccess = scrape.value("signpost_source_last_success_seconds", "source", local);
        assertTrue(lastSuccess > 1.7e9, "a Unix time: " + lastSuccess);
        assertEquals(0, scrape.value("signpost_source_failing", "source", local));
        assertTrue(scrape.value("signpost_source_documents", "source", local) > 0);
    }

    @Test
    void shouldTimeGitFetchesBySourceAndOutcome() {
        Scrape before = Scrape.now();
        fetches.fire(new SourceFetched("handbook", false, Duration.ofMillis(250)));
        fetches.fire(new SourceFetched("handbook", true, Duration.ofMillis(40)));
        fetches.fire(new SourceFetched("handbook", true, Duration.ofMillis(60)));
        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "signpost_git_fetches_seconds_count", "source", "handbook", "outcome", "failure"));
        assertEquals(2, delta(before, after, "signpost_git_fetches_seconds_count", "source", "handbook", "outcome", "success"));
        assertEquals(0.1, delta(before, after, "signpost_git_fetches_seconds_sum", "source", "handbook", "outcome", "success"), 1e-9);
    }

    @Test
    void shouldNotMakeASeriesPerUnknownUrl() {
        String token = UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 20; i++) {
            given().redirects().follow(false).get("/nothing-here-" + token + i).then().statusCode(404);
            given().redirects().follow(false).get("/css/" + token + i + ".css").then().statusCode(404);
            given().redirects().follow(false).get("/tools/" + token + i).then().statusCode(404);
        }
        Scrape scrape = Scrape.now();
        List<String> uris = scrape.series("http_server_requests_seconds_count").stream().map(s -> s.labels().get("uri")).distinct().toList();
        assertTrue(uris.stream().noneMatch(u -> u.contains(token)), "a random URL became a series: " + uris);
        assertTrue(uris.size() < 100, "the HTTP server's series stay few: " + uris);
    }

    /** A scrape after counting with the clock ten days on. */
    private Scrape tenDaysOn() {
        try {
            TestClock.advance(Duration.ofDays(10));
            stored.refresh();
            return Scrape.now();
        } finally {
            TestClock.reset();
            stored.refresh();
        }
    }

    static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.valueOrZero(name, labels) - before.valueOrZero(name, labels);
    }
}
