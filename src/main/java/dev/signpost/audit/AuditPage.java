package dev.signpost.audit;

import java.util.List;

/** One page of the audit log. Pages count from 1. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pageCount) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
