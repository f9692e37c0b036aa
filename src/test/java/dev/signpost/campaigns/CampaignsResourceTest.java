package dev.signpost.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled "Move off Jenkins" campaign over the demo's generated repositories (their numbers depend on the day they
 * were generated, so these tests check that every view agrees with every other; exact weekly numbers are
 * BurndownFromGitTest's).
 */
@QuarkusTest
class CampaignsResourceTest {

    private static final String PAGE = "/campaigns/move-off-jenkins";

    @BeforeEach
    void waitForTheFirstEvaluation() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Response r = WebSession.anonymous().get("/api/v1/campaigns/move-off-jenkins");
            if (r.statusCode() == 200 && r.jsonPath().get("progress") != null) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the campaign was not evaluated within two minutes");
    }

    @Test
    void theListShowsEachCampaignWithItsProgress() {
        Document list = WebSession.anonymous().page("/campaigns", 200);
        Element card = list.selectFirst("li.campaign-card[data-slug=move-off-jenkins]");
        assertNotNull(card);
        assertEquals(PAGE, card.selectFirst("h2 a").attr("href"));
        Element bar = card.selectFirst("progress");
        assertEquals("30", bar.attr("max"), "the thirty demo repositories all have a result");
        int done = Integer.parseInt(bar.attr("value"));
        assertTrue(done > 0 && done < 30, "some moved, some did not: " + done);
        assertNotNull(card.selectFirst(".status-badge, .badge"), "an outlook");
        assertEquals("/tools/jenkins", card.selectFirst(".campaign-facts a[href^=/tools/]").attr("href"));
        assertEquals("Campaigns", list.selectFirst("nav.main-nav a[href=/campaigns]").text());
    }

    @Test
    void theCampaignPageAgreesWithItselfTheCsvAndTheApi() {
        Document page = WebSession.anonymous().page(PAGE, 200);
        assertEquals("Move off Jenkins", page.selectFirst("h1").text());
        Element svg = page.selectFirst("figure.burndown-figure svg.burndown");
        assertEquals("img", svg.attr("role"));
        assertEquals("Move off Jenkins: repositories not done yet, week by week", svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text().startsWith("On "), svg.selectFirst("desc").text());
        assertNotNull(svg.selectFirst("polyline.remaining"));
        assertNotNull(svg.selectFirst("line.target"), "the target date is within the chart");

        List<Element> weeks = page.select("details.burndown-table tbody tr");
        JsonPath api = WebSession.anonymous().get("/api/v1/campaigns/move-off-jenkins").jsonPath();
        assertEquals(api.getList("progress.burndown").size(), weeks.size());
        assertEquals(svg.select("circle.point").size(), weeks.size());
        assertTrue(weeks.get(weeks.size() - 1).text().contains("(today)"));

        List<Element> rows = page.select("table.repos-table tbody tr");
        assertEquals(30, rows.size());
        long done = rows.stream().filter(r -> r.attr("data-status").equals("done")).count();
        assertEquals(api.getInt("progress.done"), (int) done);
        assertEquals(page.selectFirst(".campaign-summary progress").attr("value"), String.valueOf(done));
        Element legacy = page.selectFirst("tr[data-repository=legacy-billing]");
        assertEquals("todo", legacy.attr("data-status"), "legacy-billing never moves");
        assertTrue(legacy.selectFirst("td.check-fail").text().contains("Jenkinsfile is still there"), legacy.text());

        String csv = WebSession.anonymous().get(PAGE + "/repositories.csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("repository,owner,lifecycle,status,commit,unknown_since,no-jenkinsfile,github-actions,paved-road-deploy", lines.get(0));
        assertEquals(31, lines.size());
        assertEquals(done, lines.stream().filter(l -> l.contains(",done,")).count());
    }

    @Test
    void filtersAreShareableUrlsAndBadOnesSayWhy() {
        Document payments = WebSession.anonymous().page(PAGE + "?team=payments&status=todo", 200);
        List<Element> rows = payments.select("table.repos-table tbody tr");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> {
            assertEquals("payments", r.select("td").get(0).text());
            assertEquals("todo", r.attr("data-status"));
        });
        assertEquals("payments", payments.selectFirst("#cf-team option[selected]").attr("value"));
        assertTrue(payments.selectFirst("a.export").attr("href").contains("team=payments"));

        Document failing = WebSession.anonymous().page(PAGE + "?check=no-jenkinsfile", 200);
        failing.select("table.repos-table tbody tr").forEach(r -> assertEquals("todo", r.attr("data-status"), r.text()));

        Document bad = WebSession.anonymous().page(PAGE + "?status=<script>&team=nobody", 400);
        List<String> alerts = bad.select("[role=alert]").eachText();
        assertTrue(alerts.contains("The status '<script>' is not one of done, todo and unknown."), alerts.toString());
        assertTrue(alerts.contains("No repository in this campaign belongs to the team 'nobody'."), alerts.toString());
        assertNull(bad.selectFirst("script:containsData(<script>)"));
        assertEquals(30, bad.select("table.repos-table tbody tr").size(), "a bad filter filters nothing");

        assertEquals(400, WebSession.anonymous().get(PAGE + "/repositories.csv?check=nope").statusCode());
        assertEquals(400, WebSession.anonymous().get("/api/v1/campaigns/move-off-jenkins/repositories?status=nope").statusCode());
        assertEquals(404, WebSession.anonymous().get("/campaigns/nope").statusCode());
        assertEquals(404, WebSession.anonymous().get("/api/v1/campaigns/nope/repositories").statusCode());
    }

    @Test
    void theApiListsRepositoriesWithEveryOutcome() {
        JsonPath all = WebSession.anonymous().get("/api/v1/campaigns").jsonPath();
        assertEquals("move-off-jenkins", all.getString("campaigns[0].slug"));
        assertEquals("jenkins", all.getString("campaigns[0].from"));
        assertEquals(List.of("no-jenkinsfile", "github-actions", "paved-road-deploy"), all.getList("campaigns[0].checks.id"));
        assertNull(all.get("campaigns[0].progress.burndown"), "the list leaves the weekly series out");

        JsonPath repos = WebSession.anonymous().get("/api/v1/campaigns/move-off-jenkins/repositories?team=payments").jsonPath();
        assertEquals(5, repos.getInt("total"));
        assertEquals(3, repos.getList("repositories[0].checks").size());
        assertTrue(List.of("done", "todo", "unknown").contains(repos.getString("repositories[0].status")));
    }

    @Test
    void campaignsAreFoundBySearchLikeEveryContentType() {
        JsonPath found = WebSession.anonymous().get("/api/v1/search?q=jenkins&type=campaign").jsonPath();
        assertEquals(List.of("/campaigns/move-off-jenkins"), found.getList("results.url"));
        assertEquals("Campaign", found.getString("results[0].typeLabel"));
    }

    @Test
    void theToolPagesShowTheCampaignAndWhoStillUsesJenkins() {
        Document jenkins = WebSession.anonymous().page("/tools/jenkins", 200);
        Element section = jenkins.selectFirst("section.tool-campaigns .tool-campaign[data-campaign=move-off-jenkins]");
        assertNotNull(section);
        assertTrue(section.selectFirst(".still-using").text().contains("legacy-billing"), section.text());
        Document actions = WebSession.anonymous().page("/tools/github-actions", 200);
        assertNotNull(actions.selectFirst("section.tool-campaigns .tool-campaign[data-campaign=move-off-jenkins]"));
        assertNull(actions.selectFirst(".still-using"), "nobody is moving off GitHub Actions");
        assertNull(WebSession.anonymous().page("/tools/helm", 200).selectFirst("section.tool-campaigns"));
    }

    @Test
    void aTeamPageGathersItsRepositoriesActionsAndDuePages() {
        Document team = WebSession.anonymous().page("/teams/payments", 200);
        assertEquals("Team payments", team.selectFirst("h1").text());
        assertEquals(5, team.select(".team-repositories li").size());
        assertNotNull(team.selectFirst(".team-actions a[href^=/signin]"), "anonymous is asked to sign in for action items");
        Document signedIn = WebSession.signIn("alice").page("/teams/ci-platform", 200);
        assertNotNull(signedIn.selectFirst(".team-due"));
        assertEquals(404, WebSession.anonymous().get("/teams/no-such-team").statusCode());
    }

    @Test
    void aSigMemberTurnsATeamsFailingRepositoriesIntoAPrefilledActionItem() {
        WebSession sam = WebSession.signIn("sam");
        Document page = sam.page(PAGE, 200);
        Element link = page.selectFirst("tr[data-team=payments] a.new-action");
        assertNotNull(link, "payments has repositories not done");
        // the page encodes the reference (campaign/team); the test client encodes what it is given, so decode it first
        Document form = sam.page(java.net.URLDecoder.decode(link.attr("href"), java.nio.charset.StandardCharsets.UTF_8), 200);
        String title = form.selectFirst("input[name=title]").val();
        assertTrue(title.startsWith("payments: move "), title);
        assertTrue(title.endsWith(" off Jenkins"), title);
        String details = form.selectFirst("textarea[name=details]").text();
        assertTrue(details.contains("legacy-billing: No Jenkinsfile"), details);
        assertEquals("code-deployment", form.selectFirst("select[name=sig] option[selected]").val());
        assertNull(WebSession.signIn("alice").page(PAGE, 200).selectFirst("a.new-action"), "engineers cannot create action items");
    }
}
