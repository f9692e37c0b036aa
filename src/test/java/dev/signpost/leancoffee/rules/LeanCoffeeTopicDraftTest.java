package dev.signpost.leancoffee.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeTopicDraftTest {

    @Test
    void shouldAcceptTitleAndOneParagraphPitch() {
        TopicDraft draft = new TopicDraft("  Flaky tests in CI  ", "They fail one run in ten.\nWho owns them?").checked();
        assertTrue(draft.valid(), draft.errors().toString());
        assertEquals("Flaky tests in CI", draft.title());
        assertEquals("They fail one run in ten.\nWho owns them?", draft.pitch());
    }

    @Test
    void shouldAcceptTitleWithoutPitch() {
        assertTrue(new TopicDraft("X", null).checked().valid());
    }

    @Test
    void shouldRejectBlankTitle() {
        TopicDraft draft = new TopicDraft(" \t ", "a pitch").checked();
        assertEquals(Map.of("title", "Give the topic a title: what you would like to talk about."), draft.errors());
        assertEquals("a pitch", draft.pitch());
    }

    @Test
    void shouldAcceptTitleOfExactly120AndRejectOneMore() {
        assertTrue(new TopicDraft("t".repeat(120), "").checked().valid());
        TopicDraft tooLong = new TopicDraft("t".repeat(121), "").checked();
        assertEquals("The title has 121 characters; the limit is 120.", tooLong.error("title"));
        assertEquals("t".repeat(121), tooLong.title());
    }

    @Test
    void shouldCountTitleAfterStripping() {
        assertTrue(new TopicDraft("  " + "t".repeat(120) + "  ", "").checked().valid());
    }

    @Test
    void shouldRejectTitleOverSeveralLines() {
        assertTrue(new TopicDraft("One\nTwo", "").checked().hasError("title"));
        assertTrue(new TopicDraft("One\rTwo", "").checked().hasError("title"));
        assertTrue(new TopicDraft("One\u2028Two", "").checked().hasError("title"));
        assertTrue(new TopicDraft("Tab\tbed", "").checked().hasError("title"));
    }

    @Test
    void shouldRejectControlAndBidiOverrideCharacters() {
        assertEquals("The title must be one line of plain text.", new TopicDraft("nul\u0000", "").checked().error("title"));
        assertTrue(new TopicDraft("invoice\u202Etxt.exe", "").checked().hasError("title"));
        assertTrue(new TopicDraft("ok", "bell\u0007").checked().hasError("pitch"));
        assertTrue(new TopicDraft("ok", "isolate\u2066x\u2069").checked().hasError("pitch"));
    }

    @Test
    void shouldAcceptPitchOfExactly1000AndRejectOneMore() {
        assertTrue(new TopicDraft("ok", "p".repeat(1000)).checked().valid());
        assertEquals("The pitch has 1001 characters; the limit is 1000.", new TopicDraft("ok", "p".repeat(1001)).checked().error("pitch"));
    }

    @Test
    void shouldCountBrowserLineBreaksAsOneCharacter() {
        String pitch = "p".repeat(499) + "\r\n" + "p".repeat(500);
        TopicDraft draft = new TopicDraft("ok", pitch).checked();
        assertTrue(draft.valid(), draft.errors().toString());
        assertEquals(1000, draft.pitch().length());
    }

    @Test
    void shouldRejectPitchOfSeveralParagraphs() {
        String message = "Keep the pitch to one paragraph, without blank lines.";
        assertEquals(message, new TopicDraft("ok", "One.\n\nTwo.").checked().error("pitch"));
        assertEquals(message, new TopicDraft("ok", "One.\r\n\r\nTwo.").checked().error("pitch"));
        assertEquals(message, new TopicDraft("ok", "One.\n  \t\nTwo.").checked().error("pitch"));
        assertEquals("The pitch contains control characters or line separators; type it as plain text.",
                new TopicDraft("ok", "One.\u2029Two.").checked().error("pitch"));
    }

    @Test
    void shouldKeepHostileInputAsTyped() {
        String title = "<script>alert(1)</script>";
        String pitch = "[click](javascript:alert(1)) **bold** | cell |";
        TopicDraft draft = new TopicDraft(title, pitch).checked();
        assertTrue(draft.valid(), "markup is text here; escaping is the renderer's job");
        assertEquals(title, draft.title());
        assertEquals(pitch, draft.pitch());
    }

    @Test
    void shouldReportBothFieldsAtOnce() {
        TopicDraft draft = new TopicDraft("", "a\n\nb").checked();
        assertEquals(2, draft.errors().size());
        assertFalse(draft.valid());
    }

    @Test
    void shouldNotLetErrorsBeChangedLater() {
        TopicDraft draft = new TopicDraft("", "").checked();
        assertThrows(UnsupportedOperationException.class, () -> draft.errors().clear());
    }
}
