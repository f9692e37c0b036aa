package dev.signpost.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Someone who has signed in: their user name, the name and teams the identity provider gave last, and when they came. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    static final int USERNAME_LENGTH = 100;
    static final int DISPLAY_NAME_LENGTH = 200;
    static final int TEAMS_LENGTH = 2000;
    static final int EMAIL_LENGTH = 320;
    /** The directory is small; more rows than this are not read into one page or one check. */
    static final int MAX_ROWS = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = USERNAME_LENGTH)
    public String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    public String displayName;

    /** Sorted team names joined by commas; empty for none. */
    @Column(nullable = false, length = TEAMS_LENGTH)
    public String teams;

    /** Where email notifications go: the address the identity provider gave at the last sign-in; null if none. */
    @Column(length = EMAIL_LENGTH)
    public String email;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** The sign-in before the last one: what "since your last visit" counts from; null after the first. */
    @Column(name = "previous_seen_at")
    public Instant previousSeenAt;

    public static Optional<Person> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    static List<Person> everyone() {
        return find("order by username").page(0, MAX_ROWS).list();
    }

    public List<String> teamList() {
        return teams == null || teams.isEmpty() ? List.of() : Arrays.asList(teams.split(","));
    }

    /** The teams as stored: sorted, without commas or blanks, cut to fit the column. */
    static String joinTeams(Collection<String> teams) {
        String joined = teams.stream().map(t -> t.replace(",", " ").strip()).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
        while (joined.length() > TEAMS_LENGTH) {
            joined = joined.substring(0, joined.lastIndexOf(','));
        }
        return joined;
    }

    KnownNames.Known known() {
        return new KnownNames.Known(username, displayName, teamList());
    }
}
