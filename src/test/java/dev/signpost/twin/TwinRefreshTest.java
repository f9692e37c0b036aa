package dev.signpost.twin;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A refresh asked of one instance refreshes every instance: an admin's refresh button on A makes B fetch the git source
 * too, through the PostgreSQL notice, although B's own schedule would not fetch for an hour. The stage gives both
 * instances the git source {@code handbook} (a bare repository on disk, refresh-every 1h) and this test its working
 * copy ({@code twin.handbook.work}), from which it pushes.
 */
@Tag("twin")
class TwinRefreshTest {

    /** How long B may take: the notice arrives within milliseconds; the fetch and reading of one page take well under this. */
    private static final long WITHIN_MS = 10_000;
    private static final String PAGE = "/docs/handbook/twin";

    private final String a = TwinInstancesTest.base("twin.a.url");
    private final String b = TwinInstancesTest.base("twin.b.url");

    @Test
    void shouldRefreshTheSourceOnTheOtherInstanceWhenAnAdminRefreshesItOnOne() throws Exception {
        Path work = Path.of(System.getProperty("twin.handbook.work", ""));
        assertTrue(Files.isDirectory(work.resolve(".git")), "system property twin.handbook.work (src/test/twin/ci-stage.sh sets it)");
        Browser ada = Browser.signIn(a, "ada");
        assertEquals(200, ada.get(b + PAGE).statusCode(), "B serves the source's page before the push");

        String marker = "Version " + UUID.randomUUID();
        Files.writeString(work.resolve("twin.md"), "---\ntitle: Twin handbook\n---\n" + marker + "\n");
        git(work, "-c", "user.name=twin", "-c", "user.email=twin@localhost", "commit", "-qam", marker);
        git(work, "push", "-q", "origin", "HEAD:main");

        ada.get(a + "/admin/content");
        var refresh = ada.post(a + "/admin/content/sources/handbook/refresh", Map.of());
        assertEquals(303, refresh.statusCode(), refresh.body());
        long asked = System.nanoTime();

        // the flash that A set is shown by B
        assertNotNull(Jsoup.parse(ada.get(b + "/admin/content").body()).selectFirst("p.banner-ok[role=status]"),
                "B shows A's flash: refresh asked for");

        for (String instance : List.of(b, a)) {
            long deadline = asked + TimeUnit.MILLISECONDS.toNanos(WITHIN_MS);
            boolean fresh = false;
            while (!fresh && System.nanoTime() < deadline) {
                fresh = ada.get(instance + PAGE).body().contains(marker);
                if (!fresh) {
                    Thread.sleep(100);
                }
            }
            assertTrue(fresh, instance + " serves the pushed version within " + WITHIN_MS + " ms of the refresh asked of " + a);
            System.out.printf("twin: %s served the refreshed page %d ms after the refresh was asked of %s%n", instance,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked), a);
        }
    }

    private static void git(Path work, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", work.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "git " + String.join(" ", arguments));
        assertEquals(0, process.exitValue(), "git " + String.join(" ", arguments) + ": " + output);
    }
}
