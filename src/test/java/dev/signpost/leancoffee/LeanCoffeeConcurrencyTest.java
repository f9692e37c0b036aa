package dev.signpost.leancoffee;

import dev.signpost.HeaderUsers;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dots are limited by the database: 200 parallel votes from 20 people with 3 dots each place exactly 60. */
@QuarkusTest
@Tag("database")
class LeanCoffeeConcurrencyTest {

    private static final int PEOPLE = 20;
    private static final int REQUESTS_EACH = 10;
    private static final int DOTS = 3;

    /** One person's cookies and form token, from a page of the session. */
    private record Person(String name, Map<String, String> cookies, String token) {

        static Person of(String name, String session) {
            Response page = RestAssured.given().redirects().follow(false).header(HeaderUsers.HEADER, name).get(session);
            assertEquals(200, page.statusCode(), name);
            String token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]").val();
            return new Person(name, page.getCookies(), token);
        }

        int vote(String path) {
            return RestAssured.given().redirects().follow(false).header(HeaderUsers.HEADER, name).cookies(cookies)
                    .contentType(ContentType.URLENC).formParam("csrf-token", token).post(path).statusCode();
        }
    }

    @Test
    void shouldNeverLetAnyoneExceedTheirDotsUnderParallelVotes() throws Exception {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Crowded " + UUID.randomUUID(), String.valueOf(DOTS));
        long a = LeanCoffeeFlowTest.addTopic(sam, session, "Topic A");
        long b = LeanCoffeeFlowTest.addTopic(sam, session, "Topic B");
        LeanCoffeeFlowTest.phase(sam, session, "voting");

        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(Person.of("voter-" + i + "-" + UUID.randomUUID().toString().substring(0, 8), session));
        }
        List<Callable<Integer>> votes = new ArrayList<>();
        for (Person person : people) {
            for (int i = 0; i < REQUESTS_EACH; i++) {
                long topic = i % 2 == 0 ? a : b;
                votes.add(() -> person.vote(session + "/topics/" + topic + "/vote"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(votes, 2, TimeUnit.MINUTES)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(PEOPLE * REQUESTS_EACH, statuses.size());
        assertEquals(PEOPLE * DOTS, statuses.stream().filter(s -> s == 303).count(), "exactly 3 dots placed per person: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 303 || s == 409), statuses.toString());

        LeanCoffeeFlowTest.phase(sam, session, "discussing");
        Document board = sam.page(session, 200);
        int total = board.select(".lc-votes").stream().mapToInt(e -> Integer.parseInt(e.attr("data-votes"))).sum();
        assertEquals(PEOPLE * DOTS, total, "the totals agree with the dots placed");
        Document mine = Jsoup.parse(RestAssured.given().header(HeaderUsers.HEADER, people.get(0).name()).get(session).asString());
        assertTrue(mine.select(".lc-mine").stream().mapToInt(e -> Integer.parseInt(e.attr("data-mine"))).sum() <= DOTS);
    }
}
