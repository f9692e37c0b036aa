package dev.signpost.live;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice's PostgreSQL payload: within the 8000-byte limit at worst, and read back as written. */
class NoticeTest {

    @Test
    void shouldFitTheWorstCaseIntoPostgresPayloadLimit() {
        assertTrue(Notice.WORST_CASE_PAYLOAD_BYTES < Notice.POSTGRES_PAYLOAD_LIMIT_BYTES);
        // three UTF-8 bytes for each UTF-16 unit is the most any text takes
        Notice widest = new Notice("€".repeat(LiveBus.MAX_CHANNEL_LENGTH), "€".repeat(LiveBus.MAX_MESSAGE_LENGTH));
        int bytes = widest.payload().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= Notice.WORST_CASE_PAYLOAD_BYTES, bytes + " bytes");
        Notice emoji = new Notice("c", "😀".repeat(LiveBus.MAX_MESSAGE_LENGTH / 2));
        assertTrue(emoji.payload().getBytes(StandardCharsets.UTF_8).length < bytes);
    }

    @Test
    void shouldReadBackAPayloadWhoseMessageHasLineBreaks() {
        Notice notice = new Notice("lean-coffee:42", "first line\nsecond line\n");
        assertEquals(Optional.of(notice), Notice.fromPayload(notice.payload()));
        assertEquals(Optional.of(new Notice("c", "")), Notice.fromPayload("c\n"));
    }

    @Test
    void shouldIgnorePayloadsThatAreNoNotice() {
        assertEquals(Optional.empty(), Notice.fromPayload("no separator"));
        assertEquals(Optional.empty(), Notice.fromPayload("\nno channel"));
        assertEquals(Optional.empty(), Notice.fromPayload(""));
        assertEquals(Optional.empty(), Notice.fromPayload(null));
        assertEquals(Optional.empty(), Notice.fromPayload("c\n" + "x".repeat(LiveBus.MAX_MESSAGE_LENGTH + 1)));
    }
}
