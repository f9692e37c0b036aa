package dev.signpost.sigs;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /sigs} and one SIG's page with its live sections and the interest toggle, on the bundled content. */
@QuarkusTest
@Tag("database")
class SigsResourceTest {

    @Test
    void shouldListEverySigWithMissionChannelNextMeetingAndOpenItems() {
        Document list = WebSession.anonymous().page("/sigs", 200);
        List<String> slugs = list.select("li.sig-card").eachAttr("data-slug");
        assertTrue(slugs.containsAll(List.of("code-deployment", "testing-quality", "developer-experience")), slugs.toString());
        Element cd = list.selectFirst("li.sig-card[data-slug=code-deployment]");
        assertEquals("/sigs/code-deployment", cd.selectFirst("h2 a").attr("href"));
        assertTrue(cd.selectFirst(".sig-mission").text().startsWith("Every team can ship"));
        assertEquals("#deploy", cd.selectFirst(".sig-chat a").text());
        assertEquals("2026-12-01T15:00+01:00", cd.selectFirst(".sig-next time").attr("datetime"),
                "the biweekly Lean Coffee on Tuesday 1 December is the soonest after 2026-11-28");
        assertTrue(cd.selectFirst(".sig-open-items").text().matches("\\d+ open action items?"), cd.selectFirst(".sig-open-items").text());
        assertEquals("SIGs", list.selectFirst("nav.main-nav a[href=/sigs]").text());
    }

    @Test
    void shouldShowTheCharterDetailsAndLiveSections() {
        Document page = WebSession.anonymous().page("/sigs/code-deployment", 200);
        assertEquals("Code Deployment SIG", page.selectFirst("h1").text());
        assertEquals("https://chat.example.com/channels/deploy", page.selectFirst(".sig-channel a.chat-link").attr("href"));
        assertNotNull(page.selectFirst("article.markdown h2#scope"), "the charter body");
        assertEquals(6, page.select(".sig-groups li").size(), "all six participating groups");
        assertEquals("mailto:priya.raman@example.com", page.selectFirst(".sig-chairs a").attr("href"));
        List<String> roadmap = page.select(".sig-roadmap li").eachAttr("data-slug");
        assertTrue(roadmap.containsAll(List.of("jenkins-shutdown", "chatops-deploys")), roadmap.toString());
        assertTrue(page.select(".sig-pages a").size() >= 2, "practice pages tagged code-deployment-sig");
        assertNotNull(page.selectFirst(".sig-actions a[href^=/signin]"), "anonymous is asked to sign in for action items");
        assertNull(page.selectFirst(".sig-feedback"), "feedback is for sig-members");
        assertNull(page.selectFirst("form.interest-form"), "anonymous cannot say they are interested");
        assertEquals(404, WebSession.anonymous().get("/sigs/no-such-sig").statusCode());
    }

    @Test
    void shouldLetSignedInPeopleSayTheyAreInterestedAndShowMembersWho() {
        WebSession alice = WebSession.signIn("alice");
        Document before = alice.page("/sigs/testing-quality", 200);
        int count = Integer.parseInt(before.selectFirst(".interest-count").text().replaceAll("\\D.*", ""));
        assertEquals("false", before.selectFirst("form.interest-form button").attr("aria-pressed"));
        assertNull(before.selectFirst(".interested-people"), "the list is for sig-members");

        Response toggled = alice.post("/sigs/testing-quality/interest", Map.of());
        assertEquals(303, toggled.statusCode());
        Document after = alice.page("/sigs/testing-quality", 200);
        assertEquals(count + 1, Integer.parseInt(after.selectFirst(".interest-count").text().replaceAll("\\D.*", "")));
        assertEquals("true", after.selectFirst("form.interest-form button").attr("aria-pressed"));
        assertNotNull(after.selectFirst(".banner-ok"));

        Document forSam = WebSession.signIn("sam").page("/sigs/testing-quality", 200);
        assertTrue(forSam.select(".interested-people li").eachText().contains("alice"));
        assertNotNull(forSam.selectFirst(".sig-feedback"), "a sig-member sees feedback routed to the SIG's groups");
        assertNotNull(forSam.selectFirst(".sig-actions a.create-action[href=/actions/new?sig=testing-quality]"));

        alice.get("/sigs/testing-quality");
        assertEquals(303, alice.post("/sigs/testing-quality/interest", Map.of()).statusCode());
        assertEquals(count, Integer.parseInt(alice.page("/sigs/testing-quality", 200).selectFirst(".interest-count").text()
                .replaceAll("\\D.*", "")), "toggled off again");
    }

    @Test
    void shouldRefuseTheToggleWithoutSignInOrToken() {
        Response anonymous = WebSession.anonymous().post("/sigs/code-deployment/interest", Map.of());
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/signin"));
        WebSession alice = WebSession.signIn("alice");
        alice.get("/sigs/code-deployment");
        assertEquals(403, alice.postWithout("/sigs/code-deployment/interest", Map.of()).statusCode());
        alice.get("/sigs/code-deployment");
        assertEquals(404, alice.post("/sigs/nothing-here/interest", Map.of()).statusCode());
    }

    @Test
    void shouldLinkARoadmapItemToItsSigAndFindSigsInSearch() {
        Document item = WebSession.anonymous().page("/roadmap/jenkins-shutdown", 200);
        assertEquals("Code Deployment SIG", item.selectFirst(".item-sig a[href=/sigs/code-deployment]").text());
        io.restassured.path.json.JsonPath results = io.restassured.RestAssured.given().get("/api/v1/search?q=charter&type=sig").jsonPath();
        assertTrue(results.getList("results.url").contains("/sigs/code-deployment"), results.prettify());
        assertEquals("SIG", results.getString("results[0].typeLabel"));
    }
}
