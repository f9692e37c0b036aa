package dev.signpost.leancoffee.rules;

import dev.signpost.web.Coded;

import java.util.Optional;

/**
 * How a participant feels about the topic under discussion, at any time during it: keep going, wrap up (either way),
 * or move on; moving on is also how a participant says they are done with the topic.
 */
public enum Thumb implements Coded {

    UP("Keep going", "Thumbs up: keep going"), SIDEWAYS("Wrap up", "Thumbs sideways: wrap up"),
    DOWN("Move on", "Thumbs down: I'm done with this topic, move on");

    private final String label;
    private final String button;

    Thumb(String label, String button) {
        this.label = label;
        this.button = button;
    }

    /** What the button that gives this thumb says. */
    public String button() {
        return button;
    }


    public String label() {
        return label;
    }

    public static Optional<Thumb> of(String code) {
        return Coded.of(Thumb.class, code);
    }
}
