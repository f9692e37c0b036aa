package dev.signpost.actions;

import dev.signpost.actions.ActionCalendar.Entry;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The action item feed, parsed back with ical4j: structure, stable UIDs, hostile titles, folding by octets. */
class ActionCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-20T08:15:30Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    private static final String HOST = "signpost.example.org";
    private static final String INJECTION = "Ship it\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:forged";

    private static Entry entry(long id, String title, String status) {
        return new Entry(id, title, DUE, status, "alice", "Platform", "https://" + HOST + "/actions/" + id, UPDATED);
    }

    private static String feed(Entry... entries) {
        return ActionCalendar.feed("Platform actions", List.of(entries), HOST, NOW);
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            return fail("not a calendar ical4j can read back: " + e.getMessage() + "\n" + ics);
        }
    }

    private static List<VEvent> events(String ics) {
        return parse(ics).getComponents(Component.VEVENT);
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** What a TEXT value can carry: no CR, so CRLF and CR arrive as LF. */
    private static String asText(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static List<byte[]> physicalLines(String ics) {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at octet " + i);
                lines.add(Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at octet " + i);
            }
        }
        assertEquals(bytes.length, start, "the last line must end with CRLF");
        return lines;
    }

    private static String decodeStrictly(byte[] octets) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
        } catch (CharacterCodingException e) {
            return fail("a line is not whole UTF-8: " + new String(octets, StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldPublishCalendarPropertiesAndRefreshHints() {
        Calendar calendar = parse(ActionCalendar.feed("Ops, SIG; \"night\" \\ shift\nteam", List.of(), HOST, NOW));
        assertEquals("-//Signpost//Action items//EN", value(calendar, "PRODID"));
        assertEquals("2.0", value(calendar, "VERSION"));
        assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
        assertEquals("PUBLISH", value(calendar, "METHOD"));
        assertEquals("Ops, SIG; \"night\" \\ shift\nteam", value(calendar, "X-WR-CALNAME"));
        assertEquals("PT1H", value(calendar, "REFRESH-INTERVAL"));
        assertEquals(Value.DURATION, calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getParameter("VALUE").orElseThrow());
        assertEquals("PT1H", value(calendar, "X-PUBLISHED-TTL"));
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** RFC 5545 asks for at least one component (ical4j's validator says so); subscribers take an empty feed. */
    @Test
    void shouldGiveACalendarWithNoEventsForAnEmptyList() {
        String ics = ActionCalendar.feed("Nothing due", List.of(), HOST, NOW);
        Calendar calendar = parse(ics);
        assertTrue(calendar.getComponents().isEmpty());
        assertEquals("Nothing due", value(calendar, "X-WR-CALNAME"));
        assertEquals("-//Signpost//Action items//EN", value(calendar, "PRODID"));
        assertEquals("2.0", value(calendar, "VERSION"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertEquals(9, physicalLines(ics).size(), ics);
    }

    @Test
    void shouldWriteOneAllDayEventPerEntry() throws Exception {
        Entry entry = new Entry(42, "Publish the runner SLO", LocalDate.of(2026, 2, 28), "open", "alice", "Platform",
                "https://signpost.example.org/actions/42", UPDATED);
        String ics = feed(entry, entry(43, "Second", "open"));
        List<VEvent> events = events(ics);
        assertEquals(2, events.size());
        VEvent event = events.get(0);
        assertEquals("action-42@signpost.example.org", value(event, "UID"));
        assertEquals("action-43@signpost.example.org", value(events.get(1), "UID"));
        DateProperty<?> start = event.<DateProperty<?>>getProperty("DTSTART").orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 28), assertInstanceOf(LocalDate.class, start.getDate()));
        assertEquals(Value.DATE, start.getParameter("VALUE").orElseThrow());
        DateProperty<?> end = event.<DateProperty<?>>getProperty("DTEND").orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 1), assertInstanceOf(LocalDate.class, end.getDate()));
        assertEquals(Value.DATE, end.getParameter("VALUE").orElseThrow());
        assertEquals("20261128T120000Z", value(event, "DTSTAMP"));
        assertEquals("20261120T081530Z", value(event, "LAST-MODIFIED"));
        assertEquals("Due: Publish the runner SLO", value(event, "SUMMARY"));
        assertEquals("https://signpost.example.org/actions/42", value(event, "URL"));
        assertEquals(Set.of("Platform"), event.<Categories>getProperty("CATEGORIES").orElseThrow().getCategories().getTexts());
        assertEquals("Status: open\nOwner: alice\nSIG: Platform\nhttps://signpost.example.org/actions/42",
                value(event, "DESCRIPTION"));
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20260228\r\n"), ics);
        // RFC 5545 rules only: ical4j adds RFC 5546 rules for METHOD:PUBLISH, which want an ORGANIZER mailbox.
        assertFalse(event.validate().hasErrors(), () -> event.validate().toString());
    }

    @Test
    void shouldKeepTheUidOfAnItemAcrossFeeds() {
        String before = ActionCalendar.feed("A", List.of(entry(7, "Draft", "open")), HOST, NOW);
        String after = ActionCalendar.feed("A", List.of(entry(6, "Other", "open"), entry(7, "Draft, renamed", "done")), HOST,
                NOW.plusSeconds(86_400));
        assertEquals("action-7@signpost.example.org", value(events(before).get(0), "UID"));
        assertEquals(value(events(before).get(0), "UID"), value(events(after).get(1), "UID"));
    }

    @ParameterizedTest
    @CsvSource({
            "open, CONFIRMED, Due: Write the guide",
            "in-progress, CONFIRMED, Due: Write the guide",
            "blocked, CONFIRMED, Due: Write the guide",
            "done, CONFIRMED, Done: Write the guide",
            "dropped, CANCELLED, Due: Write the guide" })
    void shouldMapTheItemStatusToTheEventStatusAndSummary(String status, String eventStatus, String summary) {
        VEvent event = events(feed(entry(1, "Write the guide", status))).get(0);
        assertEquals(eventStatus, value(event, "STATUS"));
        assertEquals(summary, value(event, "SUMMARY"));
        assertTrue(value(event, "DESCRIPTION").startsWith("Status: " + status + "\n"), value(event, "DESCRIPTION"));
    }

    @Test
    void shouldLeaveOutAMissingOwnerAndSig() {
        Entry entry = new Entry(9, "Orphan", DUE, "open", null, null, "https://signpost.example.org/actions/9", UPDATED);
        VEvent event = events(feed(entry)).get(0);
        assertEquals("Status: open\nhttps://signpost.example.org/actions/9", value(event, "DESCRIPTION"));
        assertTrue(event.getProperty("CATEGORIES").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            INJECTION,
            "Ship it\rEND:VEVENT\rBEGIN:VEVENT\rUID:forged@evil",
            "Ship it\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged@evil",
            "Line one\nline two\rline three\r\nline four",
            "Commas, semicolons; and \\backslashes\\ \\n\\, \\; \\\\",
            "C:\\new\\folder; \"quoted\", 'single'",
            ";;;,,,\\\\\\:::",
            "BEGIN:VCALENDAR" })
    void shouldKeepOneEventPerEntryWhateverTheTitle(String title) {
        String ics = feed(entry(1, title, "open"), entry(2, title, "dropped"), entry(3, "Plain", "open"));
        List<VEvent> events = events(ics);
        assertEquals(3, events.size(), ics);
        assertEquals("Due: " + asText(title), value(events.get(0), "SUMMARY"));
        assertEquals("action-1@signpost.example.org", value(events.get(0), "UID"));
        assertEquals("action-2@signpost.example.org", value(events.get(1), "UID"));
        assertEquals("CANCELLED", value(events.get(1), "STATUS"));
        assertEquals("Due: Plain", value(events.get(2), "SUMMARY"));
        long begins = physicalLines(ics).stream().map(l -> new String(l, StandardCharsets.UTF_8)).filter("BEGIN:VEVENT"::equals)
                .count();
        assertEquals(3, begins, ics);
    }

    @Test
    void shouldRoundTripHostileTextInEveryTextField() {
        String hostile = "a,b;c\\d\ne\rf" + INJECTION;
        Entry entry = new Entry(5, hostile, DUE, "blocked", hostile, hostile, "https://signpost.example.org/actions/5?a=1,2;3",
                UPDATED);
        List<VEvent> events = events(feed(entry, entry(6, "Next", "open")));
        assertEquals(2, events.size());
        VEvent event = events.get(0);
        assertEquals("Due: " + asText(hostile), value(event, "SUMMARY"));
        assertEquals(Set.of(asText(hostile)), event.<Categories>getProperty("CATEGORIES").orElseThrow().getCategories().getTexts());
        assertEquals("https://signpost.example.org/actions/5?a=1,2;3", value(event, "URL"));
        assertEquals("Status: blocked\nOwner: " + asText(hostile) + "\nSIG: " + asText(hostile)
                + "\nhttps://signpost.example.org/actions/5?a=1,2;3", value(event, "DESCRIPTION"));
    }

    @Test
    void shouldDropControlCharactersButKeepTabs() {
        VEvent event = events(feed(entry(1, "bell\u0007 nul\u0000 esc\u001b del\u007f tab\tend", "open"))).get(0);
        assertEquals("Due: bell nul esc del tab\tend", value(event, "SUMMARY"));
    }

    @Test
    void shouldRejectAnEntryWithoutADueDate() {
        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> new Entry(1, "No date", null, "open", null, null, "https://signpost.example.org/actions/1", UPDATED));
        assertEquals("due", refused.getMessage());
    }

    @Test
    void shouldLeaveOutAUrlThatIsNotAnAbsoluteUri() {
        Entry entry = new Entry(3, "Bad link", DUE, "open", "bob", null, "not a url\r\nX-EVIL:1", UPDATED);
        List<VEvent> events = events(feed(entry));
        assertEquals(1, events.size());
        assertTrue(events.get(0).getProperty("URL").isEmpty());
        assertTrue(events.get(0).getProperty("X-EVIL").isEmpty());
        assertEquals("Status: open\nOwner: bob\nnot a url\nX-EVIL:1", value(events.get(0), "DESCRIPTION"));
    }

    @Test
    void shouldFoldLinesAtSeventyFiveOctetsAndEndEveryLineWithCrlf() {
        String title = "é".repeat(150) + "😀".repeat(75) + "x".repeat(75);
        assertEquals(300, title.codePointCount(0, title.length()));
        String ics = feed(entry(1, title, "open"));
        List<byte[]> lines = physicalLines(ics);
        for (byte[] line : lines) {
            assertTrue(line.length <= 75, () -> line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
        }
        long continuations = lines.stream().filter(l -> l.length > 0 && l[0] == ' ').count();
        assertTrue(continuations >= 8, "the 300-character title must be folded: " + continuations);
        assertEquals("Due: " + title, value(events(ics).get(0), "SUMMARY"));
    }

    @Test
    void shouldNeverSplitACharacterWhenFolding() {
        // Every alignment of one-, two-, three- and four-octet characters against the fold point.
        for (int shift = 0; shift < 4; shift++) {
            String title = "x".repeat(shift) + "é€😀".repeat(40) + "😀".repeat(40);
            String ics = feed(entry(1, title, "open"));
            StringBuilder unfolded = new StringBuilder();
            for (byte[] line : physicalLines(ics)) {
                String decoded = decodeStrictly(line);
                if (decoded.startsWith(" ")) {
                    unfolded.append(decoded, 1, decoded.length());
                } else {
                    unfolded.append("\r\n").append(decoded);
                }
            }
            String summaryLine = Arrays.stream(unfolded.toString().split("\r\n")).filter(l -> l.startsWith("SUMMARY:"))
                    .findFirst().orElseThrow();
            assertEquals("SUMMARY:Due: " + title, summaryLine);
            assertEquals("Due: " + title, value(events(ics).get(0), "SUMMARY"));
        }
    }
}
