package dev.signpost.people;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory: sign-ins record people; the picker's endpoint suggests them and the known teams. */
@QuarkusTest
@Tag("database")
class PeopleDirectoryTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Person stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Person.byUsername(username).orElseThrow());
    }

    @Test
    void shouldRecordASignInWithDisplayNameTeamsAndLastSeenThatMovesWithTheClock() {
        TestClock.advance(Duration.ofDays(3));
        Instant first = TestClock.NOW.plus(Duration.ofDays(3));
        WebSession.signIn("sam");
        Person sam = stored("sam");
        assertEquals("Sam Sigmember", sam.displayName);
        assertEquals(List.of("ci-platform", "release-engineering"), sam.teamList());
        assertEquals(first, sam.lastSeenAt);
        assertTrue(!sam.firstSeenAt.isAfter(first));

        TestClock.advance(Duration.ofHours(5));
        WebSession.signIn("sam");
        Person again = stored("sam");
        assertEquals(first.plus(Duration.ofHours(5)), again.lastSeenAt, "last seen moves with each sign-in");
        assertEquals(first, again.previousSeenAt, "the visit before is kept for 'since your last visit'");
        assertEquals(sam.firstSeenAt, again.firstSeenAt);
    }

    @Test
    void shouldNotRecordAFailedSignIn() {
        WebSession visitor = WebSession.anonymous();
        visitor.get("/signin");
        assertEquals(401, visitor.post("/signin", java.util.Map.of("username", "mallory", "password", "guess")).statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Person.byUsername("mallory")).isEmpty());
    }

    @Test
    void shouldSuggestPeopleWithDisplayNameAndTeamsThenTeams() {
        WebSession alice = WebSession.signIn("alice");
        Response response = alice.get("/api/v1/people?q=a");
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath json = response.jsonPath();
        List<String> names = json.getList("name");
        assertTrue(names.containsAll(List.of("ada", "alice")), names.toString());
        int alicesRow = names.indexOf("alice");
        assertEquals("Alice Engineer", json.getString("[" + alicesRow + "].displayName"));
        assertEquals("person", json.getString("[" + alicesRow + "].kind"));
        assertEquals(List.of("qa"), json.getList("[" + alicesRow + "].teams"));

        JsonPath teams = alice.get("/api/v1/people?q=ci-plat").jsonPath();
        assertEquals("ci-platform", teams.getString("[0].name"));
        assertEquals("team", teams.getString("[0].kind"));
        assertTrue(alice.get("/api/v1/people?q=ci-plat&kind=person").jsonPath().getList("name").isEmpty(), "people only");
    }

    @Test
    void shouldBoundTheSuggestionsAndTheQuery() {
        WebSession sam = WebSession.signIn("sam");
        assertTrue(sam.get("/api/v1/people?q=e").jsonPath().getList("name").size() <= PeopleApi.LIMIT);
        assertTrue(sam.get("/api/v1/people?q=").jsonPath().getList("name").isEmpty(), "nothing typed, nothing suggested");
        Response tooLong = sam.get("/api/v1/people?q=" + "a".repeat(101));
        assertEquals(400, tooLong.statusCode());
        assertEquals("Type at most 100 characters of a name.", tooLong.jsonPath().getString("detail"));
        assertEquals(400, sam.get("/api/v1/people?q=a&kind=robot").statusCode());
        Response hostile = sam.get("/api/v1/people?q=%3Cscript%3E");
        assertEquals(200, hostile.statusCode());
        assertTrue(hostile.jsonPath().getList("name").isEmpty());
    }

    @Test
    void shouldRefuseSuggestionsToAnonymousVisitors() {
        Response response = WebSession.anonymous().get("/api/v1/people?q=al");
        assertEquals(401, response.statusCode());
        assertEquals("Not signed in", response.jsonPath().getString("title"));
    }

    @Test
    void shouldListTheDirectoryForPeopleSignedInOnly() {
        WebSession maya = WebSession.signIn("maya");
        org.jsoup.nodes.Document page = maya.page("/people", 200);
        org.jsoup.nodes.Element row = page.selectFirst("table.people-table tr[data-username=maya]");
        assertEquals("Maya Manager", row.selectFirst("td").text());
        assertEquals(List.of("developer-experience"), row.select(".person-teams a").eachText());
        assertTrue(page.select("ul.people-teams a").eachText().containsAll(List.of("developer-experience", "qa")),
                "teams from sign-ins and from content owners");
        Response anonymous = WebSession.anonymous().get("/people");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/signin"));
    }
}
