package dev.signpost.feedback;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV export: quoting that round-trips, and no formula a spreadsheet would run. */
class FeedbackCsvTest {

    private static FeedbackItem item(String title, String description) {
        FeedbackItem item = new FeedbackItem();
        item.id = 7L;
        item.createdAt = Instant.parse("2026-11-28T12:00:00Z");
        item.category = Category.TOOL_REQUEST;
        item.status = Status.NEW;
        item.title = title;
        item.submitter = "alice";
        item.description = description;
        return item;
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksSoTheyRoundTrip() throws IOException {
        String title = "Assess \"Renovate\", please";
        String description = "Line one,\nline two with \"quotes\"\r\nand a tab\there";
        List<CSVRecord> records = parse(FeedbackCsv.of(List.of(item(title, description))));
        assertEquals(1, records.size());
        assertEquals(title, records.get(0).get("title"));
        assertEquals(description, records.get(0).get("description"));
        assertEquals("tool-request", records.get(0).get("category"));
        assertEquals("", records.get(0).get("assignee"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://evil.example")|'=HYPERLINK("http://evil.example")
            +1+2                             |'+1+2
            -2+3                             |'-2+3
            @SUM(A1)                         |'@SUM(A1)
            plain title                      |plain title
            a=b                              |a=b
            """)
    void shouldNeutraliseFormulas(String value, String expected) throws IOException {
        List<CSVRecord> records = parse(FeedbackCsv.of(List.of(item(value, "\t=cmd"))));
        assertEquals(expected, records.get(0).get("title"));
        assertEquals("'\t=cmd", records.get(0).get("description"));
    }

    @Test
    void shouldWriteTheHeaderEvenWithoutItems() throws IOException {
        String csv = FeedbackCsv.of(List.of());
        assertEquals(String.join(",", FeedbackCsv.HEADER), csv.strip());
    }
}
