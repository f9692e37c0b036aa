package dev.signpost.notifications.follows;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of a subject Signpost last announced, or first saw: what {@link Announcements} compares a new snapshot or
 * measurement with, so that every instance, and an instance after a restart, announces a change once.
 */
@Entity
@Table(name = "announced_state")
public class AnnouncedState extends PanacheEntityBase {

    static final int STATE_LENGTH = 200;

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = STATE_LENGTH)
    public String state;

    /** When the content or measurement that showed the state was made. */
    @Column(name = "as_of", nullable = false)
    public Instant asOf;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** One row per subject. */
    @Embeddable
    public record Key(
            @Column(name = "subject_type", nullable = false, length = Follow.TYPE_LENGTH) String subjectType,
            @Column(name = "subject_key", nullable = false, length = Follow.KEY_LENGTH) String subjectKey) implements Serializable {
    }

    /** Every recorded subject of a type, by key. */
    static Map<String, AnnouncedState> of(String type) {
        return AnnouncedState.<AnnouncedState>list("key.subjectType", type).stream()
                .collect(Collectors.toMap(s -> s.key.subjectKey(), Function.identity()));
    }

    /** Moves a subject from the state read to a new one, unless someone moved it meanwhile; true when this call moved it. */
    static boolean advance(String type, String key, AnnouncedState read, Observed now, Instant at) {
        return update("state = ?1, asOf = ?2, changedAt = ?3 where key.subjectType = ?4 and key.subjectKey = ?5 and state = ?6 and asOf = ?7",
                now.state(), now.asOf(), at, type, key, read.state, read.asOf) == 1;
    }
}
