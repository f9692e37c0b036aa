package dev.signpost.campaigns;

import dev.signpost.notifications.follows.Announcements;
import dev.signpost.notifications.follows.Followable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Following a campaign: the follow button of its page posts here ({@link Followable}), and every new board (computed
 * when content or a repository changed, and periodically) is compared with the outlooks last announced, so a campaign
 * that falls behind its target is announced once to its SIG (and those whose tags mark it) and to its followers.
 */
@ApplicationScoped
public class CampaignFollowing implements Followable {

    public static final String TYPE = "campaign";
    private static final Type FOLLOWED = new Type(TYPE, "campaign", "it falls behind its target");

    @Inject
    CampaignCatalog catalog;
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
        return catalog.campaigns().campaign(key).map(c -> new Subject(TYPE, c.slug(), c.title(), c.url()));
    }

    /** A new board is in place; the comparison runs on the announcements thread. */
    void measured(Board board) {
        announcements.later(TYPE, () -> announce(board));
    }

    /** Compares the board's outlooks with those last announced and announces the campaigns that fell behind. */
    public Announcements.Outcome announce(Board board) {
        LocalDate day = LocalDate.ofInstant(board.computedAt(), clock.getZone());
        return announcements.announce(TYPE, BehindAnnouncement.observe(board),
                (was, now) -> board.progress(now.key()).flatMap(p -> BehindAnnouncement.of(p, was, now, day)));
    }
}
