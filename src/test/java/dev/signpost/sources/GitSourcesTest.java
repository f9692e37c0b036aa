package dev.signpost.sources;

import dev.signpost.git.PushEventTest;
import dev.signpost.git.WebhookSignature;
import dev.signpost.Html;
import dev.signpost.WebSession;
import dev.signpost.audit.AuditLog;
import dev.signpost.content.source.TestRepo;
import dev.signpost.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two git repositories beside the bundled content, end to end over HTTP: pages side by side with who changed them
 * last, a signed push that changes a page within a second, webhooks refused or ignored as they should be, and a remote
 * that disappears and comes back.
 */
@QuarkusTest
@TestProfile(GitSourcesProfile.class)
class GitSourcesTest {

    @Inject
    AuditLog audit;

    private static TestRepo repo(String name) {
        return TestRepo.open(GitSourcesProfile.REPOS, name);
    }

    private static byte[] payload(String provider, String ref) throws IOException {
        return new String(PushEventTest.payload(provider), StandardCharsets.UTF_8).replace("\"refs/heads/main\"", "\"" + ref + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Response github(String source, byte[] body, String secret) {
        return given().contentType(ContentType.JSON).header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + WebhookSignature.hmac(body, secret)).body(body).post("/webhooks/" + source);
    }

    private static Document page(String path) {
        return Html.get(path, 200);
    }

    @Test
    void shouldServeBothRepositoriesBesideTheContentFolderWithWhoChangedEachPage() {
        assertEquals("Practices", page("/docs/practices").selectFirst("h1").text(), "the bundled content is still served at the root");
        Document deploy = page("/docs/handbook/deploy");
        assertEquals("Deploying", deploy.selectFirst("h1").text());
        await().atMost(Duration.ofSeconds(10)).until(() -> page("/docs/handbook/deploy").selectFirst("li.doc-updated") != null);
        Element updated = page("/docs/handbook/deploy").selectFirst("li.doc-updated");
        assertEquals("Last updated Tue 3 Nov 2026 by Grace Hopper · History", updated.text());
        assertEquals("2026-11-03T09:30:00Z", updated.selectFirst("time").attr("datetime"));
        assertEquals("https://git.example.com/acme/handbook/commits/main/docs/deploy.md", updated.selectFirst("a.history-link").attr("href"));
        assertEquals("https://git.example.com/acme/handbook/edit/main/docs/deploy.md", page("/docs/handbook/deploy").selectFirst("a.edit-link").attr("href"));
        Document runners = page("/docs/platform/runners");
        assertEquals("Runners", runners.selectFirst("h1").text());
        assertEquals("Owner: ci-platform", runners.selectFirst("li.doc-owner").text(), "the source's owner for a page that names none");

        JsonPath pages = given().get("/api/v1/pages").then().statusCode(200).extract().jsonPath();
        Map<String, Object> api = pages.getMap("find { it.path == 'handbook/deploy.md' }");
        assertEquals("handbook", api.get("source"));
        assertEquals("Grace Hopper", api.get("lastAuthor"));
        assertEquals("2026-11-03T09:30:00Z", api.get("lastUpdated"));
        assertEquals(40, String.valueOf(api.get("commit")).length());
        assertEquals("content", pages.getString("find { it.path == 'index.md' }.source"), "the bundled content is the source 'content'");
    }

    @Test
    void shouldLetSearchNarrowTheResultsToOneSource() {
        await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/api/v1/search?q=paved+road").statusCode() == 200
                && given().get("/api/v1/search?q=paved+road").jsonPath().getList("sources.value").contains("handbook"));
        JsonPath all = given().get("/api/v1/search?q=paved+road&size=50").jsonPath();
        assertTrue(all.getList("sources.value").containsAll(List.of("content", "handbook")), all.getList("sources").toString());
        JsonPath handbook = given().get("/api/v1/search?q=paved+road&source=handbook").jsonPath();
        List<String> urls = handbook.getList("results.url");
        assertFalse(urls.isEmpty());
        assertTrue(urls.stream().allMatch(u -> u.startsWith("/docs/handbook")), urls.toString());
        Document page = Html.get("/search?q=paved+road", 200);
        Element facet = page.selectFirst("ul.facet-sources a:contains(handbook)");
        assertNotNull(facet, "a Source facet on the page");
        Document narrowed = Html.follow(facet.attr("href"), 200);
        assertTrue(narrowed.select("ol.results a").eachAttr("href").stream().filter(h -> h.startsWith("/docs/")).allMatch(h -> h.startsWith("/docs/handbook")));
        assertEquals("Source: handbook ×", narrowed.selectFirst("ul.active-filters li").text());
    }

    @Test
    void shouldChangeThePageWithinASecondOfASignedPush() throws Exception {
        try (TestRepo handbook = repo("handbook")) {
            for (int round = 1; round <= 2; round++) { // the first round warms the fetch path up; the second is measured
                String text = "Pushed change number " + round + " " + System.nanoTime();
                handbook.write("docs/index.md", "# Handbook\n\n" + text + "\n").commit("round " + round, GitSourcesProfile.T.plusSeconds(200_000 + round));
                handbook.push();
                long start = System.nanoTime();
                github("handbook", PushEventTest.payload("github"), GitSourcesProfile.SECRET).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("refreshing"));
                await().atMost(Duration.ofSeconds(round == 1 ? 10 : 1)).pollInterval(Duration.ofMillis(10))
                        .until(() -> page("/docs/handbook").selectFirst("article.markdown").text().contains(text));
                System.out.printf("push %d served %d ms after the webhook%n", round, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    @Test
    void shouldRefreshOnASignedPushFromGitLabAndGitea() throws Exception {
        byte[] gitlab = PushEventTest.payload("gitlab");
        given().contentType(ContentType.JSON).header("X-Gitlab-Event", "Push Hook").header("X-Gitlab-Token", GitSourcesProfile.SECRET)
                .body(gitlab).post("/webhooks/handbook").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("refreshing"));
        byte[] gitea = PushEventTest.payload("gitea");
        given().contentType(ContentType.JSON).header("X-Gitea-Event", "push").header("X-GitHub-Event", "push")
                .header("X-Gitea-Signature", WebhookSignature.hmac(gitea, GitSourcesProfile.SECRET))
                .body(gitea).post("/webhooks/handbook").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "ada", roles = Roles.ADMIN)
    void shouldRefuseUnsignedOrWronglySignedWebhooksAndAuditThem() throws Exception {
        byte[] body = PushEventTest.payload("github");
        github("handbook", body, "not-the-secret").then().statusCode(401).body("title", org.hamcrest.Matchers.equalTo("Webhook not signed"));
        given().contentType(ContentType.JSON).header("X-GitHub-Event", "push").body(body).post("/webhooks/handbook").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Gitlab-Event", "Push Hook").header("X-Gitlab-Token", "guess")
                .body(PushEventTest.payload("gitlab")).post("/webhooks/handbook").then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Gitea-Event", "push").header("X-Gitea-Signature", "00")
                .body(PushEventTest.payload("gitea")).post("/webhooks/handbook").then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).post("/webhooks/handbook").then().statusCode(401);
        github("platform", body, "anything").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("no webhook secret is configured"));
        List<String> details = audit.page("webhook", "source.webhook.refused", 1).entries().stream().map(e -> e.detail()).toList();
        assertTrue(details.stream().anyMatch(d -> d.startsWith("GitHub: missing or wrong X-Hub-Signature-256")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("GitLab: missing or wrong X-Gitlab-Token")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("Gitea/Forgejo: missing or wrong X-Gitea-Signature")), details.toString());
    }

    @Test
    void shouldIgnoreOtherBranchesRepositoriesAndEventsAndRefuseOversizedOrUnknown() throws Exception {
        String secret = GitSourcesProfile.SECRET;
        github("handbook", payload("github", "refs/heads/feature"), secret).then().statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("ignored"));
        byte[] other = new String(PushEventTest.payload("github"), StandardCharsets.UTF_8).replace("acme/handbook", "acme/website")
                .getBytes(StandardCharsets.UTF_8);
        github("handbook", other, secret).then().statusCode(202).body("reason", org.hamcrest.Matchers.containsString("another repository"));
        byte[] ping = "{\"zen\":\"Design for failure.\",\"hook_id\":1}".getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).header("X-GitHub-Event", "ping").header("X-Hub-Signature-256", "sha256=" + WebhookSignature.hmac(ping, secret))
                .body(ping).post("/webhooks/handbook").then().statusCode(202);
        byte[] huge = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        github("handbook", huge, secret).then().statusCode(413);
        byte[] notJson = "payload=%7B%7D".getBytes(StandardCharsets.UTF_8);
        github("handbook", notJson, secret).then().statusCode(400);
        github("no-such-source", PushEventTest.payload("github"), secret).then().statusCode(404);
    }

    @Test
    void shouldKeepServingWithABannerWhileTheRemoteIsGoneAndRecoverWhenItIsBack() throws Exception {
        Path bare = GitSourcesProfile.REPOS.resolve("platform.git");
        Path away = GitSourcesProfile.REPOS.resolve("platform.git.away");
        WebSession ada = WebSession.signIn("ada");
        Files.move(bare, away);
        try {
            refreshFromTheAdminPage(ada);
            await().atMost(Duration.ofSeconds(10)).until(() -> page("/docs/platform/runners").selectFirst(".banner-source") != null);
            Document runners = page("/docs/platform/runners");
            assertEquals("Runners", runners.selectFirst("h1").text(), "the last good page is served");
            String banner = runners.selectFirst(".banner-source").text();
            assertTrue(banner.matches("Content as of [0-9a-f]{7}, .+ — platform could not be refreshed since .+\\."), banner);
            assertNull(page("/docs/handbook/deploy").selectFirst(".banner-source"), "another source's pages are fine");

            Element row = ada.page("/admin/content", 200).selectFirst("tr.source[data-source=platform]");
            assertNotNull(row);
            assertTrue(row.hasClass("source-degraded"));
            assertTrue(row.selectFirst(".source-reason").text().startsWith("There is no repository at this URL"), row.text());
            assertFalse(row.selectFirst(".source-location").text().isEmpty());
            assertEquals("1", row.selectFirst(".source-pages").text());

            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            String degraded = ready.getString("checks.find { it.name == 'content' }.data.degraded");
            assertTrue(degraded.startsWith("platform (There is no repository"), degraded);
        } finally {
            Files.move(away, bare);
        }
        refreshFromTheAdminPage(ada);
        await().atMost(Duration.ofSeconds(10)).until(() -> page("/docs/platform/runners").selectFirst(".banner-source") == null);
        assertTrue(ada.page("/admin/content", 200).selectFirst("tr.source[data-source=platform]").hasClass("source-ok"));
    }

    private static void refreshFromTheAdminPage(WebSession admin) {
        admin.get("/admin/content");
        Response refreshed = admin.post("/admin/content/sources/platform/refresh", Map.of());
        assertEquals(303, refreshed.statusCode());
        assertTrue(admin.page("/admin/content", 200).selectFirst("p.banner-ok").text().startsWith("Refresh asked for"));
    }
}
