package dev.signpost.admin;

import dev.signpost.content.SourceStatus;

/** One row of the admin page's Sources table: a source's status, and where its refresh button posts. */
public record SourceRow(SourceStatus status) {

    static SourceRow of(SourceStatus status) {
        return new SourceRow(status);
    }

    /** Where the refresh button posts. */
    public String refreshAction() {
        return "/admin/content/sources/" + status.name() + "/refresh";
    }
}
