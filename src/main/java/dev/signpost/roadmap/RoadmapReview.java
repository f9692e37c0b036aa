package dev.signpost.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A roadmap review: when, by whom, the meeting's notes, and every item as the review saw it. */
@Entity
@Table(name = "roadmap_review")
public class RoadmapReview extends PanacheEntityBase {

    static final int NOTES_LENGTH = 20_000;
    static final int TEXT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The day of the review meeting. */
    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false, length = 100)
    public String reviewer;

    /** Markdown as the reviewer wrote it; rendered sanitised. */
    @Column(nullable = false, length = NOTES_LENGTH)
    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The frozen copy, by title. */
    @ElementCollection
    @CollectionTable(name = "roadmap_review_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("title")
    public List<Seen> items = new ArrayList<>();

    /** One item as the review saw it; status, target and horizon as their codes. */
    @Embeddable
    public static class Seen {

        @Column(nullable = false, length = TEXT_LENGTH)
        public String slug;
        @Column(nullable = false, length = TEXT_LENGTH)
        public String title;
        @Column(length = 200)
        public String team;
        @Column(length = 200)
        public String sig;
        @Column(length = 20)
        public String status;
        @Column(length = 20)
        public String target;
        @Column(length = 10)
        public String horizon;

        static Seen of(ItemState state) {
            Seen seen = new Seen();
            seen.slug = cut(state.slug(), TEXT_LENGTH);
            seen.title = cut(state.title(), TEXT_LENGTH);
            seen.team = cut(state.team(), 200);
            seen.sig = cut(state.sig(), 200);
            seen.status = state.status() == null ? null : state.status().code();
            seen.target = state.target() == null ? null : state.target().label();
            seen.horizon = state.horizon() == null ? null : state.horizon().code();
            return seen;
        }

        /** The target the review saw, as people read it. */
        public String targetShown() {
            return target == null ? "" : When.parse(target).map(When::shown).orElse(target);
        }

        public ItemState state() {
            return new ItemState(slug, title, team, sig, ItemStatus.of(status).orElse(null), When.parse(target).orElse(null),
                    Horizon.of(horizon).orElse(null));
        }

        private static String cut(String value, int length) {
            return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
        }
    }

    /** What the review saw, by slug. */
    public Map<String, ItemState> seen() {
        Map<String, ItemState> seen = new LinkedHashMap<>();
        items.forEach(s -> seen.put(s.slug, s.state()));
        return seen;
    }

    /** The changes view's {@code since} for this review. */
    public String since() {
        return "review:" + id;
    }

    public String href() {
        return "/roadmap/reviews/" + id;
    }
}
