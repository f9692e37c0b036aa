package dev.signpost.leancoffee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A participant's answer when a topic's timebox runs out: keep talking, don't mind, or move on. */
public enum Thumb {

    UP("Keep talking"), SIDEWAYS("Either way"), DOWN("Move on");

    private final String label;

    Thumb(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<Thumb> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code().equals(wanted)).findFirst();
    }
}
