package dev.signpost.actions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret in a person's calendar feed address. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String username;

    @Column(nullable = false, length = 64)
    public String token;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
