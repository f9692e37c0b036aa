package dev.signpost.actions;

import dev.signpost.security.Roles;

import java.util.Collection;
import java.util.Optional;

/**
 * Who may do what with action items, as pure functions: sig-members (and admins) create and edit items; the owner of
 * an item can always change its status; everyone signed in reads and comments.
 */
public final class ActionRules {

    private ActionRules() {
    }

    public static boolean canCreate(Collection<String> roles) {
        return roles.contains(Roles.SIG_MEMBER) || roles.contains(Roles.ADMIN);
    }

    /** Changing title, details, owner, due date or SIG. */
    public static boolean canEdit(Collection<String> roles) {
        return canCreate(roles);
    }

    public static boolean canChangeStatus(String user, Collection<String> roles, String owner) {
        return canEdit(roles) || (user != null && user.equals(owner));
    }

    public static boolean canComment(boolean signedIn) {
        return signedIn;
    }

    /**
     * Why a status change cannot be made, or empty when it can: the change must lead somewhere ({@link ActionStatus#next}),
     * and blocking or dropping needs a reason.
     */
    public static Optional<String> refusal(ActionStatus from, ActionStatus to, String comment) {
        if (to == from) {
            return Optional.of("The item is already " + to.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (!from.next().contains(to)) {
            return Optional.of("A " + from.label().toLowerCase(java.util.Locale.ROOT) + " item can only be reopened, not set to "
                    + to.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (to.needsReason() && (comment == null || comment.isBlank())) {
            return Optional.of("Say why the item is " + to.label().toLowerCase(java.util.Locale.ROOT) + " in the comment.");
        }
        return Optional.empty();
    }

    /** How many days past its due date an unfinished item is on {@code today}; 0 when it is not overdue. */
    public static long daysOverdue(java.time.LocalDate due, ActionStatus status, java.time.LocalDate today) {
        if (due == null || status.finished() || !due.isBefore(today)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(due, today);
    }
}
