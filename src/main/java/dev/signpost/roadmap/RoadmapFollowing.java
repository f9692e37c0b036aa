package dev.signpost.roadmap;

import dev.signpost.content.ContentChanged;
import dev.signpost.notifications.follows.Announcements;
import dev.signpost.notifications.follows.Followable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Following a roadmap item: the follow button of its page posts here ({@link Followable}), and after every content
 * change the items' statuses and targets are compared with those last announced, so a change is announced once to the
 * item's SIG (and the SIGs whose tags mark it) and to its followers.
 */
@ApplicationScoped
public class RoadmapFollowing implements Followable {

    public static final String TYPE = "roadmap-item";
    private static final Type FOLLOWED = new Type(TYPE, "roadmap item", "its status or target changes");

    @Inject
    RoadmapService service;
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
        return service.roadmap().item(key).map(i -> new Subject(TYPE, i.slug(), i.title(), i.href()));
    }

    /** After the new snapshot is in place; the comparison runs on the announcements thread. */
    void onContentChanged(@Observes ContentChanged event) {
        announcements.later(TYPE, this::announce);
    }

    /** Compares the items now with what was last announced and announces the changes. */
    public Announcements.Outcome announce() {
        Roadmap roadmap = service.roadmap();
        return announcements.announce(TYPE, StatusAnnouncement.observe(roadmap, clock.instant()),
                (was, now) -> roadmap.item(now.key()).flatMap(item -> StatusAnnouncement.of(item, was, now)));
    }
}
