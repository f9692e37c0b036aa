package dev.signpost.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Downloads as CSV (RFC 4180: commas, quotes and line breaks inside values are quoted). A text value that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    /** A header line and one line per row; a {@link CharSequence} value is made safe, others are written as they print. */
    public static String of(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(v -> v instanceof CharSequence text ? safe(text.toString()) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The value with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }
}
