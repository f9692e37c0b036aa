package dev.signpost.leancoffee;

import dev.signpost.HeaderUsers;
import dev.signpost.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An open board hears of every change: a vote reaches a subscriber of the session's event stream within a second. */
@QuarkusTest
@Tag("database")
class LeanCoffeeLiveTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldTellSubscribersOfAVoteWithinASecond() throws Exception {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Live " + UUID.randomUUID(), "3");
        long topic = LeanCoffeeFlowTest.addTopic(sam, session, "Watch me");
        LeanCoffeeFlowTest.phase(sam, session, "voting");

        Subscription events = subscribe(session);

        sam.get(session);
        long sent = System.nanoTime();
        assertEquals(303, sam.post(session + "/topics/" + topic + "/vote", Map.of()).statusCode());
        String event = events.lines().poll(1, TimeUnit.SECONDS);
        assertNotNull(event, "the vote was announced within a second");
        assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(1));

        assertEquals(404, WebSession.signIn("alice").get("/lean-coffee/987654321/events").statusCode());
        events.stream().body().close();
    }

    @Test
    void shouldTellSubscribersWhenATopicIsEditedOrWithdrawn() throws Exception {
        WebSession sam = WebSession.signIn("sam");
        String session = LeanCoffeeFlowTest.createSession(sam, "Live edits " + UUID.randomUUID(), "3");
        WebSession alice = WebSession.signIn("alice");
        long topic = LeanCoffeeFlowTest.addTopic(alice, session, "Edit me");
        Subscription events = subscribe(session);

        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + topic + "/edit", Map.of("title", "Edited", "pitch", "")).statusCode());
        assertNotNull(events.lines().poll(1, TimeUnit.SECONDS), "the edit was announced");
        alice.get(session);
        assertEquals(303, alice.post(session + "/topics/" + topic + "/withdraw", Map.of()).statusCode());
        assertNotNull(events.lines().poll(1, TimeUnit.SECONDS), "the withdrawal was announced");
        events.stream().body().close();
    }

    private record Subscription(HttpResponse<InputStream> stream, BlockingQueue<String> lines) {
    }

    /** Opens the session's event stream as an onlooker and collects its data lines. */
    private Subscription subscribe(String session) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + session + "/events"))
                .header(HeaderUsers.HEADER, "watcher").header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> stream = client.send(subscribe, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:")) {
                        lines.add(line);
                    }
                }
            } catch (Exception e) {
                // the stream is closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(300);
        return new Subscription(stream, lines);
    }
}
