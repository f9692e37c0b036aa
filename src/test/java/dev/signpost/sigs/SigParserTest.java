package dev.signpost.sigs;

import dev.signpost.content.ContentException;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.ReviewInterval;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A SIG's front matter read into a {@link Sig}: what is kept, what is reported, and the next meeting. */
class SigParserTest {

    private static final DocumentParser PARSER = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"));

    private static SigParser.Parsed parse(String frontMatter) {
        String source = "---\ntitle: Test SIG\n" + frontMatter + "---\n\n## Scope\n\nText.\n";
        try {
            Document doc = PARSER.parse("sigs/test.md", source.getBytes(StandardCharsets.UTF_8),
                    new Document.FileStamp(source.length(), Instant.EPOCH)).document();
            return SigParser.parse("test", doc);
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> messages(SigParser.Parsed parsed) {
        return parsed.problems().stream().map(ContentProblem::message).toList();
    }

    @Test
    void shouldReadEveryKey() {
        SigParser.Parsed parsed = parse("""
                mission: Ship safely.
                charter: https://wiki.example.com/cd-charter
                chairs:
                  - {name: Priya Raman, contact: priya@example.com}
                  - {name: Sam Keller, contact: "@sam in chat"}
                  - {name: Lee, contact: "https://people.example.com/lee"}
                groups: [ci-platform, qa, qa]
                chat: {name: "#deploy", url: "https://chat.example.com/deploy"}
                meetings:
                  - {what: Lean Coffee, when: "weekly Tuesday 15:00", tz: Europe/Berlin, url: "https://meet.example.com/lc"}
                mailing_list: cd@example.com
                """);
        assertEquals(List.of(), messages(parsed));
        Sig sig = parsed.sig();
        assertEquals("Ship safely.", sig.mission());
        assertEquals("https://wiki.example.com/cd-charter", sig.charterUrl());
        assertEquals(List.of("mailto:priya@example.com", "", "https://people.example.com/lee"),
                sig.chairs().stream().map(c -> c.contactUrl() == null ? "" : c.contactUrl()).toList());
        assertEquals(List.of("ci-platform", "qa"), sig.groups(), "duplicates dropped");
        assertEquals("#deploy", sig.chat().name());
        assertEquals("cd@example.com", sig.mailingList());
        Sig.Upcoming next = sig.nextMeeting(Instant.parse("2026-11-28T12:00:00Z")).orElseThrow();
        assertEquals(ZonedDateTime.parse("2026-12-01T15:00+01:00[Europe/Berlin]"), next.at());
        assertEquals("Lean Coffee", next.meeting().what());
    }

    @Test
    void shouldDropLinksThatAreNotHttpOrMailtoAndSaySo() {
        SigParser.Parsed parsed = parse("""
                mission: M.
                charter: "javascript:alert(1)"
                chat: {name: "#x", url: "data:text/html,<script>alert(1)</script>"}
                meetings:
                  - {what: M, when: "weekly Monday 10:00", url: "vbscript:msgbox"}
                chairs:
                  - {name: Eve, contact: "javascript:alert(1)"}
                """);
        Sig sig = parsed.sig();
        assertNull(sig.charterUrl());
        assertNull(sig.chat().url());
        assertNull(sig.meetings().get(0).url());
        assertNull(sig.chairs().get(0).contactUrl(), "a contact that is no address or web link is shown as text only");
        List<String> messages = messages(parsed);
        assertEquals(3, messages.stream().filter(m -> m.contains("links must start with https://")).count(), messages.toString());
    }

    @Test
    void shouldReportWhatCannotBeReadAndStillShowTheSig() {
        SigParser.Parsed parsed = parse("""
                chairs: Priya
                groups: ci-platform
                chat: "#deploy"
                meetings:
                  - {what: Sync, when: "weekly Tusday 15:00", tz: Europe/Berlin}
                  - just text
                """);
        List<String> messages = messages(parsed);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("No 'mission'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'chairs' must be a list")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'groups' must be a list")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'chat' must be {name, url}")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Meeting 1: ") && m.contains("Tusday")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("An entry of 'meetings' is not")), messages.toString());
        Sig sig = parsed.sig();
        assertEquals(1, sig.meetings().size());
        assertNull(sig.meetings().get(0).schedule());
        assertEquals("weekly Tusday 15:00", sig.meetings().get(0).describe(), "shown as written");
        assertTrue(sig.nextMeeting(Instant.parse("2026-11-28T12:00:00Z")).isEmpty());
    }

    @Test
    void shouldTakePagesTaggedWithTheSlugOrTheSlugAndSig() {
        Sig sig = parse("mission: M.\n").sig();
        assertTrue(sig.tagged(List.of("test")));
        assertTrue(sig.tagged(List.of("deployment", "test-sig")));
        assertFalse(sig.tagged(List.of("testing")));
    }

    @Test
    void shouldPickTheSoonestOfSeveralMeetingsAndSkipPastSingleOnes() {
        Sig sig = parse("""
                mission: M.
                meetings:
                  - {what: Old review, when: "2026-01-10 10:00", tz: UTC}
                  - {what: Monthly, when: "monthly first Thursday 10:00", tz: UTC}
                  - {what: Special, when: "2026-12-02 09:00", tz: UTC}
                """).sig();
        Sig.Upcoming next = sig.nextMeeting(Instant.parse("2026-11-28T12:00:00Z")).orElseThrow();
        assertEquals("Special", next.meeting().what());
        assertEquals("Monthly", sig.nextMeeting(Instant.parse("2026-12-02T09:00:01Z")).orElseThrow().meeting().what());
    }
}
