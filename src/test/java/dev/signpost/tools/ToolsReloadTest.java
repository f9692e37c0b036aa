package dev.signpost.tools;

import dev.signpost.WebSession;
import dev.signpost.docs.HotReloadProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tool file with mistakes: shown anyway, its problems on the content health page, and both follow an edit. */
@QuarkusTest
@TestProfile(HotReloadProfile.class)
class ToolsReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void shouldShowABrokenToolReportItsProblemsAndFollowTheFix() throws IOException {
        Files.createDirectories(HotReloadProfile.DIR.resolve("tools"));
        write("tools/wobbly.md", """
                ---
                title: Wobbly
                ring: adopt
                category: CI/CD
                replaces: [ghost]
                history:
                  - {date: 2025-05-01, ring: supported}
                  - {date: 2024-01-01, ring: assess}
                ---
                Why it wobbles.
                """);
        await().atMost(WITHIN).untilAsserted(() -> assertEquals(200, given().get("/tools/wobbly").statusCode()));
        List<String> problems = problemsOf("tools/wobbly.md");
        assertTrue(problems.stream().anyMatch(p -> p.contains("Unknown ring 'adopt'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'replaces' names 'ghost'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("comes before the entry above it")), problems.toString());
        assertTrue(given().get("/tools?view=list").asString().contains("data-slug=\"wobbly\""), "listed despite its problems");

        write("tools/wobbly.md", """
                ---
                title: Wobbly
                ring: supported
                category: CI/CD
                history:
                  - {date: 2024-01-01, ring: assess}
                  - {date: 2025-05-01, ring: supported}
                ---
                Steady now.
                """);
        await().atMost(WITHIN).untilAsserted(() -> assertEquals("supported",
                given().get("/api/v1/tools/wobbly").jsonPath().getString("ring")));
        assertEquals(List.of(), problemsOf("tools/wobbly.md"));
        Files.delete(HotReloadProfile.DIR.resolve("tools/wobbly.md"));
        await().atMost(WITHIN).untilAsserted(() -> assertEquals(404, given().get("/tools/wobbly").statusCode()));
        assertTrue(!given().get("/tools?view=list").asString().contains("data-slug=\"wobbly\""),
                "the list rendered for the old content is not served again");
        assertTrue(!given().get("/tools").asString().contains("/tools/wobbly"), "nor the radar");
    }

    private static List<String> problemsOf(String path) {
        Document health = WebSession.signIn("ada").page("/admin/content", 200);
        return health.select("table.problems tr").stream()
                .filter(row -> row.select("td code").text().equals(path))
                .map(row -> row.select("td").last().text()).toList();
    }

    private static void write(String path, String text) throws IOException {
        Files.writeString(HotReloadProfile.DIR.resolve(path), text);
    }
}
