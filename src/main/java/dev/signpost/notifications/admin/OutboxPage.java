package dev.signpost.notifications.admin;

import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.web.Paged;

import java.util.List;
import java.util.Optional;

/** One page of the outbox's unsent messages for {@code /admin/notifications}, newest first, maybe of one status. */
public record OutboxPage(List<OutboxMessage> messages, Optional<OutboxStatus> status, long total, int page, int size) implements Paged {

    public List<OutboxStatus> statuses() {
        return OutboxStatus.unsent();
    }

    public String statusCode() {
        return status.map(OutboxStatus::code).orElse("");
    }

    /** The address of page {@code number} with the same filter. */
    public String href(int number) {
        String filter = status.map(s -> "status=" + s.code()).orElse("");
        String paging = number > 1 ? "page=" + number : "";
        String query = String.join("&", java.util.stream.Stream.of(filter, paging).filter(s -> !s.isEmpty()).toList());
        return "/admin/notifications" + (query.isEmpty() ? "" : "?" + query);
    }
}
