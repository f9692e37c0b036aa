package dev.signpost.actions;

import dev.signpost.WebSession;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.Queued;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.signpost.actions.ActionForms.create;
import static dev.signpost.actions.ActionForms.edit;
import static dev.signpost.actions.ActionForms.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Assigning an action item writes notification outbox messages with the change: for the new owner (each member of a
 * team), never for the person making the change, and nothing when the change is refused.
 */
@QuarkusTest
@Tag("database")
class ActionAssignmentNotificationTest {

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** The portal messages about an item (each also goes by email: see the email test). */
    private static List<OutboxMessage> messagesAbout(long itemId) {
        return OutboxMessage.<OutboxMessage>list("link = ?1 and channel = 'portal' order by recipient, id", "/actions/" + itemId);
    }

    private static List<OutboxMessage> emailsAbout(long itemId) {
        return OutboxMessage.<OutboxMessage>list("link = ?1 and channel = 'email' order by recipient, id", "/actions/" + itemId);
    }

    private static List<OutboxMessage> messagesTitled(String title) {
        return OutboxMessage.<OutboxMessage>list("title like ?1", "%" + title + "%");
    }

    @Test
    void shouldQueueAMessageForTheOwnerWhenAnItemIsCreatedForSomeoneElse() {
        WebSession sam = WebSession.signIn("sam");
        String title = unique("Write the rollback runbook");
        long id = create(sam, item(title, "alice", "2026-12-10", "code-deployment"));

        List<OutboxMessage> messages = messagesAbout(id);
        assertEquals(1, messages.size());
        OutboxMessage message = messages.get(0);
        assertEquals("alice", message.recipient);
        assertEquals("portal", message.channel);
        assertEquals("action-assigned", message.kind);
        assertEquals(OutboxStatus.PENDING, message.status);
        assertEquals(0, message.attempts);
        assertEquals("Action item for you: " + title, message.title);
        assertEquals("sam assigned this action item to alice. It is due on Thu 10 Dec 2026. SIG: code-deployment.", message.body);
        assertEquals("action-assigned:" + id + ":v0:alice:portal", message.idempotencyKey);

        List<OutboxMessage> emails = emailsAbout(id);
        assertEquals(List.of("alice"), emails.stream().map(m -> m.recipient).toList(), "alice has an address, so she is emailed too");
        assertEquals(OutboxStatus.PENDING, emails.get(0).status);
        assertEquals("action-assigned:" + id + ":v0:alice:email", emails.get(0).idempotencyKey);
    }

    @Test
    void shouldQueueNothingWhenTheCreatorOwnsTheItem() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Own item"), "sam"));
        assertEquals(List.of(), messagesAbout(id));
    }

    @Test
    void shouldQueueNothingWhenTheCreationIsRefused() {
        WebSession alice = WebSession.signIn("alice");
        String title = unique("Not allowed");
        alice.get("/actions");
        Response refused = alice.post("/actions", item(title, "sam"));
        assertEquals(403, refused.statusCode());

        WebSession sam = WebSession.signIn("sam");
        sam.get("/actions/new");
        Response invalid = sam.post("/actions", item(title, "no-such-person-" + UUID.randomUUID()));
        assertEquals(400, invalid.statusCode());
        assertEquals(List.of(), messagesTitled(title));
    }

    @Test
    void shouldQueueAMessageForTheNewOwnerWhenTheOwnerChanges() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Reassigned"), "sam"));
        assertEquals(303, edit(sam, id, Map.of("owner", "maya")).statusCode());
        List<OutboxMessage> messages = messagesAbout(id);
        assertEquals(List.of("maya"), messages.stream().map(m -> m.recipient).toList());
        assertEquals("action-assigned:" + id + ":v1:maya:portal", messages.get(0).idempotencyKey);

        assertEquals(303, edit(sam, id, Map.of("title", unique("Renamed"))).statusCode());
        assertEquals(1, messagesAbout(id).size(), "an edit that keeps the owner tells nobody");

        assertEquals(303, edit(sam, id, Map.of("owner", "alice")).statusCode());
        assertEquals(List.of("alice", "maya"), messagesAbout(id).stream().map(m -> m.recipient).toList());
    }

    @Test
    void shouldQueueNothingWhenAnEditMeetsAConflict() {
        WebSession sam = WebSession.signIn("sam");
        long id = create(sam, item(unique("Contested"), "sam"));
        var page = sam.page("/actions/" + id, 200);
        assertEquals(303, edit(sam, id, Map.of("title", unique("Changed first"))).statusCode());
        Map<String, String> stale = new java.util.LinkedHashMap<>(Map.of("title", "Stale", "owner", "alice", "due", "", "sig", "",
                "details", "", "version", ActionForms.version(page)));
        assertEquals(409, sam.post("/actions/" + id + "/edit", stale).statusCode());
        assertEquals(List.of(), messagesAbout(id), "the refused owner change wrote no message");
    }

    @Test
    void shouldTellEachMemberOfATeamOwnerButNotTheChanger() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "pat-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "kim-" + UUID.randomUUID().toString().substring(0, 8);
        Queued.person(first, team, null);
        Queued.person(second, team + ",other-team", null);
        WebSession ada = WebSession.signIn("ada");
        long id = create(ada, item(unique("Team work"), team));
        assertEquals(List.of(first, second).stream().sorted().toList(), messagesAbout(id).stream().map(m -> m.recipient).toList());
        assertEquals("ada assigned this action item to " + team + ".", messagesAbout(id).get(0).body);
    }
}
