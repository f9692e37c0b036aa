package dev.signpost.docs;

import dev.signpost.Html;
import dev.signpost.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes under the content folder are served without a restart, and a broken file never takes a good page down. */
@QuarkusTest
@TestProfile(HotReloadProfile.class)
@TestSecurity(user = "ada", roles = Roles.ADMIN) // content health is an admin page
class HotReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void shouldServeNewPageWithoutRestart() throws IOException {
        write("created.md", "---\ntitle: Freshly created\n---\nHello.\n");
        awaitTitle("/docs/created", "Freshly created");
    }

    @Test
    void shouldReRenderEditedPage() throws IOException {
        write("edited.md", "---\ntitle: Edited\n---\nFirst version.\n");
        awaitBody("/docs/edited", "First version.");
        write("edited.md", "---\ntitle: Edited\n---\nSecond version.\n");
        awaitBody("/docs/edited", "Second version.");
    }

    @Test
    void shouldStopServingDeletedPage() throws IOException {
        write("deleted.md", "---\ntitle: Soon gone\n---\nBye.\n");
        awaitTitle("/docs/deleted", "Soon gone");
        Files.delete(HotReloadProfile.DIR.resolve("deleted.md"));
        awaitStatus("/docs/deleted", 404);
    }

    @Test
    void shouldFollowRenamedPage() throws IOException {
        write("before.md", "---\ntitle: Renamed page\n---\nText.\n");
        awaitTitle("/docs/before", "Renamed page");
        Files.move(HotReloadProfile.DIR.resolve("before.md"), HotReloadProfile.DIR.resolve("after.md"));
        awaitStatus("/docs/before", 404);
        awaitTitle("/docs/after", "Renamed page");
    }

    @Test
    void shouldPickUpNewFolderWithItsPages() throws IOException {
        Path folder = HotReloadProfile.DIR.resolve("new-section");
        Files.createDirectories(folder);
        write("new-section/index.md", "---\ntitle: New section\n---\nSection page.\n");
        write("new-section/child.md", "---\ntitle: Child page\n---\nChild.\n");
        awaitTitle("/docs/new-section/child", "Child page");
        Document child = Html.get("/docs/new-section/child", 200);
        assertEquals("New section", child.select("nav.breadcrumbs li").get(1).text(), "navigation is rebuilt with the new folder");
    }

    @Test
    void shouldKeepLastGoodVersionWhenYamlBreaksAndNameTheFile() throws IOException {
        write("fragile.md", "---\ntitle: Fragile page\n---\nGood content.\n");
        awaitBody("/docs/fragile", "Good content.");
        write("fragile.md", "---\ntitle: [unclosed\nowner: x\n---\nBroken content.\n");
        await().atMost(WITHIN).until(() -> adminProblems().contains("fragile.md"));
        Document page = Html.get("/docs/fragile", 200);
        assertEquals("Fragile page", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("article").text().contains("Good content."), "the last good version is still served");
        Document admin = Html.get("/admin/content", 200);
        String row = admin.select("table.problems tr:contains(fragile.md)").text();
        assertTrue(row.contains("not valid YAML"), row);
        assertTrue(admin.selectFirst("table.problems tr:contains(fragile.md) td:nth-child(2)").text().matches("\\d+"), "line is shown");

        write("fragile.md", "---\ntitle: Fragile page\n---\nRepaired content.\n");
        awaitBody("/docs/fragile", "Repaired content.");
        await().atMost(WITHIN).until(() -> !adminProblems().contains("fragile.md"));
    }

    @Test
    void shouldRefuseOversizedFileButKeepServingPreviousVersion() throws IOException {
        write("big.md", "---\ntitle: Big page\n---\nSmall for now.\n");
        awaitBody("/docs/big", "Small for now.");
        write("big.md", "---\ntitle: Big page\n---\n" + "x".repeat(70 * 1024) + "\n");
        await().atMost(WITHIN).until(() -> adminProblems().contains("big.md"));
        assertTrue(adminProblems().contains("over the limit"));
        awaitBody("/docs/big", "Small for now.");
    }

    @Test
    void shouldReportBrokenLinkUntilTargetAppears() throws IOException {
        write("linker.md", "---\ntitle: Linker\n---\nSee [the target](target.md#details).\n");
        await().atMost(WITHIN).until(() -> brokenLinks().contains("target.md#details"));
        write("target.md", "---\ntitle: Target\n---\n## Details\nHere.\n");
        await().atMost(WITHIN).until(() -> !brokenLinks().contains("target.md#details"));
        Document linker = Html.get("/docs/linker", 200);
        assertEquals("/docs/target#details", linker.selectFirst("article a:contains(the target)").attr("href"));
    }

    @Test
    void shouldEscapeMarkupInFrontMatterEverywhereItIsShown() throws IOException {
        write("hostile.md", "---\ntitle: '<img src=x onerror=alert(1)>'\ndescription: '<script>alert(2)</script>'\n"
                + "owner: '<b>x</b>'\ntags: ['<svg onload=alert(3)>']\n---\nBody.\n");
        awaitTitle("/docs/hostile", "<img src=x onerror=alert(1)>");
        Document page = Html.get("/docs/hostile", 200);
        assertTrue(page.select("main img, main script, main svg, main b").isEmpty(), page.selectFirst("main").html());
        assertTrue(page.select("title").text().contains("<img src=x onerror=alert(1)>"));
        Document tag = Html.get(page.selectFirst("ul.tags a").attr("href"), 200);
        assertTrue(tag.select("main svg, main img, main script").isEmpty());
    }

    @Test
    void shouldNeverServeAFileCaughtHalfWritten() throws Exception {
        write("slow.md", "---\ntitle: Slow page\n---\nVersion one. END-ONE\n");
        awaitBody("/docs/slow", "END-ONE");
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread writer = new Thread(() -> {
            // truncated, then written in 60 pieces over about 300 ms: longer than a watcher batch used to wait
            try (var out = Files.newOutputStream(HotReloadProfile.DIR.resolve("slow.md"))) {
                out.write("---\ntitle: Slow page\n---\nVersion two:".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 60; i++) {
                    Thread.sleep(5);
                    out.write((" piece" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write(" END-TWO\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        while (writer.isAlive()) {
            var response = given().get("/docs/slow");
            seen.add(response.statusCode() + " " + (response.statusCode() == 200
                    ? org.jsoup.Jsoup.parse(response.asString()).selectFirst("article").text() : ""));
            Thread.sleep(10);
        }
        writer.join();
        awaitBody("/docs/slow", "END-TWO");
        for (String page : seen) {
            assertTrue(page.equals("200 Version one. END-ONE") || page.endsWith(" END-TWO"), "a half-written version was served: " + page);
        }
    }

    private static void write(String path, String content) throws IOException {
        Files.writeString(HotReloadProfile.DIR.resolve(path), content);
    }

    private static String adminProblems() {
        Document admin = Html.get("/admin/content", 200);
        return admin.select("table.problems").text();
    }

    private static String brokenLinks() {
        return Html.get("/admin/content", 200).select("table.broken-links").text();
    }

    private static void awaitTitle(String path, String title) {
        awaitUntil(() -> given().get(path).statusCode() == 200 && Html.get(path, 200).selectFirst("main h1").text().equals(title));
    }

    private static void awaitBody(String path, String text) {
        awaitUntil(() -> given().get(path).statusCode() == 200 && Html.get(path, 200).selectFirst("article").text().contains(text));
    }

    private static void awaitStatus(String path, int status) {
        awaitUntil(() -> given().redirects().follow(false).get(path).statusCode() == status);
    }

    private static void awaitUntil(Callable<Boolean> condition) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(25)).until(condition);
    }
}
