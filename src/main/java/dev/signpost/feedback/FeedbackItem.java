package dev.signpost.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Feedback sent with the form: what it is about, who sent it, and where it is on its way to an answer. */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem extends PanacheEntityBase {

    static final int TITLE_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Category category;

    @Column(nullable = false, length = TITLE_LENGTH)
    public String title;

    /** Markdown as the submitter wrote it; rendered sanitised. */
    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    public String description;

    @Column(name = "related_page", length = 1000)
    public String relatedPage;

    /** The team it is routed to: the related page's owner when it was sent, or the category's team; null when none. */
    @Column(length = 200)
    public String owner;

    @Column(name = "contact_me", nullable = false)
    public boolean contactMe;

    @Column(nullable = false, length = 100)
    public String submitter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(length = 100)
    public String assignee;

    @Column(name = "public_answer", length = DESCRIPTION_LENGTH)
    public String publicAnswer;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When its status or public answer last changed: news for the submitter. */
    @Column(name = "news_at")
    public Instant newsAt;

    /** When the submitter last opened it. */
    @Column(name = "seen_at")
    public Instant seenAt;

    @Version
    public int version;

    /** Whether the submitter has news on it they have not opened yet. */
    public boolean unread() {
        return newsAt != null && (seenAt == null || newsAt.isAfter(seenAt));
    }

    /** How many of a submitter's items have news they have not opened. */
    static long unreadBy(String submitter) {
        return count("submitter = ?1 and newsAt is not null and (seenAt is null or newsAt > seenAt)", submitter);
    }

    /**
     * Notes that the submitter opened it. A bulk update, so the version stays: a triager editing it meanwhile must not
     * meet a conflict because the submitter looked.
     */
    static void seen(long id, Instant now) {
        update("seenAt = ?1 where id = ?2", now, id);
    }

    static List<FeedbackItem> sentBy(String submitter) {
        return list("submitter", Sort.descending("createdAt").and("id", Sort.Direction.Descending), submitter);
    }

    /** How many items about a page (its address, as the feedback form records it) each status has. */
    public static Map<Status, Long> countsAbout(String pageUrl) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        getEntityManager().createQuery("select status, count(*) from FeedbackItem where relatedPage = :page group by status", Object[].class)
                .setParameter("page", pageUrl).getResultList().forEach(row -> counts.put((Status) row[0], (Long) row[1]));
        return counts;
    }
}
