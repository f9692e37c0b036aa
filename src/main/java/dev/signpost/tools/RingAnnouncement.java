package dev.signpost.tools;

import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tool's ring as the notifications compare it, and what its SIGs' channels and followers hear when it moves: pure
 * functions over the catalog.
 */
final class RingAnnouncement {

    private RingAnnouncement() {
    }

    /** Every tool with a valid ring, as of its file's last change ({@code fallback} when that is not known). */
    static List<Observed> observe(Catalog catalog, Instant fallback) {
        return catalog.tools().stream().filter(t -> t.ring() != null)
                .map(t -> new Observed(t.slug(), t.ring().code(), Optional.ofNullable(t.doc().changedAt()).orElse(fallback))).toList();
    }

    /** "Jenkins moved from Supported to Hold", with what the ring means and the reason its history gives; empty unless both rings are known. */
    static Optional<Announcement> of(Tool tool, String was, Observed now) {
        Optional<Ring> from = Ring.of(was);
        Optional<Ring> to = Ring.of(now.state());
        if (from.isEmpty() || to.isEmpty() || from.get() == to.get()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder(to.get().label()).append(": ").append(to.get().meaning()).append('.');
        tool.historyNewestFirst().stream().findFirst().filter(h -> h.ring() == to.get() && h.note() != null && !h.note().isBlank())
                .ifPresent(h -> body.append("\n\nWhy: ").append(h.note().strip()));
        String cause = "tool-ring:" + tool.slug() + ":" + from.get().code() + "->" + to.get().code() + ":" + now.asOf().toEpochMilli();
        return Optional.of(new Announcement(Kind.TOOL_RING, cause, tool.title() + " moved from " + from.get().label() + " to " + to.get().label(),
                body.toString(), tool.href(), Set.of(), tool.doc().tags()));
    }
}
