package dev.signpost.notifications.preferences;

import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.KindDefault;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.Outbox;
import dev.signpost.notifications.OutboxMessage;
import dev.signpost.notifications.OutboxStatus;
import dev.signpost.notifications.Preference;
import dev.signpost.notifications.Preferences;
import dev.signpost.WebSession;
import dev.signpost.audit.AuditEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /notifications/preferences} and {@code /admin/notifications/defaults}: choosing, refusing, and what queueing does with it. */
@QuarkusTest
@Tag("database")
class PreferencesResourceTest {

    @Inject
    Preferences preferences;
    @Inject
    Outbox outbox;

    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> {
            Preference.delete("key.username", "maya");
            dev.signpost.notifications.follows.Follow.delete("key.username", "maya");
            KindDefault.deleteAll();
        });
    }

    private static String checked(Document page, Kind kind) {
        Element radio = page.selectFirst("fieldset#cadence-" + kind.code() + " input[type=radio][checked]");
        assertNotNull(radio, "a choice is checked for " + kind.code());
        return radio.attr("value");
    }

    private static long queuedFor(String recipient, String title, String channel, OutboxStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("recipient = ?1 and title = ?2 and channel = ?3 and status = ?4",
                recipient, title, channel, status));
    }

    private void queueFor(String recipient, String title) {
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(new NewMessage(Kind.ACTION_ASSIGNED.code(), recipient, title, "",
                "/actions", "test:" + UUID.randomUUID())));
    }

    @Test
    void shouldShowEveryKindWithWhatAppliesAndWhereEmailGoes() {
        Document page = WebSession.signIn("maya").page("/notifications/preferences", 200);
        assertEquals(Kind.chosenByPeople().size(), page.select("form.preferences-form fieldset.cadence").size());
        for (Kind kind : Kind.chosenByPeople()) {
            assertEquals(kind.builtInCadence().code(), checked(page, kind));
            assertEquals(3, page.select("fieldset#cadence-" + kind.code() + " label input[type=radio][name=" + kind.code() + "]").size(),
                    "each choice is a labelled radio");
        }
        assertEquals("maya@example.org", page.selectFirst(".preferences-email strong").text());
        assertNotNull(page.selectFirst("form.preferences-form input[type=hidden]"), "the form carries the CSRF token");
    }

    @Test
    void shouldSaveAChoiceAndQueueByIt() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/notifications/preferences");
        Response saved = maya.post("/notifications/preferences", Map.of(Kind.ACTION_ASSIGNED.code(), "off", Kind.FEEDBACK_ANSWERED.code(), "daily"));
        assertEquals(303, saved.statusCode());
        Document page = maya.page("/notifications/preferences", 200);
        assertNotNull(page.selectFirst(".banner-ok[role=status]"));
        assertEquals("off", checked(page, Kind.ACTION_ASSIGNED));
        assertEquals("daily", checked(page, Kind.FEEDBACK_ANSWERED));
        assertEquals(Kind.REVIEW_DUE.builtInCadence().code(), checked(page, Kind.REVIEW_DUE), "a kind not posted keeps what it had");

        String off = "Off " + UUID.randomUUID();
        queueFor("maya", off);
        assertEquals(0, queuedFor("maya", off, "portal", OutboxStatus.PENDING), "off: nothing, not even the bell");
        assertEquals(0, queuedFor("maya", off, "email", OutboxStatus.PENDING));

        maya.post("/notifications/preferences", Map.of(Kind.ACTION_ASSIGNED.code(), "daily"));
        String daily = "Daily " + UUID.randomUUID();
        queueFor("maya", daily);
        assertEquals(1, queuedFor("maya", daily, "portal", OutboxStatus.PENDING), "daily: the bell at once");
        assertEquals(1, queuedFor("maya", daily, "email", OutboxStatus.HELD), "daily: the email held for the digest");
    }

    @Test
    void shouldRefuseAValueThatIsNoCadenceAndKeepWhatWasPosted() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/notifications/preferences");
        Response refused = maya.post("/notifications/preferences", Map.of(Kind.ACTION_ASSIGNED.code(), "<loud>", Kind.REVIEW_DUE.code(), "off"));
        assertEquals(400, refused.statusCode());
        Document page = org.jsoup.Jsoup.parse(refused.body().asString());
        assertTrue(page.selectFirst("[role=alert]").text().contains(Kind.ACTION_ASSIGNED.label()), page.selectFirst("[role=alert]").text());
        assertEquals("true", page.selectFirst("fieldset#cadence-" + Kind.ACTION_ASSIGNED.code()).attr("aria-invalid"));
        assertEquals("off", checked(page, Kind.REVIEW_DUE), "what was typed right is kept");
        assertEquals(Kind.REVIEW_DUE.builtInCadence(), QuarkusTransaction.requiringNew().call(() -> preferences.cadence("maya", Kind.REVIEW_DUE)),
                "nothing saved");
    }

    @Test
    void shouldListWhatThePersonFollowsAndStopFollowingFromThere() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/tools/github-actions");
        assertEquals(303, maya.post("/follows/tool/github-actions", Map.of("follow", "yes")).statusCode());
        Element followed = maya.page("/notifications/preferences", 200).selectFirst("#following li.followed[data-key=github-actions]");
        assertNotNull(followed, "the tool is listed");
        assertEquals("/tools/github-actions", followed.selectFirst("a.followed-title").attr("href"));

        Response stopped = maya.post("/follows/tool/github-actions", Map.of("follow", "no", "back", "preferences"));
        assertEquals(303, stopped.statusCode());
        assertTrue(stopped.header("Location").endsWith("/notifications/preferences#following"), stopped.header("Location"));
        Document page = maya.page("/notifications/preferences", 200);
        assertTrue(page.select("#following li.followed").isEmpty());
        assertNotNull(page.selectFirst("#following .banner-ok[role=status]"));
    }

    @Test
    void shouldSendSomeoneNotSignedInToSignIn() {
        int status = WebSession.anonymous().get("/notifications/preferences").statusCode();
        assertTrue(status == 302 || status == 303 || status == 401, "status " + status);
    }

    @Test
    void shouldLetAnAdminSetADefaultThatAppliesToWhoeverHasNotChosen() {
        WebSession ada = WebSession.signIn("ada");
        Document page = ada.page("/admin/notifications/defaults", 200);
        assertEquals(Kind.chosenByPeople().size(), page.select("fieldset.cadence").size());
        assertEquals(303, ada.post("/admin/notifications/defaults", Map.of(Kind.REVIEW_DUE.code(), "off")).statusCode());
        assertEquals("off", checked(ada.page("/admin/notifications/defaults", 200), Kind.REVIEW_DUE));
        assertEquals(Cadence.OFF, QuarkusTransaction.requiringNew().call(() -> preferences.cadence("maya", Kind.REVIEW_DUE)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and targetId = ?2",
                "notification.default", Kind.REVIEW_DUE.code()) > 0), "audited");

        WebSession maya = WebSession.signIn("maya");
        maya.get("/notifications/preferences");
        maya.post("/notifications/preferences", Map.of(Kind.REVIEW_DUE.code(), "immediately"));
        assertEquals(Cadence.IMMEDIATELY, QuarkusTransaction.requiringNew().call(() -> preferences.cadence("maya", Kind.REVIEW_DUE)),
                "a person's own choice wins over the default");
    }

    @Test
    void shouldKeepDefaultsToAdmins() {
        assertEquals(403, WebSession.signIn("sam").get("/admin/notifications/defaults").statusCode());
        WebSession sam = WebSession.signIn("sam");
        sam.get("/notifications/preferences");
        assertEquals(403, sam.post("/admin/notifications/defaults", Map.of(Kind.REVIEW_DUE.code(), "off")).statusCode());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> KindDefault.count() > 0));
    }
}
