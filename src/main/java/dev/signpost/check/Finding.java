package dev.signpost.check;

import java.util.Comparator;

/**
 * One thing the check reports.
 *
 * @param path    the file, relative to the checked folder ({@code ""} for the folder as a whole)
 * @param line    1-based line, or 0 when not known
 * @param error   true for an error, false for a warning
 * @param title   the kind of finding, for people: "Broken link"
 * @param message what is wrong and, where possible, how to fix it
 */
record Finding(String path, int line, boolean error, String title, String message) {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path).thenComparingInt(Finding::line)
            .thenComparing(Finding::message);

    static final String CONTENT_PROBLEM = "Content problem";
    static final String BROKEN_LINK = "Broken link";
    static final String REVIEW_DUE = "Review due";
    static final String NO_PAGES = "No pages";

    String severity() {
        return error ? "error" : "warning";
    }
}
