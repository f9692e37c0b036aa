package dev.signpost.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default review interval is typed config: good values convert, bad ones fail with a message that says what to write. */
class ReviewIntervalConverterTest {

    @Test
    void shouldConvertConfiguredInterval() {
        assertEquals(new ReviewInterval(6, 'm'), new ReviewIntervalConverter().convert("6m"));
    }

    @Test
    void shouldRejectBadIntervalWithHelpfulMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReviewIntervalConverter().convert("soon"));
        assertTrue(e.getMessage().contains("90d, 12w, 6m, 1y"), e.getMessage());
    }
}
