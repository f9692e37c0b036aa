package dev.signpost.campaigns;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.signpost.WebSession;
import dev.signpost.content.source.TestRepo;
import dev.signpost.git.PushEventTest;
import dev.signpost.git.WebhookSignature;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A signed push for a repository of the inventory re-evaluates it at once; anything else changes nothing. */
@QuarkusTest
@TestProfile(CampaignWebhookProfile.class)
class CampaignWebhookTest {

    private static int done() {
        Response r = WebSession.anonymous().get("/api/v1/campaigns/move");
        Integer done = r.jsonPath().get("progress.done");
        return done == null ? -1 : done;
    }

    private static Response push(byte[] body, String secret) {
        return RestAssured.given().contentType("application/json").header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + WebhookSignature.hmac(body, secret)).body(body).post("/webhooks/campaigns/push");
    }

    @Test
    void aCampaignThatCannotBeUsedIsAContentProblemAndNotAPage() {
        org.jsoup.nodes.Document health = WebSession.signIn("ada").page("/admin/content", 200);
        java.util.List<String> rows = health.select("table.problems tr.problem-error").eachText();
        assertEquals(true, rows.stream().anyMatch(r -> r.contains("campaigns/broken.md") && r.contains("'from' names 'hudson'")), rows.toString());
        assertEquals(true, rows.stream().anyMatch(r -> r.contains("campaigns/broken.md") && r.contains("Check 1: say what it checks")), rows.toString());
        assertEquals(404, WebSession.anonymous().get("/campaigns/broken").statusCode());
        assertEquals(java.util.List.of("move"), WebSession.anonymous().get("/api/v1/campaigns").jsonPath().getList("campaigns.slug"));
    }

    @Test
    void aSignedPushReevaluatesTheRepositoryAndNothingElseDoes() throws Exception {
        await().atMost(Duration.ofMinutes(1)).until(() -> done() == 0);

        try (TestRepo handbook = TestRepo.open(CampaignWebhookProfile.REPOS, "handbook")) {
            handbook.delete("Jenkinsfile").write(".github/workflows/ci.yml", "jobs: {}\n").commit("Move", CampaignWebhookProfile.T.plusSeconds(86_400));
            handbook.push();
        }
        byte[] payload = PushEventTest.payload("github");
        push(payload, "wrong secret").then().statusCode(401);
        String other = new String(payload, StandardCharsets.UTF_8).replace("acme/handbook", "acme/elsewhere");
        push(other.getBytes(StandardCharsets.UTF_8), CampaignWebhookProfile.SECRET).then().statusCode(202);
        assertEquals(0, done(), "neither a bad signature nor another repository fetched anything");

        push(payload, CampaignWebhookProfile.SECRET).then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> done() == 1);
    }
}
