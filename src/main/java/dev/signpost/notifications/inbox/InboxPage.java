package dev.signpost.notifications.inbox;

import dev.signpost.web.Paged;

import java.util.List;

/** One page of a person's notifications, newest first, and how many are unread in all. Pages count from 1. */
public record InboxPage(List<Notification> items, long total, int page, int size, long unread) implements Paged {

    /** The address of page {@code number} of the list. */
    public String href(int number) {
        return number > 1 ? "/notifications?page=" + number : "/notifications";
    }
}
