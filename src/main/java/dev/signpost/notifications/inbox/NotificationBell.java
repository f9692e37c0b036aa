package dev.signpost.notifications.inbox;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.HeaderCounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's bell: how many notifications the person signed in has not read (kept a moment by {@link HeaderCounts},
 * forgotten when one is delivered to them or they mark one read), or 0
 * when nobody is signed in or the database is away, so that the header always renders. Templates reach it as
 * {@code inject:notificationBell}.
 */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

    @Inject
    CurrentUser currentUser;
    @Inject
    Inbox inbox;
    @Inject
    HeaderCounts kept;

    private Long unread;

    public long unread() {
        if (unread == null) {
            unread = count();
        }
        return unread;
    }

    private long count() {
        if (!currentUser.signedIn()) {
            return 0;
        }
        return kept.of("bell", () -> {
            try {
                return inbox.unread();
            } catch (RuntimeException e) {
                return 0L; // the database is away: the header still renders
            }
        });
    }
}
