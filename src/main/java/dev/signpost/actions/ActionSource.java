package dev.signpost.actions;

import dev.signpost.web.Coded;

import java.util.Optional;

/**
 * Where an action item came from: a Lean Coffee topic, a feedback item, a roadmap item or a team's repositories in a
 * campaign (or nowhere in particular).
 */
public enum ActionSource implements Coded {

    LEAN_COFFEE("lean-coffee", "Lean Coffee topic"), FEEDBACK("feedback", "Feedback"), ROADMAP("roadmap", "Roadmap item"),
    CAMPAIGN("campaign", "Campaign");

    private final String code;
    private final String label;

    ActionSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ActionSource> of(String code) {
        return Coded.of(ActionSource.class, code);
    }
}
