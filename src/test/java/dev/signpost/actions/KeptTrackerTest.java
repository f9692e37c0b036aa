package dev.signpost.actions;

import static dev.signpost.actions.ActionForms.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.KeepingParts;
import dev.signpost.WebSession;
import dev.signpost.live.LiveBus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

/**
 * The action tracker's table and a SIG's sections are kept between requests ({@code web.KeptParts}) and made again
 * after any write: one sent to this instance shows on the very next page, one another instance announces shows once
 * its notice arrives. Other tests run with nothing kept; this one keeps parts for a minute, so only a write can be why
 * a page changed.
 */
@QuarkusTest
@TestProfile(KeepingParts.class)
class KeptTrackerTest {

    /** The SIG's items, newest first: the one the test makes is on the first page whatever other tests made. */
    private static final String SIG_ITEMS = "/actions?sig=code-deployment&status=all&sort=created";

    @Inject
    LiveBus bus;

    @Test
    void shouldShowAWriteSentHereOnTheNextPageAndAnotherInstancesOnceItsNoticeArrives() {
        WebSession sam = WebSession.signIn("sam");
        String title = "Kept tracker " + UUID.randomUUID();
        long id = ActionForms.create(sam, item(title, "sam", "", "code-deployment"));

        // a write through this instance: the tracker and the SIG page show it at once
        assertTrue(rowTitles(sam.page(SIG_ITEMS, 200)).contains(title));
        assertTrue(sam.page("/sigs/code-deployment", 200).text().contains(title));

        // a write this instance did not answer (another instance's) is not seen while its parts are kept ...
        String renamed = title + " renamed elsewhere";
        QuarkusTransaction.requiringNew().run(() -> ActionItem.<ActionItem>findById(id).title = renamed);
        assertFalse(rowTitles(sam.page(SIG_ITEMS, 200)).contains(renamed));
        assertFalse(sam.page("/sigs/code-deployment", 200).text().contains(renamed));

        // ... until that instance's notice arrives
        bus.publish("kept-parts:written", "another-instance");
        await().atMost(Duration.ofSeconds(10)).until(() -> rowTitles(sam.page(SIG_ITEMS, 200)).contains(renamed));
        assertTrue(sam.page("/sigs/code-deployment", 200).text().contains(renamed));
    }

    @Test
    void shouldKeepOnePartPerRoleSetSoNobodySeesWhatTheirRolesHide() {
        Document member = WebSession.signIn("sam").page("/sigs/code-deployment", 200);
        Document anonymous = WebSession.anonymous().page("/sigs/code-deployment", 200);
        Document memberAgain = WebSession.signIn("sam").page("/sigs/code-deployment", 200);

        assertNotNull(member.selectFirst("section.sig-feedback"),
                "a sig-member sees the SIG's routed feedback section");
        assertEquals(null, anonymous.selectFirst("section.sig-feedback"));
        assertEquals(member.select("main section").size(), memberAgain.select("main section").size());
    }

    @Test
    void shouldNotKeepAFilterByPerson() {
        WebSession sam = WebSession.signIn("sam");
        WebSession alice = WebSession.signIn("alice");
        String unique = UUID.randomUUID().toString();
        String title = "Mine only " + unique;
        ActionForms.create(sam, item(title, "sam"));
        String mine = "/actions?owner=@me&q=" + unique;
        assertTrue(rowTitles(sam.page(mine, 200)).contains(title));
        assertFalse(rowTitles(alice.page(mine, 200)).contains(title));
    }

    private static String rowTitles(Document page) {
        return page.select("tr.action-row td:first-child").text();
    }
}
