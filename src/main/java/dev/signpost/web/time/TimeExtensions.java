package dev.signpost.web.time;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;

/**
 * A day as plain text, for the places a {@code <time>} element cannot go: a page title or a {@code title} attribute
 * ({@code {review.reviewedOn.shown}}). Everywhere else the {@code {#time}} tag shows it.
 */
@TemplateExtension
public class TimeExtensions {

    private TimeExtensions() {
    }

    /** {@code Sun 6 Dec 2026}. */
    static String shown(LocalDate day) {
        return day == null ? "" : TimeText.day(day);
    }
}
