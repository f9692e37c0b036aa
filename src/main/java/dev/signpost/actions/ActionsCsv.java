package dev.signpost.actions;

import dev.signpost.web.Csv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The tracker's filtered list as CSV, made safe for spreadsheets by {@link Csv}. */
final class ActionsCsv {

    static final List<String> HEADER = List.of("id", "title", "status", "owner", "due", "days_overdue", "sig", "source", "source_ref",
            "created_by", "created_at", "updated_at", "details", "url");

    private ActionsCsv() {
    }

    static String of(List<ActionItem> items, LocalDate today) {
        return Csv.of(HEADER, items.stream().<List<?>>map(i -> Arrays.asList(i.id, i.title, i.status.code(), i.owner,
                i.dueOn == null ? "" : i.dueOn.toString(), i.daysOverdue(today), i.sig, i.sourceType == null ? "" : i.sourceType.code(),
                i.sourceRef, i.createdBy, i.createdAt, i.updatedAt, i.details, i.href())).toList());
    }
}
