package dev.signpost.web.time;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page type shows a raw ISO date or instant: a crawl over every page type, with a Lean Coffee session, an action
 * item, feedback and a roadmap review in the database so that their times are on the pages. What authors and users
 * wrote themselves (Markdown bodies, notes, code) is theirs and not looked at.
 */
@QuarkusTest
class NoRawTimeTest {

    /** An ISO day ({@code 2026-12-06}) or a clock with seconds ({@code 03:12:41}). */
    private static final Pattern RAW = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}:\\d{2}");
    /** Text people wrote, not the portal: rendered Markdown, descriptions, notes, code, search snippets of content. */
    private static final String WRITTEN_BY_PEOPLE = "script, style, pre, code, textarea, .markdown, .prose, .timeline-note, .snippet, "
            + ".change-detail, .lc-pitch, .lead, .tool-summary, .campaign-description";
    /** A day as the portal writes it, with an optional clock and zone, or a relative time. */
    private static final Pattern SHOWN = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4}(, \\d{2}:\\d{2} \\S+( \\(.+\\))?)?|just now|in a moment|yesterday|today|tomorrow|(in )?\\d+ (minute|hour|day|week|month)s?( ago)?");

    private static final List<String> signedInPages = new ArrayList<>();

    /** Once for the class, when the first test runs (the app is up by then). */
    private static synchronized List<String> signedInPages() {
        if (signedInPages.isEmpty()) {
            putTimesIntoTheDatabase();
        }
        return signedInPages;
    }

    private static void putTimesIntoTheDatabase() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/lean-coffee/new?sig=code-deployment");
        Response session = sam.post("/lean-coffee", Map.of("sig", "code-deployment", "title", "Crawled session", "date", "2026-12-06",
                "time", "15:00", "votes", "3", "timebox", "5", "facilitator", ""));
        assertEquals(303, session.statusCode(), session.asString());
        String sessionPath = path(session);

        sam.get("/actions/new");
        Map<String, String> item = new HashMap<>(Map.of("title", "Crawled action item", "details", "", "owner", "sam", "due", "2026-12-10",
                "sig", "code-deployment", "source", "", "ref", ""));
        Response created = sam.post("/actions", item);
        assertEquals(303, created.statusCode(), created.asString());
        sam.get("/actions/new");
        item.put("title", "Crawled item for ada");
        item.put("owner", "ada");
        assertEquals(303, sam.post("/actions", item).statusCode());
        sam.get("/actions/new");
        item.put("title", "Crawled item for alice");
        item.put("owner", "alice");
        assertEquals(303, sam.post("/actions", item).statusCode());
        // ada's and alice's notifications are delivered (for /notifications); maya's, queued after, waits in the outbox (/admin/notifications)
        io.quarkus.arc.Arc.container().instance(dev.signpost.notifications.Dispatcher.class).get().dispatch();
        sam.get("/actions/new");
        item.put("title", "Crawled item for maya");
        item.put("owner", "maya");
        assertEquals(303, sam.post("/actions", item).statusCode());

        WebSession alice = WebSession.signIn("alice");
        alice.get("/feedback");
        Response feedback = alice.post("/feedback", Map.of("category", "tool-request", "title", "Crawled feedback",
                "description", "Please assess a tool.", "relatedPage", "/docs/practices/ci"));
        assertEquals(303, feedback.statusCode(), feedback.asString());

        WebSession maya = WebSession.signIn("maya");
        maya.get("/roadmap/reviews");
        Response review = maya.post("/roadmap/reviews", Map.of("date", "2025-06-02", "notes", "Crawled review"));
        assertEquals(303, review.statusCode(), review.asString());

        String campaign = WebSession.anonymous().page("/campaigns", 200).select("main a[href^=/campaigns/]").stream()
                .map(a -> a.attr("href")).filter(h -> h.matches("/campaigns/[a-z0-9-]+")).findFirst().orElseThrow();
        signedInPages.addAll(List.of(sessionPath, sessionPath + "/summary", path(created), path(feedback), path(review), campaign,
                "/lean-coffee", "/actions", "/actions?status=all", "/feedback", "/feedback/mine", "/feedback/triage", "/feedback/pages",
                "/feedback/pages/ratings", "/admin/content", "/admin/audit", "/teams/ci-platform", "/lean-coffee/new", "/notifications", "/admin/notifications"));
    }

    private static String path(Response response) {
        return response.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
    }

    private static final List<String> PUBLIC_PAGES = List.of("/", "/docs", "/docs/practices/ci", "/docs/stale", "/tags", "/search?q=jenkins",
            "/tools", "/tools?view=list", "/tools/jenkins", "/tools/changes", "/roadmap", "/roadmap/timeline", "/roadmap/changes",
            "/roadmap/reviews", "/roadmap/runner-capacity", "/roadmap/jenkins-read-only", "/sigs", "/sigs/code-deployment", "/campaigns",
            "/time-zone");

    @Test
    void shouldShowNoRawIsoTimeOnAnyPageTypeSignedIn() {
        WebSession ada = WebSession.signIn("ada");
        List<String> found = new ArrayList<>();
        for (String path : concat(PUBLIC_PAGES, signedInPages())) {
            found.addAll(rawTimes(path, ada.page(path, 200)));
        }
        found.addAll(rawTimes("/no/such/page", ada.page("/no/such/page", 404)));
        assertEquals(List.of(), found);
    }

    @Test
    void shouldShowNoRawIsoTimeOnAnyPageTypeAnonymously() {
        WebSession anonymous = WebSession.anonymous();
        List<String> found = new ArrayList<>();
        for (String path : concat(PUBLIC_PAGES, List.of("/signin"))) {
            found.addAll(rawTimes(path, anonymous.page(path, 200)));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void shouldWriteEveryTimeElementForPeopleAndForMachines() {
        WebSession ada = WebSession.signIn("ada");
        int seen = 0;
        for (String path : concat(PUBLIC_PAGES, signedInPages())) {
            for (Element time : ada.page(path, 200).select("time")) {
                seen++;
                assertTrue(time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?"),
                        path + ": " + time.outerHtml());
                assertTrue(SHOWN.matcher(time.text()).matches(), path + ": " + time.outerHtml());
            }
        }
        assertTrue(seen > 50, "times on the crawled pages: " + seen);
    }

    /** Each raw time in what the portal wrote on the page (text, titles, labels), with where it was. */
    private static List<String> rawTimes(String path, Document page) {
        Document portal = Jsoup.parse(page.outerHtml());
        portal.select(WRITTEN_BY_PEOPLE).remove();
        List<String> found = new ArrayList<>();
        for (Element element : portal.body().select("*")) {
            find(path, element.tagName(), element.ownText(), found);
            find(path, element.tagName() + "[title]", element.attr("title"), found);
            find(path, element.tagName() + "[aria-label]", element.attr("aria-label"), found);
        }
        find(path, "title", portal.title(), found);
        return found;
    }

    private static void find(String path, String where, String text, List<String> found) {
        Matcher raw = RAW.matcher(text);
        if (raw.find()) {
            found.add(path + " " + where + ": " + text.strip());
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void shouldCrawlPagesThatReallyShowTimes() {
        WebSession ada = WebSession.signIn("ada");
        assertNotNull(ada.page(signedInPages().get(0), 200).selectFirst("time[data-meeting-zone=Europe/Berlin]"), "the session's start");
        assertNotNull(ada.page("/admin/audit", 200).selectFirst("td time[title]"), "the audit log's relative times");
    }
}
