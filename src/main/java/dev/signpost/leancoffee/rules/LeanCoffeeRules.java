package dev.signpost.leancoffee.rules;

import dev.signpost.security.Roles;
import dev.signpost.web.Refusal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what in a Lean Coffee session, and when, as pure functions. A refusal is a sentence for the person who
 * tried; empty means allowed. Sig-members (and admins) create sessions; the facilitator (or an admin) runs one; everyone
 * signed in takes part.
 */
public final class LeanCoffeeRules {

    private LeanCoffeeRules() {
    }

    public static boolean canCreate(Collection<String> roles) {
        return roles.contains(Roles.SIG_MEMBER) || roles.contains(Roles.ADMIN);
    }

    /** Moving phases and topics, merging, the timer, notes and action items: the facilitator's job, or an admin's. */
    public static boolean canRun(String user, Collection<String> roles, String facilitator) {
        return roles.contains(Roles.ADMIN) || (user != null && user.equals(facilitator));
    }

    /** Proposing topics, placing dots, giving thumbs. */
    public static boolean canTakePart(boolean signedIn) {
        return signedIn;
    }

    public static Optional<String> phaseRefusal(Phase from, Phase to) {
        if (from == to) {
            return Optional.of("The session is already " + name(to) + ".");
        }
        if (from.moves().contains(to)) {
            return Optional.empty();
        }
        if (from == Phase.CLOSED) {
            return Optional.of("The session is closed; a closed session cannot be reopened.");
        }
        if (to.ordinal() < from.ordinal()) {
            return Optional.of("A session that is " + name(from) + " cannot go back to " + name(to)
                    + "; the only way back is from voting to collecting topics.");
        }
        return Optional.of("A session moves one step at a time: after " + name(from) + " comes "
                + name(from.next().orElseThrow()) + ", which cannot be skipped.");
    }

    public static Optional<String> topicRefusal(Phase phase) {
        if (phase == Phase.COLLECTING) {
            return Optional.empty();
        }
        return Optional.of("Topics can be added only while the session is collecting topics; it is " + name(phase) + " now.");
    }

    /**
     * Placing one more dot.
     *
     * @param used  the dots the participant has placed in the session, on any topic
     * @param limit the session's dots per participant
     */
    public static Optional<String> voteRefusal(Phase phase, int used, int limit) {
        if (phase != Phase.VOTING) {
            return Optional.of("Dots can be placed only while the session is voting; it is " + name(phase) + " now.");
        }
        if (used >= limit) {
            return Optional.of("You have placed all " + limit + " of your dots; take one back to place it elsewhere.");
        }
        return Optional.empty();
    }

    /** Taking back one of one's own dots from a topic that holds {@code mineOnTopic} of them. */
    public static Optional<String> unvoteRefusal(Phase phase, int mineOnTopic) {
        if (phase != Phase.VOTING) {
            return Optional.of("Dots can be taken back only while the session is voting; it is " + name(phase) + " now.");
        }
        if (mineOnTopic <= 0) {
            return Optional.of("You have no dot on this topic to take back.");
        }
        return Optional.empty();
    }

    /** Starting a topic's timer: only while discussing, and only with a topic under discussion. */
    public static Optional<String> timerRefusal(Phase phase, boolean topicUnderDiscussion) {
        if (phase != Phase.DISCUSSING) {
            return Optional.of("The timer runs only while the session is discussing; it is " + name(phase) + " now.");
        }
        if (!topicUnderDiscussion) {
            return Optional.of("Move a topic to Discussing before starting the timer.");
        }
        return Optional.empty();
    }

    /**
     * Giving a thumb (keep going, wrap up, move on) on a topic: while the session is discussing, on the topic under
     * discussion, at any moment of its timebox or before the timer starts; the facilitator still decides when to move
     * on, the thumbs tell them how the room feels.
     */
    public static Optional<String> thumbRefusal(Phase phase, boolean topicUnderDiscussion) {
        if (phase != Phase.DISCUSSING) {
            return Optional.of("Thumbs are given only while the session is discussing; it is " + name(phase) + " now.");
        }
        if (!topicUnderDiscussion) {
            return Optional.of("Thumbs are given on the topic under discussion; this one is not being discussed now.");
        }
        return Optional.empty();
    }

    /** The round thumbs count towards: the timebox's; thumbs given before the first timebox count towards round 1. */
    public static int thumbRound(int timerRound) {
        return Math.max(1, timerRound);
    }

    /**
     * Editing or withdrawing a topic: its author may while the session is collecting topics; the facilitator (or an
     * admin) may until voting ends. Someone else gets a 403, a phase that has moved on a 409.
     */
    public static Optional<Refusal> topicChangeRefusal(Phase phase, boolean author, boolean runner, String facilitator) {
        if (!author && !runner) {
            return Optional.of(new Refusal(403, "Only the topic's author, while the session is collecting topics, "
                    + "or the facilitator can edit or withdraw it."));
        }
        if (phase == Phase.COLLECTING || phase == Phase.VOTING && runner) {
            return Optional.empty();
        }
        if (phase == Phase.VOTING) {
            return Optional.of(new Refusal(409, "Voting has started: only the facilitator (" + facilitator
                    + ") can edit or withdraw topics now."));
        }
        return Optional.of(new Refusal(409, "Topics can be edited or withdrawn only before the discussion; the session is "
                + name(phase) + " now."));
    }

    private static String name(Phase phase) {
        return phase.label().toLowerCase(Locale.ROOT);
    }
}
