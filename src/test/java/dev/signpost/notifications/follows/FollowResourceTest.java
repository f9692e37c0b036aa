package dev.signpost.notifications.follows;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following a tool, a roadmap item and a campaign through the button on their pages (bundled content): post/redirect/get
 * with a flash, stored rows, anonymous readers asked to sign in, and hostile subjects refused with a 4xx.
 */
@QuarkusTest
@Tag("database")
class FollowResourceTest {

    private static final List<String> SUBJECTS = List.of("jenkins", "jenkins-shutdown", "move-off-jenkins");

    @Inject
    Follows follows;

    /** Before and after: no follower of the bundled subjects is left for other test classes' content changes to tell. */
    @BeforeEach
    @AfterEach
    void forgetFollows() {
        QuarkusTransaction.requiringNew().run(() -> Follow.delete("key.subjectKey in ?1", SUBJECTS));
    }

    private static long rows(String user, String type, String key) {
        return QuarkusTransaction.requiringNew().call(() -> Follow.count("key.username = ?1 and key.subjectType = ?2 and key.subjectKey = ?3",
                user, type, key));
    }

    private static Element form(Document page) {
        Element form = page.selectFirst("section#follow form.follow-form");
        assertNotNull(form, "a follow form in " + page.select("section#follow"));
        return form;
    }

    @Test
    void shouldAskAnonymousReadersToSignInAndShowThemNoButton() {
        for (String path : List.of("/tools/jenkins", "/roadmap/jenkins-shutdown", "/campaigns/move-off-jenkins")) {
            Document page = WebSession.anonymous().page(path, 200);
            Element section = page.selectFirst("section#follow");
            assertNotNull(section, path);
            assertNull(section.selectFirst("form"), path + " shows no form to anonymous readers");
            Element signIn = section.selectFirst("a");
            assertTrue(signIn.attr("href").startsWith("/signin"), signIn.outerHtml());
            assertEquals("Sign in", signIn.text());
        }
    }

    @Test
    void shouldFollowAndStopFollowingAToolFromItsPage() {
        WebSession sam = WebSession.signIn("sam");
        Document before = sam.page("/tools/jenkins", 200);
        Element form = form(before);
        assertEquals("/follows/tool/jenkins", form.attr("action"));
        assertEquals("post", form.attr("method"));
        assertEquals("yes", form.selectFirst("input[name=follow]").val());
        assertEquals("Follow this tool", form.selectFirst("button[type=submit]").text());
        assertNotNull(form.selectFirst("input[name=" + WebSession.CSRF_FIELD + "]"), "the shared form tag adds the token");

        Response followed = sam.post(form.attr("action"), Map.of("follow", "yes"));
        assertEquals(303, followed.statusCode());
        assertTrue(followed.header("Location").endsWith("/tools/jenkins#follow"), followed.header("Location"));
        assertEquals(1, rows("sam", "tool", "jenkins"));
        assertEquals(List.of("sam"), follows.followers("tool", "jenkins"));

        Document after = sam.page("/tools/jenkins", 200);
        assertEquals("You follow this tool now: you will hear when its ring changes.", after.selectFirst("section#follow [role=status]").text());
        assertEquals("Stop following", form(after).selectFirst("button").text());
        assertEquals("no", form(after).selectFirst("input[name=follow]").val());
        Document again = sam.page("/tools/jenkins", 200);
        assertNull(again.selectFirst("section#follow [role=status]"), "the flash is shown once");
        assertEquals("You follow this tool: you will hear when its ring changes.", again.selectFirst("section#follow .follow-state").text());
        assertEquals(0, rows("alice", "tool", "jenkins"), "nobody else follows it");
        assertEquals("Follow this tool", form(WebSession.signIn("alice").page("/tools/jenkins", 200)).selectFirst("button").text());

        Response stopped = sam.post("/follows/tool/jenkins", Map.of("follow", "no"));
        assertEquals(303, stopped.statusCode());
        assertEquals(0, rows("sam", "tool", "jenkins"));
        Document gone = sam.page("/tools/jenkins", 200);
        assertEquals("You no longer follow this tool.", gone.selectFirst("section#follow [role=status]").text());
        assertEquals("Follow this tool", form(gone).selectFirst("button").text());
    }

    @Test
    void shouldFollowARoadmapItemAndACampaignAndListThemForThePerson() {
        WebSession maya = WebSession.signIn("maya");
        Element item = form(maya.page("/roadmap/jenkins-shutdown", 200));
        assertEquals("/follows/roadmap-item/jenkins-shutdown", item.attr("action"));
        assertEquals("Follow this roadmap item", item.selectFirst("button").text());
        assertEquals(303, maya.post(item.attr("action"), Map.of("follow", "yes")).statusCode());
        assertEquals("You follow this roadmap item now: you will hear when its status or target changes.",
                maya.page("/roadmap/jenkins-shutdown", 200).selectFirst("section#follow [role=status]").text());

        Element campaign = form(maya.page("/campaigns/move-off-jenkins", 200));
        assertEquals("/follows/campaign/move-off-jenkins", campaign.attr("action"));
        Response followed = maya.post(campaign.attr("action"), Map.of("follow", "yes"));
        assertEquals(303, followed.statusCode());
        assertTrue(followed.header("Location").endsWith("/campaigns/move-off-jenkins#follow"), followed.header("Location"));
        assertEquals("You follow this campaign now: you will hear when it falls behind its target.",
                maya.page("/campaigns/move-off-jenkins", 200).selectFirst("section#follow [role=status]").text());

        List<Follows.Followed> mine = follows.of("maya").stream().filter(f -> SUBJECTS.contains(f.key())).toList();
        assertEquals(List.of("campaign", "roadmap-item"), mine.stream().map(Follows.Followed::type).sorted().toList());
        Follows.Followed shutdown = mine.stream().filter(f -> f.type().equals("roadmap-item")).findFirst().orElseThrow();
        assertEquals("/roadmap/jenkins-shutdown", shutdown.href());
        assertFalse(shutdown.gone());
        assertEquals("Move off Jenkins", mine.stream().filter(f -> f.type().equals("campaign")).findFirst().orElseThrow().title());
    }

    @Test
    void shouldFollowOnceWhenTheButtonIsPressedTwice() {
        WebSession alice = WebSession.signIn("alice");
        Element form = form(alice.page("/tools/jenkins", 200));
        assertEquals(303, alice.post(form.attr("action"), Map.of("follow", "yes")).statusCode());
        assertEquals(303, alice.post(form.attr("action"), Map.of("follow", "yes")).statusCode());
        assertEquals(1, rows("alice", "tool", "jenkins"));
        assertEquals(303, alice.post(form.attr("action"), Map.of("follow", "no")).statusCode());
        assertEquals(303, alice.post(form.attr("action"), Map.of("follow", "no")).statusCode());
        assertEquals(0, rows("alice", "tool", "jenkins"));
    }

    @Test
    void shouldRefuseAnonymousAndTokenlessPosts() {
        Response anonymous = WebSession.anonymous().post("/follows/tool/jenkins", Map.of("follow", "yes"));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/signin"), anonymous.header("Location"));
        WebSession alice = WebSession.signIn("alice");
        alice.get("/tools/jenkins");
        assertEquals(403, alice.postWithout("/follows/tool/jenkins", Map.of("follow", "yes")).statusCode());
        assertEquals(0, rows(dev.signpost.security.CurrentUser.ANONYMOUS, "tool", "jenkins") + rows("alice", "tool", "jenkins"));
    }

    @Test
    void shouldRefuseHostileSubjectsWithAPlainMessageAndNeverA500() {
        WebSession sam = WebSession.signIn("sam");
        sam.get("/tools/jenkins");
        long before = QuarkusTransaction.requiringNew().call(() -> Follow.count("key.username", "sam"));
        assertRefused(sam.post("/follows/tool/no-such-tool", Map.of("follow", "yes")), 404, "There is no tool called \"no-such-tool\".");
        assertRefused(sam.post("/follows/sig/code-deployment", Map.of("follow", "yes")), 404, "Nothing called \"sig\" can be followed.");
        assertRefused(sam.post("/follows/tool/jenkins", Map.of("follow", "maybe")), 400,
                "Say whether to follow the tool: follow=yes or follow=no.");
        assertRefused(sam.post("/follows/tool/jenkins", Map.of()), 400, "Say whether to follow the tool: follow=yes or follow=no.");
        assertRefused(sam.post("/follows/tool/" + "x".repeat(300), Map.of("follow", "yes")), 400,
                "That is too long to be the name of a tool.");

        Response markup = sam.post("/follows/tool/%3Cscript%3Ealert(1)%3C%2Fscript%3E", Map.of("follow", "yes"));
        assertEquals(404, markup.statusCode());
        assertFalse(markup.asString().contains("<script>alert(1)"), "the key is escaped on the page");

        for (String path : List.of("/follows/tool/..%2F..%2Fadmin", "/follows/tool/%2e%2e", "/follows/..%2Ftool/jenkins",
                "/follows/tool/" + "y".repeat(5_000), "/follows/tool/jenkins%00", "/follows/tool/")) {
            int status = sam.post(path, Map.of("follow", "yes")).statusCode();
            assertTrue(status >= 400 && status < 500, path.substring(0, Math.min(60, path.length())) + " answered " + status);
        }
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Follow.count("key.username", "sam")), "nothing was followed");
    }

    private static void assertRefused(Response response, int status, String message) {
        assertEquals(status, response.statusCode(), response.asString());
        Document page = org.jsoup.Jsoup.parse(response.asString());
        assertTrue(page.text().contains(message), page.text());
    }
}
