package dev.signpost.notifications.inbox;

import dev.signpost.notifications.NewMessage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A notification the portal channel delivered to one person: shown on {@code /notifications}, counted by the bell. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = NewMessage.RECIPIENT_LENGTH)
    public String recipient;

    @Column(nullable = false, length = NewMessage.KIND_LENGTH)
    public String kind;

    @Column(nullable = false, length = NewMessage.TITLE_LENGTH)
    public String title;

    @Column(nullable = false, length = NewMessage.BODY_LENGTH)
    public String body;

    @Column(nullable = false, length = NewMessage.LINK_LENGTH)
    public String link;

    @Column(name = "message_key", nullable = false, length = NewMessage.KEY_LENGTH)
    public String messageKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    public boolean unread() {
        return readAt == null;
    }

    /** Where "Mark as read" posts, coming back to page {@code page} of the list. */
    public String readAction(int page) {
        return "/notifications/" + id + "/read" + (page > 1 ? "?page=" + page : "");
    }

    static long unreadOf(String recipient) {
        return count("recipient = ?1 and readAt is null", recipient);
    }

    static long countOf(String recipient) {
        return count("recipient", recipient);
    }

    static List<Notification> pageOf(String recipient, int page, int size) {
        return find("recipient", Sort.descending("createdAt").and("id", Sort.Direction.Descending), recipient).page(page, size).list();
    }

    static boolean delivered(String messageKey) {
        return count("messageKey", messageKey) > 0;
    }
}
