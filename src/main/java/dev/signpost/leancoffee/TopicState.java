package dev.signpost.leancoffee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A topic's column on the discussion board. */
public enum TopicState {

    TO_DISCUSS("To discuss"), DISCUSSING("Discussing"), DISCUSSED("Discussed");

    private final String label;

    TopicState(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static Optional<TopicState> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
    }
}
