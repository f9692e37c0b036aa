package dev.signpost.leancoffee.rules;

import dev.signpost.web.Coded;

import java.util.Optional;

/** A topic's column on the discussion board. */
public enum TopicState implements Coded {

    TO_DISCUSS("To discuss"), DISCUSSING("Discussing"), DISCUSSED("Discussed");

    private final String label;

    TopicState(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    public static Optional<TopicState> of(String code) {
        return Coded.of(TopicState.class, code);
    }
}
