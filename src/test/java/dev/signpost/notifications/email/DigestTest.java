package dev.signpost.notifications.email;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTest {

    private static final UnaryOperator<String> ABSOLUTE = path -> "https://signpost.example" + path;

    @Test
    void shouldListEachItemWithItsFirstLineAndAbsoluteLink() {
        Digest digest = Digest.of(List.of(
                new Digest.Item("Action item for you: Fix the pipeline", "sam assigned this to alice.\nSecond line is left out.", "/actions/1"),
                new Digest.Item("Action item for you: Write the runbook", "", "/actions/2")), ABSOLUTE);
        assertEquals("Your Signpost digest: 2 notifications", digest.title());
        assertEquals("""
                Action item for you: Fix the pipeline
                sam assigned this to alice.
                https://signpost.example/actions/1

                Action item for you: Write the runbook
                https://signpost.example/actions/2""", digest.body());
    }

    @Test
    void shouldCountOneNotification() {
        assertEquals("Your Signpost digest: 1 notification", Digest.of(List.of(new Digest.Item("One", "", "/x")), ABSOLUTE).title());
    }

    @Test
    void shouldRefuseAnEmptyDigest() {
        assertThrows(IllegalArgumentException.class, () -> Digest.of(List.of(), ABSOLUTE));
    }

    @Test
    void shouldKeepEachItemToItsOwnLinesWhateverItsTextHolds() {
        Digest digest = Digest.of(List.of(new Digest.Item("Title\u2028with a separator", "\n\n  \nbody\u2029line", "/a")), ABSOLUTE);
        assertEquals("Title with a separator\nbody line\nhttps://signpost.example/a", digest.body());
        EmailBody body = EmailBody.of(digest.body(), "https://signpost.example");
        assertEquals(1, body.paragraphs().size());
        assertTrue(body.paragraphs().get(0).lines().get(2).link());
    }

    @Test
    void shouldCutALongDigestAndPointToTheRest() {
        List<Digest.Item> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(new Digest.Item("Item " + i + " " + "t".repeat(250), "b".repeat(300), "/actions/" + i));
        }
        Digest digest = Digest.of(items, ABSOLUTE);
        assertEquals("Your Signpost digest: 100 notifications", digest.title());
        assertTrue(digest.body().length() < 4000, "fits the outbox's body: " + digest.body().length());
        int shown = (int) digest.body().lines().filter(l -> l.startsWith("Item ")).count();
        assertTrue(shown > 0 && shown < 100, "shown: " + shown);
        assertTrue(digest.body().endsWith("And " + (100 - shown) + " more in your notifications:\nhttps://signpost.example/notifications"),
                digest.body());
        assertTrue(digest.body().lines().filter(l -> l.startsWith("Item ")).allMatch(l -> l.length() <= Digest.LINE_LIMIT));
    }
}
