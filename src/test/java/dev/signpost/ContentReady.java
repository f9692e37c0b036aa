package dev.signpost;

import dev.signpost.content.ContentStore;

import java.time.Duration;

import org.awaitility.Awaitility;

/** Tests start once the first content load has finished (it runs in the background by design). */
public final class ContentReady {

    private ContentReady() {
    }

    public static void await(ContentStore store) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> store.status().ready());
    }
}
