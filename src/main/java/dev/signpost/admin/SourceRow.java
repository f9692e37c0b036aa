package dev.signpost.admin;

import dev.signpost.content.SourceStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One row of the admin page's Sources table: a source's status with its times written for people. */
public record SourceRow(SourceStatus status, String commitTime, String lastSuccess, String lastFailure, String nextAttempt) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

    static SourceRow of(SourceStatus status, ZoneId zone) {
        return new SourceRow(status, text(status.commitTime(), zone), text(status.lastSuccess(), zone), text(status.lastFailure(), zone),
                text(status.nextAttempt(), zone));
    }

    /** Where the refresh button posts. */
    public String refreshAction() {
        return "/admin/content/sources/" + status.name() + "/refresh";
    }

    private static String text(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.atZone(zone));
    }
}
