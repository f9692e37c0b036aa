package dev.signpost.lb;

import dev.signpost.twin.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A facilitator's steps through the forms: a session with its topics, open for voting. */
final class LeanCoffee {

    private LeanCoffee() {
    }

    /** A session's path and its topics' ids. */
    record Session(String path, List<Long> topics) {

        long id() {
            return Long.parseLong(path.replaceAll(".*/", ""));
        }
    }

    /**
     * Creates a session of the code-deployment SIG with {@code dots} dots each and {@code topics} topics (proposed
     * while it collects them), and moves it on to voting.
     */
    static Session openForVoting(Browser facilitator, String base, String title, int dots, int topics) throws Exception {
        Element form = Jsoup.parse(facilitator.get(base + "/lean-coffee/new?sig=code-deployment").body()).selectFirst("form[action=/lean-coffee]");
        assertNotNull(form, "the new-session form");
        HttpResponse<String> created = facilitator.post(base + "/lean-coffee", Map.of("sig", "code-deployment", "title", title,
                "date", form.select("input[name=date]").val(), "time", form.select("input[name=time]").val(),
                "votes", String.valueOf(dots), "timebox", "5", "facilitator", ""));
        assertEquals(303, created.statusCode(), created.body());
        String session = LoadBalancedInstancesTest.path(created.headers().firstValue("Location").orElseThrow());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= topics; i++) {
            ids.add(addTopic(facilitator, base, session, title + " topic " + i));
        }
        facilitator.get(base + session);
        assertEquals(303, facilitator.post(base + session + "/phase", Map.of("to", "voting")).statusCode(), "to voting");
        return new Session(session, ids);
    }

    /** Proposes a topic; returns its id. */
    static long addTopic(Browser person, String base, String session, String title) throws Exception {
        person.get(base + session);
        HttpResponse<String> added = person.post(base + session + "/topics", Map.of("title", title, "pitch", "Why it matters."));
        assertEquals(303, added.statusCode(), added.body());
        return Long.parseLong(added.headers().firstValue("Location").orElseThrow().replaceAll(".*#topic-", ""));
    }
}
