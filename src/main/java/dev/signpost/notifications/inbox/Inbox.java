package dev.signpost.notifications.inbox;

import dev.signpost.database.Database;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The signed-in person's notifications: the page of them, and marking them read. Nobody sees or marks another's. */
@ApplicationScoped
@Transactional
public class Inbox {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentUser currentUser;
    @Inject
    Database database;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxPage page(int page) {
        String me = me();
        long total = Notification.countOf(me);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        return new InboxPage(Notification.pageOf(me, current - 1, PAGE_SIZE), total, current, PAGE_SIZE, Notification.unreadOf(me));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        return Notification.unreadOf(me());
    }

    /** Marks one of the person's notifications read; someone else's, or one that does not exist, is a 404. */
    public void markRead(long id) {
        String me = me();
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipient.equals(me)) {
            throw new Refusal(404, "You have no notification " + id + ".");
        }
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
    }

    /** Marks every unread notification of the person read; returns how many were unread. */
    public int markAllRead() {
        return Notification.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.instant(), me());
    }

    private String me() {
        if (!currentUser.signedIn()) {
            throw new Refusal(401, "Sign in to see your notifications.");
        }
        database.requireReady();
        return currentUser.username();
    }
}
