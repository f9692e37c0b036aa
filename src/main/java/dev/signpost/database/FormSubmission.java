package dev.signpost.database;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A write that came with a submission key, stored in the write's own transaction (V16; see {@link Submissions}). */
@Entity
@Table(name = "form_submission")
public class FormSubmission extends PanacheEntityBase {

    static final int KIND_LENGTH = 40;
    static final int LOCATION_LENGTH = 1000;

    /** SHA-256 (hex) of the kind, the key and what was sent. */
    @Id
    @Column(name = "submission_hash", length = 64)
    public String hash;

    @Column(nullable = false, length = KIND_LENGTH)
    public String kind;

    /** Where the first success sent the person, or what it created; null when it answered in place. */
    @Column(length = LOCATION_LENGTH)
    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
