package dev.signpost.roadmap;

import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;
import dev.signpost.web.forms.Chars;
import dev.signpost.web.forms.FormCheck;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The review form as typed, and what is wrong with it; kept whole when refused so that nothing typed is lost. */
public record ReviewDraft(
        String date,
        @Chars(max = RoadmapReview.NOTES_LENGTH, message = "The notes have {length} characters; the limit is {max}.")
        String notes,
        Map<String, String> errors) implements FormErrors {

    /** The earliest review date accepted: a guard against typing the year wrong. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public ReviewDraft {
        date = date == null ? "" : date.strip();
        notes = FormText.of(notes);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static ReviewDraft empty(LocalDate today) {
        return new ReviewDraft(today.toString(), "", Map.of());
    }

    /** This draft with every problem found, by field name. */
    ReviewDraft checked(LocalDate today) {
        Map<String, String> found = new LinkedHashMap<>();
        LocalDate day = day();
        if (date.isEmpty()) {
            found.put("date", "Give the day of the review.");
        } else if (day == null) {
            found.put("date", "\"" + date + "\" is not a date; write it as YYYY-MM-DD.");
        } else if (day.isAfter(today)) {
            found.put("date", "The review date " + day + " is in the future; record a review on the day it happens or later.");
        } else if (day.isBefore(EARLIEST)) {
            found.put("date", "The review date " + day + " is before " + EARLIEST + "; check the year.");
        }
        found.putAll(FormCheck.problems(this));
        return new ReviewDraft(date, notes, found);
    }

    /** The day typed, or null when it is not a date. */
    LocalDate day() {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
