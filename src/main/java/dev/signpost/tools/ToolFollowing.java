package dev.signpost.tools;

import dev.signpost.content.ContentChanged;
import dev.signpost.notifications.follows.Announcements;
import dev.signpost.notifications.follows.Followable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Following a tool: the follow button of its page posts here ({@link Followable}), and after every content change the
 * tools' rings are compared with those last announced, so a tool that changes ring is announced once to the SIGs whose
 * tags mark it and to its followers.
 */
@ApplicationScoped
public class ToolFollowing implements Followable {

    public static final String TYPE = "tool";
    private static final Type FOLLOWED = new Type(TYPE, "tool", "its ring changes");

    @Inject
    ToolCatalog tools;
    @Inject
    Announcements announcements;
    @Inject
    Clock clock;

    @Override
    public Type type() {
        return FOLLOWED;
    }

    @Override
    public Optional<Subject> find(String key) {
        return tools.catalog().tool(key).map(t -> new Subject(TYPE, t.slug(), t.title(), t.href()));
    }

    /** After the new snapshot is in place; the comparison runs on the announcements thread. */
    void onContentChanged(@Observes ContentChanged event) {
        announcements.later(TYPE, this::announce);
    }

    /** Compares the rings now with those last announced and announces the moves. */
    public Announcements.Outcome announce() {
        Catalog catalog = tools.catalog();
        return announcements.announce(TYPE, RingAnnouncement.observe(catalog, clock.instant()),
                (was, now) -> catalog.tool(now.key()).flatMap(tool -> RingAnnouncement.of(tool, was, now)));
    }
}
