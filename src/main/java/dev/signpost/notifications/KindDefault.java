package dev.signpost.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An admin's default {@link Cadence} for one {@link Kind}, for everyone who has not chosen their own. */
@Entity
@Table(name = "notification_default")
public class KindDefault extends PanacheEntityBase {

    @Id
    @Column(length = NewMessage.KIND_LENGTH)
    public String kind;

    @Convert(converter = Cadence.Column.class)
    @Column(nullable = false, length = 20)
    public Cadence cadence;

    @Column(name = "changed_by", nullable = false, length = NewMessage.RECIPIENT_LENGTH)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
