package dev.signpost.notifications;

import dev.signpost.database.CodeColumn;
import dev.signpost.web.Coded;

import java.util.Optional;

/**
 * How a person wants one {@link Kind} of notification: not at all; in the portal and by email as it happens; or in
 * the portal as it happens and by email in one daily digest.
 */
public enum Cadence implements Coded {
    OFF("Off"), IMMEDIATELY("Immediately"), DAILY("Daily digest");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<Cadence> of(String code) {
        return Coded.of(Cadence.class, code);
    }

    @jakarta.persistence.Converter
    public static class Column extends CodeColumn<Cadence> {
        public Column() {
            super(Cadence::code, Cadence::of);
        }
    }
}
