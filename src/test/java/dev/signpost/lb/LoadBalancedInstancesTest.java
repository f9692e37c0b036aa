package dev.signpost.lb;

import dev.signpost.twin.Browser;
import dev.signpost.twin.EventStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three running instances of the twin build behind nginx (round-robin, no stickiness), sharing one PostgreSQL:
 * the four phases of docs/operations.md "Proof behind a load balancer". Started by src/test/lb/ci-stage.sh, which
 * starts everything and passes {@code lb.url} (nginx), {@code lb.a.url}..{@code lb.c.url}, {@code lb.jdbc.url} and
 * {@code lb.control} (src/test/lb/instance.sh); excluded from every other run.
 */
@Tag("lb")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedInstancesTest {

    private static final String[] USERS = {"alice", "sam", "maya", "ada"};
    /** Slack after PostgreSQL accepts connections again for an instance to answer without 503. */
    private static final long RECOVERY_SLACK_MS = 5000;

    private final String lb = property("lb.url");
    private final Map<String, String> urls = Map.of("a", property("lb.a.url"), "b", property("lb.b.url"), "c", property("lb.c.url"));
    private final String jdbcUrl = property("lb.jdbc.url");
    private final Control control = new Control(Path.of(property("lb.control")));
    private final int loopCount = Integer.getInteger("lb.loops", 6);
    private final long phaseMs = Integer.getInteger("lb.phase.seconds", 20) * 1000L;
    private final String run = "lb-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> instanceOf = new LinkedHashMap<>();
    private final Summary summary = new Summary(instanceOf);
    private final List<LoadLoop> loops = new ArrayList<>();
    private final List<Long> sessions = new ArrayList<>();
    private final List<Outcome> all = new ArrayList<>();
    private Ledger ledger;
    private Browser sam;

    @BeforeAll
    void signInAndOpenSessions() throws Exception {
        urls.forEach((name, url) -> instanceOf.put(url.replaceAll("^https?://", ""), name));
        sam = Browser.signIn(lb, "sam");
        for (int i = 0; i < loopCount; i++) {
            String user = USERS[i % USERS.length];
            LeanCoffee.Session session = LeanCoffee.openForVoting(sam, lb, run + " loop " + i, 20, 4);
            sessions.add(session.id());
            loops.add(new LoadLoop(i, lb, Browser.signIn(lb, user), session.path(), session.topics(), run));
        }
        ledger = new Ledger(jdbcUrl, run, sessions);
    }

    @AfterAll
    void printSummary() {
        summary.print();
    }

    @Test
    @Order(1)
    void shouldServeASignedInPersonWhicheverInstanceAnswers() throws Exception {
        int requests = 0;
        // sign-in: the form from one instance, posted through another
        Browser alice = new Browser();
        HttpResponse<String> form = alice.get(lb + "/signin");
        HttpResponse<String> signedIn = alice.post(lb + "/signin", Map.of("username", "alice", "password", "alice", "redirect", "/"));
        requests += 2;
        assertEquals(303, signedIn.statusCode(), "sign-in through nginx");
        assertNotEquals(upstream(form), upstream(signedIn), "consecutive requests go to different instances");

        Set<String> answered = new HashSet<>();
        for (String path : List.of(LoadLoop.DOCS_PAGE, "/tools", "/roadmap", LoadLoop.SIG_PAGE, "/feedback", "/feedback/mine")) {
            HttpResponse<String> page = alice.get(lb + path);
            requests++;
            assertEquals(200, page.statusCode(), path);
            assertNotNull(Jsoup.parse(page.body()).selectFirst("form.signout"), path + " shows alice signed in (via " + upstream(page) + ")");
            answered.add(upstream(page));
        }
        assertEquals(instanceOf.keySet(), answered, "all three instances answered alice's pages");

        // feedback: the form (and its CSRF token) from one instance, sent through another, shown by a third
        String marker = run + "-p1-feedback";
        HttpResponse<String> feedbackForm = alice.get(lb + "/feedback");
        HttpResponse<String> sent = alice.post(lb + "/feedback", Map.of("category", "other", "title", marker, "description", "Phase 1.", "relatedPage", ""));
        requests += 2;
        assertEquals(303, sent.statusCode(), sent.body());
        assertNotEquals(upstream(feedbackForm), upstream(sent), "the form was posted through another instance than the one that served it");
        HttpResponse<String> shown = alice.get(lb + path(sent.headers().firstValue("Location").orElseThrow()));
        requests++;
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains(marker), "the feedback item shows its title");
        assertEquals(1, count("select count(*) from feedback_item where title = ?", marker), "stored once");

        // Lean Coffee: a session, a topic, a vote through nginx, and a vote through instance C reaching a board on A
        LeanCoffee.Session opened = LeanCoffee.openForVoting(sam, lb, run + " phase 1", 5, 1);
        String session = opened.path();
        long topic = opened.topics().get(0);
        requests += 7;
        HttpResponse<String> board = alice.get(lb + session);
        HttpResponse<String> vote = alice.post(lb + session + "/topics/" + topic + "/vote", Map.of());
        requests += 2;
        assertEquals(303, vote.statusCode(), vote.body());
        assertNotEquals(upstream(board), upstream(vote), "the vote went through another instance than the board it came from");
        long ms;
        try (EventStream stream = sam.events(urls.get("a") + session + "/events")) {
            Thread.sleep(500);
            stream.events.clear();
            alice.get(urls.get("c") + session);
            HttpResponse<String> onC = alice.post(urls.get("c") + session + "/topics/" + topic + "/vote", Map.of());
            requests += 3;
            long answeredAt = System.nanoTime();
            assertEquals(303, onC.statusCode(), onC.body());
            String event = stream.events.poll(2000, TimeUnit.MILLISECONDS);
            ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answeredAt);
            assertNotNull(event, "the vote through instance C reached the board's event stream on instance A within 2 s");
        }
        assertEquals(2, count("select count(*) from lean_coffee_vote where topic_id = ?", topic), "both dots stored once");
        summary.note("1 functional", requests + " requests, all answered as expected; pages from " + answered.size()
                + " instances; a vote through C reached the stream on A after " + ms + " ms");
    }

    @Test
    @Order(2)
    void shouldLoseNothingInARollingRestart() throws Exception {
        long started = System.currentTimeMillis();
        List<Outcome> outcomes;
        try (Load load = new Load(2, loops)) {
            load.runFor(3000);
            for (String name : List.of("a", "b", "c")) {
                control.run(240, "restart", name);
            }
            load.runFor(3000);
            outcomes = load.stop();
        }
        Ledger.Check check = record("2 rolling restart", started, outcomes);
        assertNoneFailed(outcomes.stream().filter(o -> !o.ok()).toList(), "requests failed during the rolling restart");
        assertEquals(List.of(), check.violations(), "the database against the answers");
        assertEquals(Set.of("a", "b", "c"), answeredBy(outcomes), "every instance answered during the phase");
    }

    @Test
    @Order(3)
    void shouldFailOnlyWhatWasInFlightOnAKilledInstance() throws Exception {
        long started = System.currentTimeMillis();
        String killed = urls.get("b").replaceAll("^https?://", "");
        long killedAt;
        List<Outcome> outcomes;
        try (Load load = new Load(3, loops)) {
            load.runFor(4000);
            control.run(30, "kill", "b");
            killedAt = System.currentTimeMillis();
            load.runFor(Math.max(3000, phaseMs / 4));
            // as an operator would: out of rotation, started, ready, back in
            control.run(30, "drain", "b");
            control.run(30, "start", "b");
            control.run(150, "await", "b");
            control.run(30, "undrain", "b");
            load.runFor(3000);
            outcomes = load.stop();
        }
        Ledger.Check check = record("3 SIGKILL of b", started, outcomes);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        List<Outcome> notInFlight = failed.stream()
                .filter(o -> o.status() != 502 || !o.upstream().contains(killed) || o.startMs() > killedAt).toList();
        assertNoneFailed(notInFlight, "failures other than requests in flight on the killed instance");
        assertTrue(failed.size() <= loopCount, failed.size() + " failed requests; at most one in flight per loop (" + loopCount + ")");
        assertEquals(List.of(), check.violations(), "the database against the answers");
    }

    @Test
    @Order(4)
    void shouldAnswer503DuringADatabaseOutageAndRecoverAlone() throws Exception {
        long started = System.currentTimeMillis();
        long stopping;
        long ready;
        List<Outcome> outcomes;
        try (Load load = new Load(4, loops)) {
            load.runFor(4000);
            stopping = System.currentTimeMillis();
            control.run(60, "pg-stop");
            load.runFor(6000);
            control.run(60, "pg-start");
            ready = System.currentTimeMillis();
            load.runFor(Math.max(10000, phaseMs / 2));
            outcomes = load.stop();
        }
        Map<String, Long> recovered = new LinkedHashMap<>();
        for (Map.Entry<String, String> instance : new java.util.TreeMap<>(urls).entrySet()) {
            recovered.put(instance.getKey(), msUntilAnswered(instance.getValue() + "/feedback/mine", 30000));
        }
        Ledger.Check check = record("4 PostgreSQL restart", started, outcomes);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        long outageMs = ready - stopping;
        summary.note("", "outage: stop at +%d ms, accepting again at +%d ms; 503s answered from +%s to +%s ms; then each instance, asked directly, answered /feedback/mine 200 within %s ms"
                .formatted(stopping - started, ready - started,
                        failed.stream().filter(o -> o.status() == 503).mapToLong(Outcome::endMs).min().stream().mapToObj(t -> String.valueOf(t - started)).findFirst().orElse("-"),
                        failed.stream().filter(o -> o.status() == 503).mapToLong(Outcome::endMs).max().stream().mapToObj(t -> String.valueOf(t - started)).findFirst().orElse("-"),
                        recovered));
        assertNoneFailed(failed.stream().filter(o -> o.status() != 503).toList(), "failures other than 503 during the outage (" + outageMs + " ms)");
        assertNoneFailed(failed.stream().filter(o -> o.endMs() < stopping || o.startMs() > ready + RECOVERY_SLACK_MS).toList(),
                "503s outside the outage (plus " + RECOVERY_SLACK_MS + " ms after PostgreSQL accepted connections again)");
        assertTrue(outcomes.stream().anyMatch(o -> o.startMs() >= stopping && o.endMs() <= ready), "requests were answered during the outage");
        assertEquals(List.of(), check.violations(), "the database against the answers");
    }

    private Ledger.Check record(String phase, long started, List<Outcome> outcomes) throws Exception {
        all.addAll(outcomes);
        Ledger.Check check = ledger.check(all);
        summary.add(phase, System.currentTimeMillis() - started, outcomes, check);
        return check;
    }

    /** How long the page took to answer 200 on that instance (asking again every 250 ms); fails after {@code withinMs}. */
    private long msUntilAnswered(String url, long withinMs) throws Exception {
        long since = System.currentTimeMillis();
        long deadline = since + withinMs;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = sam.get(url).statusCode();
                if (last == 200) {
                    return System.currentTimeMillis() - since;
                }
            } catch (Exception e) {
                last = -1;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " still answers " + last + " " + withinMs + " ms after the check began, without a restart");
    }

    private Set<String> answeredBy(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> instanceOf.getOrDefault(o.answeredBy(), o.answeredBy())).collect(Collectors.toSet());
    }

    private static void assertNoneFailed(List<Outcome> failed, String what) {
        assertTrue(failed.isEmpty(), failed.size() + " " + what + ":\n" + failed.stream().limit(20).map(Outcome::describe).collect(Collectors.joining("\n")));
    }

    private long count(String sql, Object value) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String upstream(HttpResponse<?> response) {
        return response.headers().firstValue("X-Upstream").orElseThrow(() -> new AssertionError("no X-Upstream header: not through nginx?"));
    }

    static String path(String location) {
        return location.replaceAll("^https?://[^/]+", "");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " (src/test/lb/ci-stage.sh sets it)");
        return value.replaceAll("/$", "");
    }
}
