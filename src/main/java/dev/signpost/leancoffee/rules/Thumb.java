package dev.signpost.leancoffee.rules;

import dev.signpost.web.Coded;

import java.util.Optional;

/** A participant's answer when a topic's timebox runs out: keep talking, don't mind, or move on. */
public enum Thumb implements Coded {

    UP("Keep talking"), SIDEWAYS("Either way"), DOWN("Move on");

    private final String label;

    Thumb(String label) {
        this.label = label;
    }


    public String label() {
        return label;
    }

    public static Optional<Thumb> of(String code) {
        return Coded.of(Thumb.class, code);
    }
}
