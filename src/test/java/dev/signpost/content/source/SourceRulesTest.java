package dev.signpost.content.source;

import dev.signpost.git.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules around sources: mounts, settings, secrets in messages, and how refresh requests are coalesced. */
class SourceRulesTest {

    private static Map<String, String> mounts(String... pairs) {
        Map<String, String> mounts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            mounts.put(pairs[i], pairs[i + 1]);
        }
        return mounts;
    }

    @Test
    void shouldAllowSourcesSideBySideAndInsideTheRootFolder() {
        assertEquals(List.of(), Mounts.problems(mounts("content", "", "handbook", "handbook", "platform", "teams/platform")));
    }

    @Test
    void shouldRefuseTwoSourcesAtOneMountOrOneInsideAnother() {
        List<String> same = Mounts.problems(mounts("content", "", "handbook", ""));
        assertEquals(1, same.size());
        assertTrue(same.get(0).contains("'content' and 'handbook' are both mounted at the root"), same.get(0));
        assertTrue(same.get(0).contains("signpost.content.enabled=false"), same.get(0));
        List<String> nested = Mounts.problems(mounts("teams", "teams", "payments", "teams/payments"));
        assertEquals(1, nested.size());
        assertTrue(nested.get(0).contains("overlap"), nested.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools", "roadmap", "sigs", "sigs/extra"})
    void shouldRefuseAMountInAFeaturesFolder(String mount) {
        List<String> problems = Mounts.problems(mounts("x", mount));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("Mount it elsewhere"), problems.get(0));
    }

    @Test
    void shouldCheckASourcesSettings() {
        TestSettings raw = new TestSettings("https://git.example.com/acme/handbook.git");
        SourceSettings settings = SourceSettings.of("handbook", raw);
        assertEquals("handbook", settings.mount(), "mounted at its name by default");
        raw.mount = java.util.Optional.of("/");
        assertEquals("", SourceSettings.of("handbook", raw).mount(), "/ is the root");
        raw.mount = java.util.Optional.of("/teams/platform/");
        assertEquals("teams/platform", SourceSettings.of("handbook", raw).mount());
        assertEquals("git@github.com:acme/handbook.git", SourceSettings.of("h", new TestSettings("git@github.com:acme/handbook.git")).url());
        assertThrows(IllegalArgumentException.class, () -> SourceSettings.of("Bad Name", raw));
        IllegalArgumentException ext = assertThrows(IllegalArgumentException.class, () -> SourceSettings.of("h", new TestSettings("ext::sh -c touch% /tmp/x")));
        assertTrue(ext.getMessage().contains("must be an https://"), ext.getMessage());
        IllegalArgumentException shown = assertThrows(IllegalArgumentException.class,
                () -> SourceSettings.of("h", new TestSettings("ftp://bot:hunter2@host/x")));
        assertTrue(!shown.getMessage().contains("hunter2"), shown.getMessage());
        raw.mount = java.util.Optional.of("../escape");
        assertThrows(IllegalArgumentException.class, () -> SourceSettings.of("handbook", raw));
        raw.mount = java.util.Optional.of("a/.git");
        assertThrows(IllegalArgumentException.class, () -> SourceSettings.of("handbook", raw));
    }

    @Test
    void shouldTakeCredentialsOutOfMessages() {
        assertEquals("https://git.example.com/acme/h.git", Secrets.url("https://bot:tok3n@git.example.com/acme/h.git"));
        assertEquals("fetch of https://host/x failed: *** refused", Secrets.redact("fetch of https://u:p@host/x failed: glpat-123456 refused",
                List.of("glpat-123456")));
    }

    @Test
    void shouldRunATenRequestBurstAtMostTwice() throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        try {
            AtomicInteger runs = new AtomicInteger();
            RefreshGate gate = new RefreshGate(timer, Executors.newSingleThreadExecutor(), Duration.ofMillis(300), () -> {
                runs.incrementAndGet();
                sleep(50);
            });
            for (int i = 0; i < 10; i++) {
                gate.request();
                sleep(30);
            }
            sleep(800);
            assertEquals(2, runs.get(), "one at once, one for everything asked while it ran or waited");
            gate.request();
            sleep(500);
            assertEquals(3, runs.get(), "a later request runs again");
        } finally {
            timer.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
