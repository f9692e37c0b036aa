package dev.signpost.roadmap;

import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A roadmap item's status and target as the notifications compare them ({@code at-risk|2027-Q3}), and what its SIGs'
 * channels and followers hear when either changes: pure functions over the roadmap.
 */
final class StatusAnnouncement {

    /** The part of an item the announcements follow. */
    record State(ItemStatus status, When target) {

        String written() {
            return status.code() + "|" + (target == null ? "" : target.label());
        }

        /** The state as {@link #written}, or empty when it cannot be read (written by another version, say). */
        static Optional<State> read(String written) {
            int bar = written.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            Optional<ItemStatus> status = ItemStatus.of(written.substring(0, bar));
            String target = written.substring(bar + 1);
            Optional<When> when = When.parse(target);
            if (status.isEmpty() || (!target.isEmpty() && when.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new State(status.get(), when.orElse(null)));
        }
    }

    private StatusAnnouncement() {
    }

    /** Every item with a valid status, as of its file's last change ({@code fallback} when that is not known). */
    static List<Observed> observe(Roadmap roadmap, Instant fallback) {
        return roadmap.items().stream().filter(i -> i.status() != null)
                .map(i -> new Observed(i.slug(), new State(i.status(), i.target()).written(),
                        Optional.ofNullable(i.doc().changedAt()).orElse(fallback))).toList();
    }

    /** "Roadmap: … is now at risk (target 2027-Q2 → 2027-Q3)" and the like; empty when neither status nor target moved. */
    static Optional<Announcement> of(RoadmapItem item, String was, Observed now) {
        Optional<State> from = State.read(was);
        Optional<State> to = State.read(now.state());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        boolean status = from.get().status() != to.get().status();
        boolean target = !Objects.equals(from.get().target(), to.get().target());
        if (!status && !target) {
            return Optional.empty();
        }
        String fromTarget = shown(from.get().target());
        String toTarget = shown(to.get().target());
        String title = "Roadmap: " + item.title() + (status
                ? " is now " + lower(to.get().status()) + (target ? " (target " + fromTarget + " → " + toTarget + ")" : " (was " + lower(from.get().status()) + ")")
                : ": target moved from " + fromTarget + " to " + toTarget);
        List<String> body = new ArrayList<>();
        if (status) {
            body.add("Status: " + from.get().status().label() + " → " + to.get().status().label() + ".");
        }
        if (target) {
            body.add("Target: " + fromTarget + " → " + toTarget + " (" + RoadmapChanges.moved(from.get().target(), to.get().target()) + ").");
        }
        item.lastUpdate().filter(u -> u.status() == to.get().status() && u.note() != null && !u.note().isBlank())
                .ifPresent(u -> body.add("Why: " + u.note().strip()));
        String cause = "roadmap:" + item.slug() + ":" + was + "->" + now.state() + ":" + now.asOf().toEpochMilli();
        return Optional.of(new Announcement(Kind.ROADMAP_CHANGED, cause, title, String.join("\n", body), item.href(),
                item.sig() == null ? Set.of() : Set.of(item.sig()), item.doc().tags()));
    }

    private static String lower(ItemStatus status) {
        return status.label().toLowerCase(Locale.ROOT);
    }

    private static String shown(When when) {
        return when == null ? "none" : when.shown();
    }
}
