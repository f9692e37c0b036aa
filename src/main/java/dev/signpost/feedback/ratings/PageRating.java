package dev.signpost.feedback.ratings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One person's rating of one page on one day, with the optional reason and comment that followed it. */
@Entity
@Table(name = "page_rating")
public class PageRating extends PanacheEntityBase {

    static final int COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "page_url", nullable = false, length = 1000)
    public String pageUrl;

    @Column(name = "page_path", nullable = false, length = 1000)
    public String pagePath;

    @Column(name = "page_owner", length = 200)
    public String pageOwner;

    @Column(name = "content_loaded_at")
    public Instant contentLoadedAt;

    @Column(nullable = false, length = 3)
    public String rating;

    @Column(length = 40)
    public String reason;

    @Column(length = COMMENT_LENGTH)
    public String comment;

    /** Who rated, for the once-a-day rule: the user name, or {@code anonymous:<visitor id>}. */
    @Column(nullable = false, length = 150)
    public String rater;

    /** The signed-in user, or {@code anonymous}. */
    @Column(name = "user_name", nullable = false, length = 100)
    public String userName;

    @Column(name = "rated_on", nullable = false)
    public LocalDate ratedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "commented_at")
    public Instant commentedAt;

    @Version
    public int version;

    /** How the reason reads, or null without one. */
    public String reasonLabel() {
        return reason == null ? null : Rating.of(rating).map(r -> r.label(reason)).orElse(reason);
    }

    static Optional<PageRating> todays(String pageUrl, String rater, LocalDate today) {
        return find("pageUrl = ?1 and rater = ?2 and ratedOn = ?3", pageUrl, rater, today).firstResultOptional();
    }

    static long commentsSince(String rater, Instant since) {
        return count("rater = ?1 and commentedAt >= ?2", rater, since);
    }
}
