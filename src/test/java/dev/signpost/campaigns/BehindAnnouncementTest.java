package dev.signpost.campaigns;

import dev.signpost.campaigns.history.Burndown;
import dev.signpost.campaigns.history.RepoResult;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.notifications.follows.Announcement;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.follows.Observed;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a campaign counts as having fallen behind, and what its SIG and followers hear then. */
class BehindAnnouncementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant COMPUTED = Instant.parse("2026-11-28T12:00:00Z");

    private static Campaign campaign(String target) throws Exception {
        String text = """
                ---
                title: Move off Jenkins
                from: jenkins
                to: github-actions
                sig: code-deployment
                tags: [ci, migration]
                start: 2026-09-07
                %s
                checks:
                  - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
                ---
                """.formatted(target == null ? "" : "target: " + target);
        Document doc = new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"))
                .parse("campaigns/move.md", text.getBytes(StandardCharsets.UTF_8), new Document.FileStamp(1, Instant.EPOCH)).document();
        return CampaignParser.parse("move", doc, new CampaignParser.Known(Map.of("jenkins", "Jenkins", "github-actions", "GitHub Actions"),
                Set.of("code-deployment"), Set.of())).campaign().orElseThrow();
    }

    /** Ten repositories, {@code done} of them done; remaining per week as given (the last is today). */
    private static CampaignProgress progress(Campaign campaign, int done, int... remaining) {
        List<CampaignProgress.RepoStatus> repos = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            repos.add(new CampaignProgress.RepoStatus(new Repository("r" + i, "file:///r" + i, "team", List.of(), "", ""),
                    Optional.of(new RepoResult("c" + i, COMPUTED, List.of(), i < done)), null, null));
        }
        List<Burndown.Week> weeks = new ArrayList<>();
        for (int i = 0; i < remaining.length; i++) {
            boolean today = i == remaining.length - 1;
            LocalDate day = today ? TODAY : TODAY.minusDays(5).minusWeeks(remaining.length - 2 - i);
            weeks.add(new Burndown.Week(day, 10, 10 - remaining[i], today));
        }
        return new CampaignProgress(campaign, new Burndown(weeks), repos);
    }

    private static Observed observed(String state) {
        return new Observed("move", state, COMPUTED);
    }

    @Test
    void shouldSeeTheOutlookOfEachCampaignOnlyOnceABoardWasComputed() throws Exception {
        CampaignProgress slow = progress(campaign("2026-12-31"), 4, 7, 7, 6, 6, 6);
        Board board = new Board(Map.of("move", slow), List.of(slow), COMPUTED, true);
        assertEquals(List.of(observed("at-risk")), BehindAnnouncement.observe(board));
        assertEquals(List.of(), BehindAnnouncement.observe(new Board(Map.of("move", slow), List.of(slow), COMPUTED, false)));
    }

    @Test
    void shouldAnnounceACampaignThatFellBehindWithItsProgressAgainstTheTarget() throws Exception {
        CampaignProgress slow = progress(campaign("2026-12-31"), 4, 9, 8, 7, 6, 6);
        assertEquals(Burndown.Outlook.AT_RISK, slow.outlook(), slow.projectedDone().toString());

        Announcement a = BehindAnnouncement.of(slow, "on-track", observed("at-risk"), TODAY).orElseThrow();
        assertEquals(Kind.CAMPAIGN_BEHIND, a.kind());
        assertEquals("Campaign Move off Jenkins is behind its target: 40% of repositories done, target Thu 31 Dec 2026", a.title());
        assertEquals("4 of 10 repositories done (40%). A steady pace from the start on Mon 7 Sep 2026 would have reached 71% by now."
                + " At the recent pace the last one is done around Thu 14 Jan 2027, after the target Thu 31 Dec 2026.", a.body());
        assertEquals("/campaigns/move", a.link());
        assertEquals("campaign-behind:move:2026-11-28", a.cause(), "named by the day, as every instance names it");
        assertEquals(Set.of("code-deployment"), a.sigs());
        assertEquals(List.of("ci", "migration"), a.tags());
    }

    @Test
    void shouldSayWhenNothingMovedLately() throws Exception {
        CampaignProgress stuck = progress(campaign("2026-12-31"), 4, 6, 6, 6, 6);
        Announcement a = BehindAnnouncement.of(stuck, "unknown", observed("at-risk"), TODAY).orElseThrow();
        assertEquals("4 of 10 repositories done (40%). A steady pace from the start on Mon 7 Sep 2026 would have reached 71% by now."
                + " Nothing moved in the recent weeks, so at this pace the target Thu 31 Dec 2026 is not met.", a.body());
    }

    @Test
    void shouldAnnounceOnlyTheFallNotStayingBehindOrCatchingUp() throws Exception {
        CampaignProgress slow = progress(campaign("2026-12-31"), 4, 9, 8, 7, 6, 6);
        assertEquals(Optional.empty(), BehindAnnouncement.of(slow, "at-risk", observed("at-risk"), TODAY));
        assertEquals(Optional.empty(), BehindAnnouncement.of(slow, "at-risk", observed("on-track"), TODAY));
        assertEquals(Optional.empty(), BehindAnnouncement.of(slow, "on-track", observed("done"), TODAY));
        assertEquals(true, BehindAnnouncement.of(slow, "done", observed("at-risk"), TODAY).isPresent(), "a new repository can undo done");
    }

    @Test
    void shouldLeaveOutTheSteadyPaceWhenTheCampaignIsAheadOfIt() throws Exception {
        CampaignProgress ahead = progress(campaign("2026-12-31"), 8, 4, 3, 2, 2, 2);
        Announcement a = BehindAnnouncement.of(ahead, "on-track", observed("at-risk"), TODAY).orElseThrow();
        assertEquals(false, a.body().contains("steady pace"), a.body());
    }

    @Test
    void shouldReckonTheSteadyPaceFromStartToTarget() throws Exception {
        assertEquals(Optional.of(71), BehindAnnouncement.expected(campaign("2026-12-31"), TODAY));
        assertEquals(Optional.of(100), BehindAnnouncement.expected(campaign("2026-10-01"), TODAY));
        assertEquals(Optional.of(0), BehindAnnouncement.expected(campaign("2026-12-31"), LocalDate.of(2026, 8, 1)));
        assertEquals(Optional.empty(), BehindAnnouncement.expected(campaign("2026-09-01"), TODAY), "a target before the start");
    }
}
