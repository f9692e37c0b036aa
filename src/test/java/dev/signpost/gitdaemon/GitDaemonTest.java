package dev.signpost.gitdaemon;

import dev.signpost.Html;
import dev.signpost.content.source.TestRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A git source against a real git server over the network (git daemon on 127.0.0.1): a push over git:// and its
 * webhook change the page; the server stopped mid-run leaves every page served with an honest banner; the server back
 * again, the next scheduled fetch recovers by itself. Run by src/test/gitdaemon/ci-stage.sh (./mvnw test -Pgitdaemon).
 */
@Tag("gitdaemon")
@QuarkusTest
@TestProfile(GitDaemonProfile.class)
class GitDaemonTest {

    @AfterAll
    static void stopDaemon() {
        GitDaemon.stop(GitDaemonProfile.SERVED);
    }

    private static String article(String path) {
        return Html.get(path, 200).selectFirst("article.markdown").text();
    }

    @Test
    void shouldFollowPushesOverTheNetworkAndRideOutAnOutageOfTheServer() throws Exception {
        assertTrue(article("/docs/handbook").contains("Served by git daemon."), "cloned over git:// at start");
        String remote = "git://127.0.0.1:" + GitDaemon.port(GitDaemonProfile.SERVED) + "/handbook.git";

        try (TestRepo handbook = TestRepo.open(GitDaemonProfile.SERVED, "handbook"); Git git = Git.open(handbook.work.toFile())) {
            handbook.write("index.md", "# Handbook over the network\n\nPushed over git://.\n").commit("Over the wire", "Grace Hopper",
                    Instant.parse("2026-11-21T10:00:00Z"));
            git.push().setRemote(remote).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
            byte[] body = ("{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"acme/handbook\",\"clone_url\":\"" + remote + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            given().contentType(ContentType.JSON).header("X-GitHub-Event", "push").header("X-Hub-Signature-256", "sha256=" + hmac(body))
                    .body(body).post("/webhooks/handbook").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> article("/docs/handbook").contains("Pushed over git://."));

            GitDaemon.stop(GitDaemonProfile.SERVED);
            await().atMost(Duration.ofSeconds(15)).until(() -> Html.get("/docs/handbook", 200).selectFirst(".banner-source") != null);
            Document served = Html.get("/docs/handbook", 200);
            assertTrue(served.selectFirst("article.markdown").text().contains("Pushed over git://."), "the last good page is served");
            Element banner = served.selectFirst(".banner-source");
            assertTrue(banner.text().contains("handbook could not be refreshed since"), banner.text());
            String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
            assertTrue(health.contains("could not be reached"), health);

            // while the server is down, a commit lands in its repository; nobody asks for a refresh afterwards
            handbook.write("index.md", "# Handbook over the network\n\nWritten during the outage.\n").commit("During", "Linus",
                    Instant.parse("2026-11-22T10:00:00Z"));
            handbook.push();
            GitDaemon.start(GitDaemonProfile.SERVED);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> article("/docs/handbook").contains("Written during the outage."));
            assertEquals(null, Html.get("/docs/handbook", 200).selectFirst(".banner-source"), "recovered by itself: no banner");
        }
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(GitDaemonProfile.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
