package dev.signpost.feedback;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The triage queue as CSV (RFC 4180: commas, quotes and line breaks inside values are quoted). A value that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe.
 */
final class FeedbackCsv {

    static final List<String> HEADER = List.of("id", "sent", "category", "status", "title", "submitter", "owner", "assignee",
            "related_page", "contact_me", "description", "public_answer");

    private FeedbackCsv() {
    }

    static String of(List<FeedbackItem> items) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (FeedbackItem i : items) {
                csv.printRecord(i.id, i.createdAt, i.category.code(), i.status.code(), safe(i.title), safe(i.submitter),
                        safe(i.owner), safe(i.assignee), safe(i.relatedPage), i.contactMe, safe(i.description), safe(i.publicAnswer));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }
}
