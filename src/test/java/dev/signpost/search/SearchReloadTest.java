package dev.signpost.search;

import dev.signpost.docs.HotReloadProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Search follows the content while the portal runs: new, edited and deleted pages show up in results within seconds. */
@QuarkusTest
@TestProfile(HotReloadProfile.class)
class SearchReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Test
    void shouldFindANewPage() throws IOException {
        write("search-new.md", "---\ntitle: Quokka onboarding\n---\nEverything about the quokkaphone.\n");
        awaitTitles("quokkaphone", List.of("Quokka onboarding"));
    }

    @Test
    void shouldFollowAnEditedPage() throws IOException {
        write("search-edit.md", "---\ntitle: Wombat guide\n---\nThe wombatrix is configured here.\n");
        awaitTitles("wombatrix", List.of("Wombat guide"));
        write("search-edit.md", "---\ntitle: Wombat guide\n---\nThe numbatrix replaced it.\n");
        awaitTitles("numbatrix", List.of("Wombat guide"));
        awaitTitles("wombatrix", List.of());
    }

    @Test
    void shouldForgetADeletedPage() throws IOException {
        write("search-delete.md", "---\ntitle: Platypus notes\n---\nThe platypusoid pattern.\n");
        awaitTitles("platypusoid", List.of("Platypus notes"));
        Files.delete(HotReloadProfile.DIR.resolve("search-delete.md"));
        awaitTitles("platypusoid", List.of());
    }

    private static void write(String path, String text) throws IOException {
        Files.writeString(HotReloadProfile.DIR.resolve(path), text);
    }

    private static void awaitTitles(String query, List<String> titles) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonPath json = given().queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            assertEquals(titles, json.getList("results.title"));
            assertEquals(false, json.getBoolean("corrected"), "an exact word, not a spelling correction");
        });
    }
}
