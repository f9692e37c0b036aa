package dev.signpost.actions;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.periodic.PeriodicJobs;
import dev.signpost.notifications.Preferences;
import dev.signpost.notifications.Queued;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.signpost.actions.ActionForms.changeStatus;
import static dev.signpost.actions.ActionForms.create;
import static dev.signpost.actions.ActionForms.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The daily reminder: one message a day for each owner (each member of an owning team) of open items due the next day
 * or overdue, listing them; none for items due later or done, none for someone who turned reminders off. Items are
 * made on the test clock's day (28 November 2026) and the clock then moves to a later slot (07:00 UTC).
 */
@QuarkusTest
@Tag("database")
class ActionReminderTest {

    @Inject
    PeriodicJobs jobs;
    @Inject
    ActionReminders reminders;
    @Inject
    NotificationsConfig config;
    @Inject
    Preferences preferences;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private String url(long id) {
        return config.portalUrl() + "/actions/" + id;
    }

    @Test
    void shouldRemindAnOwnerOnceADayOfItemsDueTomorrowAndOverdue() {
        String bob = Queued.uniqueName("bob");
        Queued.person(bob, "", bob + "@example.org");
        WebSession sam = WebSession.signIn("sam");
        long tomorrow = create(sam, item("Write the <b>runbook</b>", bob, "2026-12-11", ""));
        long oldest = create(sam, item("Rotate the keys", bob, "2026-12-05", ""));
        long late = create(sam, item("Tidy the pipeline", bob, "2026-12-08", ""));
        create(sam, item("Due on the day itself", bob, "2026-12-10", ""));
        create(sam, item("Due later", bob, "2026-12-14", ""));
        long done = create(sam, item("Done already", bob, "2026-12-01", ""));
        assertEquals(303, changeStatus(sam, done, "done", "").statusCode());

        Queued.clockAt("2026-12-10T07:00:00Z");
        jobs.run(reminders);
        jobs.run(reminders);

        OutboxMessage portal = Queued.portalAndEmail("action-reminder:" + bob + ":");
        assertEquals(bob, portal.recipient);
        assertEquals(Kind.ACTION_REMINDER.code(), portal.kind);
        assertEquals("3 action items need you: 1 due tomorrow, 2 overdue", portal.title);
        assertEquals("Due tomorrow, Fri 11 Dec 2026:\n"
                + "- Write the <b>runbook</b>: " + url(tomorrow) + "\n\n"
                + "Overdue:\n"
                + "- Rotate the keys (due Sat 5 Dec 2026, 5 days overdue): " + url(oldest) + "\n"
                + "- Tidy the pipeline (due Tue 8 Dec 2026, 2 days overdue): " + url(late), portal.body);
        assertEquals("/actions?owner=%40me", portal.link);
        assertEquals("action-reminder:" + bob + ":2026-12-10:" + bob + ":portal", portal.idempotencyKey);
        assertEquals(OutboxStatus.PENDING, Queued.row("action-reminder:" + bob + ":", bob, "email").status);

        Queued.clockAt("2026-12-11T07:00:00Z");
        jobs.run(reminders);
        OutboxMessage next = Queued.row("action-reminder:" + bob + ":2026-12-11:", bob, "portal");
        assertNotNull(next, "a new day, a new reminder");
        assertEquals("3 action items need you: 3 overdue", next.title, "yesterday's item due that day is overdue now; today's is neither");
        assertEquals(List.of(url(oldest), url(late)), next.body.lines().filter(l -> l.contains("Rotate") || l.contains("Tidy"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
    }

    @Test
    void shouldRemindEachMemberOfAnOwningTeamAndNobodyWithNothingDue() {
        String team = Queued.uniqueName("team");
        String withEmail = Queued.uniqueName("pat");
        String withoutEmail = Queued.uniqueName("kim");
        String relaxed = Queued.uniqueName("lou");
        Queued.person(withEmail, team, withEmail + "@example.org");
        Queued.person(withoutEmail, team, null);
        Queued.person(relaxed, "", relaxed + "@example.org");
        WebSession sam = WebSession.signIn("sam");
        long teamItem = create(sam, item("Upgrade the runners", team, "2026-12-17", ""));
        create(sam, item("Plenty of time", relaxed, "2026-12-30", ""));

        Queued.clockAt("2026-12-16T07:00:00Z");
        jobs.run(reminders);

        OutboxMessage first = Queued.row("action-reminder:" + withEmail + ":", withEmail, "portal");
        assertNotNull(first);
        assertEquals("1 action item needs you: 1 due tomorrow", first.title);
        assertEquals("Due tomorrow, Thu 17 Dec 2026:\n- Upgrade the runners (owned by " + team + "): " + url(teamItem), first.body);
        assertEquals("/actions?owner=" + team, first.link, "the team's items, which are not 'mine'");
        assertNotNull(Queued.row("action-reminder:" + withEmail + ":", withEmail, "email"));
        assertEquals(List.of("portal"), Queued.rows("action-reminder:" + withoutEmail + ":").stream().map(m -> m.channel).toList(),
                "no address, no email");
        assertEquals(List.of(), Queued.rows("action-reminder:" + relaxed + ":"), "nothing due tomorrow or overdue");
    }

    @Test
    void shouldNotRemindSomeoneWhoTurnedRemindersOff() {
        String quiet = Queued.uniqueName("quiet");
        Queued.person(quiet, "", quiet + "@example.org");
        preferences.choose(quiet, Map.of(Kind.ACTION_REMINDER, Cadence.OFF));
        create(WebSession.signIn("sam"), item("Due but muted", quiet, "2026-12-19", ""));

        Queued.clockAt("2026-12-18T07:00:00Z");
        jobs.run(reminders);
        assertEquals(List.of(), Queued.rows("action-reminder:" + quiet + ":"));
    }
}
