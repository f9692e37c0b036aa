package dev.signpost.notifications.follows;

import dev.signpost.notifications.Dispatcher;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.WebSession;
import dev.signpost.campaigns.CampaignFollowing;
import dev.signpost.campaigns.CampaignTracker;
import dev.signpost.roadmap.RoadmapFollowing;
import dev.signpost.tools.ToolFollowing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.signpost.notifications.follows.FollowedChangesProfile.CAMPAIGN;
import static dev.signpost.notifications.follows.FollowedChangesProfile.CONTENT;
import static dev.signpost.notifications.follows.FollowedChangesProfile.ITEM;
import static dev.signpost.notifications.follows.FollowedChangesProfile.TOOL;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes to followed things, from a content folder the tests edit: the refresh that follows an edit announces a tool's
 * new ring, a roadmap item's new status and target, and a campaign that fell behind, once to each SIG's channel and
 * once to each follower; a second comparison (another instance, or the next refresh) announces nothing more.
 */
@QuarkusTest
@TestProfile(FollowedChangesProfile.class)
@Tag("database")
class FollowedChangesTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Announcements announcements;
    @Inject
    ToolFollowing tools;
    @Inject
    RoadmapFollowing roadmap;
    @Inject
    CampaignFollowing campaigns;
    @Inject
    CampaignTracker tracker;
    @Inject
    Dispatcher dispatcher;

    private static List<OutboxMessage> rows(String link) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("link = ?1 order by id", link));
    }

    private static List<String> where(List<OutboxMessage> rows) {
        return rows.stream().map(r -> r.kind + " " + r.channel + ":" + r.recipient).sorted().toList();
    }

    private static String recorded(String type, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnnouncedState state = AnnouncedState.findById(new AnnouncedState.Key(type, key));
            return state == null ? null : state.state;
        });
    }

    /** Waits until every comparison handed to the announcements thread so far has run. */
    private void settled() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        announcements.later("test-barrier", done::countDown);
        assertTrue(done.await(20, TimeUnit.SECONDS));
    }

    private static void follow(String user, String page) {
        WebSession session = WebSession.signIn(user);
        Element form = session.page(page, 200).selectFirst("section#follow form.follow-form");
        assertEquals(303, session.post(form.attr("action"), Map.of("follow", "yes")).statusCode());
    }

    private static void write(String path, String text) throws IOException {
        Files.writeString(CONTENT.resolve(path), text);
    }

    @Test
    void shouldAnnounceARingChangeOnceToEachSigAndEachFollowerAndAgainWhenItMovesBack() throws Exception {
        await().atMost(WITHIN).until(() -> "supported".equals(recorded("tool", "follow-ci")));
        assertEquals(List.of(), rows("/tools/follow-ci"), "the first sight of a tool is recorded silently");
        follow("sam", "/tools/follow-ci");
        follow("alice", "/tools/follow-ci");

        write("tools/follow-ci.md", TOOL.formatted("hold", "  - {date: 2026-11-27, ring: hold, note: \"Replaced by Follow Next.\"}\n", "The old CI."));
        await().atMost(WITHIN).until(() -> rows("/tools/follow-ci").size() == 6);
        List<OutboxMessage> rows = rows("/tools/follow-ci");
        assertEquals(List.of("followed-changed email:alice", "followed-changed email:sam", "followed-changed portal:alice",
                "followed-changed portal:sam", "tool-ring chat:follow-platform", "tool-ring chat:follow-quality"), where(rows));
        assertTrue(rows.stream().allMatch(r -> r.title.equals("Follow CI moved from Supported to Hold")), rows.get(0).title);
        assertTrue(rows.stream().allMatch(r -> r.body.equals("Hold: do not start new work with it; move off it.\n\nWhy: Replaced by Follow Next.")),
                rows.get(0).body);
        assertEquals("hold", recorded("tool", "follow-ci"));

        assertEquals(new Announcements.Outcome(0, 0, 0), tools.announce(), "another instance comparing the same content");
        write("tools/follow-ci.md", TOOL.formatted("hold", "  - {date: 2026-11-27, ring: hold, note: \"Replaced by Follow Next.\"}\n",
                "The old CI, on hold."));
        await().atMost(WITHIN).until(() -> WebSession.anonymous().get("/tools/follow-ci").asString().contains("on hold."));
        settled();
        assertEquals(6, rows("/tools/follow-ci").size(), "a refresh that keeps the ring tells nobody");

        dispatcher.dispatch();
        assertTrue(WebSession.signIn("sam").page("/notifications", 200).text().contains("Follow CI moved from Supported to Hold"),
                "the portal's message reached sam's notifications");

        write("tools/follow-ci.md", TOOL.formatted("supported", "", "Back."));
        await().atMost(WITHIN).until(() -> rows("/tools/follow-ci").size() == 12);
        assertEquals(2, rows("/tools/follow-ci").stream().filter(r -> r.title.equals("Follow CI moved from Hold to Supported")
                && r.channel.equals("chat")).count(), "moving back is news again");
    }

    @Test
    void shouldAnnounceARoadmapItemsNewStatusAndTargetToItsSigAndFollowers() throws Exception {
        await().atMost(WITHIN).until(() -> "in-progress|2027-Q2".equals(recorded("roadmap-item", "follow-item")));
        follow("maya", "/roadmap/follow-item");

        write("roadmap/follow-item.md", ITEM.formatted("at-risk", "2027-Q3",
                "  - {date: 2026-11-27, status: at-risk, target: 2027-Q3, note: \"The vendor slipped.\"}\n"));
        await().atMost(WITHIN).until(() -> rows("/roadmap/follow-item").size() == 3);
        List<OutboxMessage> rows = rows("/roadmap/follow-item");
        assertEquals(List.of("followed-changed email:maya", "followed-changed portal:maya", "roadmap-changed chat:follow-platform"), where(rows),
                "the item's own SIG; its tags mark no other");
        assertTrue(rows.stream().allMatch(r -> r.title.equals("Roadmap: Follow item is now at risk (target 2027-Q2 → 2027-Q3)")), rows.get(0).title);
        assertEquals("Status: In progress → At risk.\nTarget: 2027-Q2 → 2027-Q3 (1 quarter later).\nWhy: The vendor slipped.", rows.get(0).body);
        assertEquals(new Announcements.Outcome(0, 0, 0), roadmap.announce(), "another instance comparing the same content");
        assertEquals(3, rows("/roadmap/follow-item").size());
    }

    @Test
    void shouldAnnounceACampaignThatFellBehindItsTargetOnce() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> "on-track".equals(recorded("campaign", "follow-move")));
        follow("sam", "/campaigns/follow-move");

        write("campaigns/follow-move.md", CAMPAIGN.formatted("2026-12-01"));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows("/campaigns/follow-move").size() == 3);
        List<OutboxMessage> rows = rows("/campaigns/follow-move");
        assertEquals(List.of("campaign-behind chat:follow-platform", "followed-changed email:sam", "followed-changed portal:sam"), where(rows));
        assertEquals("Campaign Follow move is behind its target: 75% of repositories done, target Tue 1 Dec 2026", rows.get(0).title);
        assertEquals("3 of 4 repositories done (75%). A steady pace from the start on Mon 7 Sep 2026 would have reached 96% by now."
                + " At the recent pace the last one is done around Fri 11 Dec 2026, after the target Tue 1 Dec 2026.", rows.get(0).body);
        assertEquals("at-risk", recorded("campaign", "follow-move"));

        assertEquals(new Announcements.Outcome(0, 0, 0), campaigns.announce(tracker.board()), "another instance with the same board");
        dev.signpost.campaigns.Board before = tracker.board();
        assertTrue(tracker.refresh("r4"));
        await().atMost(WITHIN).until(() -> tracker.board() != before);
        settled();
        assertEquals(3, rows("/campaigns/follow-move").size(), "still behind is no news");
    }
}
