package dev.signpost.notifications;

import dev.signpost.database.CodeColumn;
import dev.signpost.web.Coded;

import java.util.List;
import java.util.Optional;

/**
 * Where an outbox message is: waiting for its first try, waiting to retry, delivered, or given up; an email for a
 * person's daily digest is held until the digest takes it in (then it is digested: sent as part of the digest).
 */
public enum OutboxStatus implements Coded {
    PENDING("Pending"), FAILED("Failed, will retry"), SENT("Sent"), DEAD("Dead"), HELD("Held for the daily digest"),
    DIGESTED("Sent in a digest");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<OutboxStatus> of(String code) {
        return Coded.of(OutboxStatus.class, code);
    }

    /** The states an admin looks after: everything not sent. */
    public static List<OutboxStatus> unsent() {
        return List.of(PENDING, FAILED, DEAD);
    }

    /** Stores a status as its code ({@code pending}). */
    @jakarta.persistence.Converter
    public static class Column extends CodeColumn<OutboxStatus> {
        public Column() {
            super(OutboxStatus::code, OutboxStatus::of);
        }
    }
}
