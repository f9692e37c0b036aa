package dev.signpost.notifications;

import dev.signpost.web.Coded;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a notification is about. A person's kinds reach them in the portal and by email as their {@link Cadence} for
 * the kind says; a channel's kinds go to a SIG's chat channel (and, for changes to something followed, to its
 * followers as {@link #FOLLOWED_CHANGED}). The code is what the outbox's {@code kind} column holds.
 */
public enum Kind implements Coded {
    ACTION_ASSIGNED("An action item is assigned to you or your team", Audience.PERSON, Cadence.IMMEDIATELY),
    ACTION_REMINDER("Your action items due tomorrow or overdue (once a day)", Audience.PERSON, Cadence.IMMEDIATELY),
    FEEDBACK_ANSWERED("Your feedback is answered or its status changes", Audience.PERSON, Cadence.IMMEDIATELY),
    FEEDBACK_ROUTED("New feedback routed to your team (once a day)", Audience.PERSON, Cadence.IMMEDIATELY),
    REVIEW_DUE("Pages your teams own fell due for review (once a week)", Audience.PERSON, Cadence.IMMEDIATELY),
    FOLLOWED_CHANGED("A tool, roadmap item or campaign you follow changes", Audience.PERSON, Cadence.DAILY),
    DIGEST("Your daily digest", Audience.PERSON, Cadence.IMMEDIATELY),
    LEAN_COFFEE_SCHEDULED("A Lean Coffee session is scheduled", Audience.CHANNEL, Cadence.IMMEDIATELY),
    LEAN_COFFEE_CLOSED("A Lean Coffee session closed, with its action items", Audience.CHANNEL, Cadence.IMMEDIATELY),
    TOOL_RING("A tool changes ring", Audience.CHANNEL, Cadence.IMMEDIATELY),
    ROADMAP_CHANGED("A roadmap item changes status or target", Audience.CHANNEL, Cadence.IMMEDIATELY),
    CAMPAIGN_BEHIND("A campaign falls behind its target", Audience.CHANNEL, Cadence.IMMEDIATELY);

    /** Who a kind is for: a person (with preferences) or a SIG's chat channel. */
    public enum Audience { PERSON, CHANNEL }

    private final String label;
    private final Audience audience;
    private final Cadence cadence;

    Kind(String label, Audience audience, Cadence cadence) {
        this.label = label;
        this.audience = audience;
        this.cadence = cadence;
    }

    @Override
    public String label() {
        return label;
    }

    public Audience audience() {
        return audience;
    }

    /** Signpost's own default, before an admin's ({@link Preferences}). */
    public Cadence builtInCadence() {
        return cadence;
    }

    /** The kinds a person chooses a cadence for, in the order the preferences page lists them. */
    public static List<Kind> chosenByPeople() {
        return Arrays.stream(values()).filter(k -> k.audience == Audience.PERSON && k != DIGEST).toList();
    }

    public static Optional<Kind> of(String code) {
        return Coded.of(Kind.class, code);
    }
}
