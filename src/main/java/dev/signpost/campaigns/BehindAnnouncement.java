package dev.signpost.campaigns;

import dev.signpost.campaigns.history.Burndown;
import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;
import dev.signpost.web.time.TimeText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's outlook as the notifications compare it ({@code on-track}, {@code at-risk}, {@code done},
 * {@code unknown}), and what its SIGs' channels and followers hear when it falls behind: when its outlook becomes
 * "at risk" (at the recent pace the last repository is not done by the target date, or nothing moved lately) from
 * anything else. Pure functions over a board.
 */
final class BehindAnnouncement {

    static final String BEHIND = code(Burndown.Outlook.AT_RISK);

    private BehindAnnouncement() {
    }

    static String code(Burndown.Outlook outlook) {
        return outlook.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every campaign's outlook as of the board's computation; nothing before the first one. */
    static List<Observed> observe(Board board) {
        if (!board.ready()) {
            return List.of();
        }
        return board.ordered().stream().map(p -> new Observed(p.campaign().slug(), code(p.outlook()), board.computedAt())).toList();
    }

    /**
     * "Campaign … is behind its target: 40% of repositories done", with the projection against the target; empty unless
     * the campaign has just fallen behind. {@code today} names the change, so the same day's flapping is told once.
     */
    static Optional<Announcement> of(CampaignProgress progress, String was, Observed now, LocalDate today) {
        Campaign campaign = progress.campaign();
        if (!BEHIND.equals(now.state()) || BEHIND.equals(was) || campaign.target() == null) {
            return Optional.empty();
        }
        String target = TimeText.day(campaign.target());
        StringBuilder body = new StringBuilder().append(progress.done()).append(" of ").append(progress.total())
                .append(" repositories done (").append(progress.percent()).append("%).");
        expected(campaign, today).filter(share -> share > progress.percent())
                .ifPresent(share -> body.append(" A steady pace from the start on ").append(TimeText.day(campaign.start()))
                        .append(" would have reached ").append(share).append("% by now."));
        body.append(progress.projectedDone()
                .map(day -> " At the recent pace the last one is done around " + TimeText.day(day) + ", after the target " + target + ".")
                .orElse(" Nothing moved in the recent weeks, so at this pace the target " + target + " is not met."));
        String title = "Campaign " + campaign.title() + " is behind its target: " + progress.percent() + "% of repositories done, target " + target;
        return Optional.of(new Announcement(Kind.CAMPAIGN_BEHIND, "campaign-behind:" + campaign.slug() + ":" + today, title, body.toString(),
                campaign.url(), campaign.sig() == null ? Set.of() : Set.of(campaign.sig()), campaign.doc().tags()));
    }

    /** The share a steady pace from start to target would have reached today, when the target is after the start. */
    static Optional<Integer> expected(Campaign campaign, LocalDate today) {
        long length = ChronoUnit.DAYS.between(campaign.start(), campaign.target());
        if (length <= 0) {
            return Optional.empty();
        }
        long elapsed = Math.max(0, Math.min(length, ChronoUnit.DAYS.between(campaign.start(), today)));
        return Optional.of((int) (elapsed * 100 / length));
    }
}
