package dev.signpost.feedback;

import dev.signpost.web.Csv;

import java.util.Arrays;
import java.util.List;

/** The triage queue as CSV, made safe for spreadsheets by {@link Csv}. */
final class FeedbackCsv {

    static final List<String> HEADER = List.of("id", "sent", "category", "status", "title", "submitter", "owner", "assignee",
            "related_page", "contact_me", "description", "public_answer");

    private FeedbackCsv() {
    }

    static String of(List<FeedbackItem> items) {
        return Csv.of(HEADER, items.stream().<List<?>>map(i -> Arrays.asList(i.id, i.createdAt, i.category.code(), i.status.code(),
                i.title, i.submitter, i.owner, i.assignee, i.relatedPage, i.contactMe, i.description, i.publicAnswer)).toList());
    }
}
