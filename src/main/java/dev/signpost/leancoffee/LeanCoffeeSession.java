package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Phase;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A Lean Coffee session of a SIG: its settings, who facilitates it, and its phase. */
@Entity
@Table(name = "lean_coffee_session")
public class LeanCoffeeSession extends PanacheEntityBase {

    /** Where the SIGs meet: sessions are planned in this zone, and their times shown in it beside the reader's. */
    /** Where sessions planned before each kept its own zone were planned (the only zone Signpost used then). */
    static final ZoneId BEFORE_ZONES_WERE_KEPT = ZoneId.of("Europe/Berlin");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String sig;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** The zone it was planned in, an IANA id. */
    @Column(name = "time_zone", length = 64)
    public String timeZone;

    @Column(nullable = false, length = 100)
    public String facilitator;

    @Column(name = "votes_per_person", nullable = false)
    public int votesPerPerson;

    @Column(name = "timebox_minutes", nullable = false)
    public int timeboxMinutes;

    /** Topic authors are not shown. */
    @Column(nullable = false)
    public boolean anonymous;

    /** Vote totals are hidden until voting ends. */
    @Column(name = "hidden_votes", nullable = false)
    public boolean hiddenVotes;

    @Convert(converter = Columns.PhaseColumn.class)
    @Column(nullable = false, length = 20)
    public Phase phase;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public String href() {
        return "/lean-coffee/" + id;
    }

    /** Where the session's forms post, e.g. {@code topics} or {@code phase}. */
    public String action(String form) {
        return href() + "/" + form;
    }

    /** Where a topic's forms post, e.g. {@code vote} or {@code thumb}. */
    public String topicAction(long topicId, String form) {
        return href() + "/topics/" + topicId + "/" + form;
    }

    public Duration timebox() {
        return Duration.ofMinutes(timeboxMinutes);
    }

    /** The zone the session was planned in. */
    public ZoneId zone() {
        return timeZone == null ? BEFORE_ZONES_WERE_KEPT : ZoneId.of(timeZone);
    }
}
