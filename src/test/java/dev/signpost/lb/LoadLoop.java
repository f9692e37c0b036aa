package dev.signpost.lb;

import dev.signpost.twin.Browser;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.BooleanSupplier;

/**
 * One person at work through nginx, over and over: reads pages, sends feedback, puts a dot on one of the topics of
 * their own Lean Coffee session, and takes back the oldest dot before running out. Every feedback item carries a marker
 * of its own in its title, and only this loop votes in its session, so the database can be checked against what was
 * answered. A form is only sent when its page loaded, as a person would.
 */
final class LoadLoop {

    static final String DOCS_PAGE = "/docs/practices/ci/deploying-with-github-actions";
    static final String SIG_PAGE = "/sigs/code-deployment";
    /** Dots held at most (the sessions allow 20): room for dots whose vote or take-back got no answer. */
    private static final int HELD_MAX = 12;

    private final int index;
    private final String base;
    private final Browser browser;
    private final String session;
    private final List<Long> topics;
    private final String markerPrefix;
    private Queue<Outcome> sink;
    private final Deque<Long> held = new ArrayDeque<>();
    private int uncertainDots;
    private int sequence;
    private int votes;
    private int phase;

    LoadLoop(int index, String base, Browser browser, String session, List<Long> topics, String markerPrefix) {
        this.index = index;
        this.base = base;
        this.browser = browser;
        this.session = session;
        this.topics = List.copyOf(topics);
        this.markerPrefix = markerPrefix;
    }

    /** Runs cycles until {@code stop} says so, pausing {@code pauseMs} now and then; every request goes to {@code sink}. */
    void run(int phase, BooleanSupplier stop, long pauseMs, Queue<Outcome> sink) throws InterruptedException {
        this.phase = phase;
        this.sink = sink;
        while (!stop.getAsBoolean()) {
            read(DOCS_PAGE);
            if (read("/feedback").ok() && !stop.getAsBoolean()) {
                String marker = marker();
                write(Outcome.Kind.FEEDBACK, "/feedback", marker, Map.of("category", "other", "title", marker,
                        "description", "Load through nginx, " + marker + ".", "relatedPage", ""));
            }
            pause(pauseMs);
            read("/tools");
            read("/roadmap");
            pause(pauseMs);
            if (read(session).ok() && !stop.getAsBoolean()) {
                leanCoffee();
            }
            read(SIG_PAGE);
            pause(pauseMs);
        }
    }

    /** Puts a dot on the next topic, or takes back the oldest dot when {@link #HELD_MAX} are out. */
    private void leanCoffee() {
        if (held.size() + uncertainDots < HELD_MAX) {
            long topic = topics.get(votes++ % topics.size());
            Outcome vote = write(Outcome.Kind.VOTE, session + "/topics/" + topic + "/vote", null, Map.of());
            if (vote.ok()) {
                held.addLast(topic);
            } else if (vote.unknown()) {
                uncertainDots++;
            }
        } else if (!held.isEmpty()) {
            long oldest = held.removeFirst();
            Outcome unvote = write(Outcome.Kind.UNVOTE, session + "/topics/" + oldest + "/unvote", null, Map.of());
            if (unvote.refused()) {
                held.addFirst(oldest);
            } else if (unvote.unknown()) {
                uncertainDots++;
            }
        }
    }

    private String marker() {
        return "%s-p%d-l%d-%05d".formatted(markerPrefix, phase, index, ++sequence);
    }

    private Outcome read(String path) {
        long start = System.currentTimeMillis();
        try {
            HttpResponse<String> response = browser.get(base + path);
            return record(Outcome.Kind.READ, path, response, start, null, null);
        } catch (Exception e) {
            return record(Outcome.Kind.READ, path, null, start, null, e);
        }
    }

    /** A POST; a successful topic's Location (which names the new topic) is kept in the outcome's {@code detail}. */
    private Outcome write(Outcome.Kind kind, String path, String marker, Map<String, String> form) {
        long start = System.currentTimeMillis();
        try {
            HttpResponse<String> response = browser.post(base + path, form);
            return record(kind, path, response, start, marker, null);
        } catch (Exception e) {
            return record(kind, path, null, start, marker, e);
        }
    }

    private Outcome record(Outcome.Kind kind, String path, HttpResponse<String> response, long start, String marker, Exception e) {
        long end = System.currentTimeMillis();
        Outcome outcome = response == null
                ? new Outcome(phase, index, kind, path, -1, null, start, end, marker, e.getClass().getSimpleName() + ": " + e.getMessage())
                : new Outcome(phase, index, kind, path, response.statusCode(), response.headers().firstValue("X-Upstream").orElse(null),
                        start, end, marker, response.headers().firstValue("Location")
                        .or(() -> response.headers().firstValue(Outcome.OUTCOME_HEADER).map(v -> Outcome.OUTCOME_HEADER + ": " + v))
                        .orElse(null));
        sink.add(outcome);
        return outcome;
    }

    private static void pause(long ms) throws InterruptedException {
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }
}
