package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static dev.signpost.e2e.LiveBoards.assertBoardKeptOnceCaughtUp;
import static dev.signpost.e2e.LiveBoards.assertSamePage;
import static dev.signpost.e2e.LiveBoards.awaitLive;
import static dev.signpost.e2e.LiveBoards.countRedraws;
import static dev.signpost.e2e.LiveBoards.markPage;
import static dev.signpost.e2e.LiveBoards.text;
import static dev.signpost.e2e.LiveBoards.texts;
import static dev.signpost.e2e.LiveBoards.votes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Lean Coffee session with two people at once, each in a browser of their own: sam runs it, alice takes part, and
 * everything sam does shows on alice's open board without her reloading it. Without JavaScript, the same session works
 * with form posts and reloads.
 */
@QuarkusTest
@BrowserTest
class LeanCoffeeBrowserTest {

    private static final String DUE = "2026-12-15";
    private static final String DUE_SHOWN = "Tue 15 Dec 2026";

    @Test
    void shouldShowEveryChangeOnTheOtherParticipantsBoardWithoutReloading(Browser sam, Browser alice) {
        countRedraws(sam);
        String session = createSession(sam, "Deployment pains " + UUID.randomUUID());

        alice.signIn("alice").open(session);
        assertEquals("Collecting topics", alice.text("#lc-board .lc-phase"));
        assertEquals("No topics yet.", alice.text("#lc-board p.muted"));
        assertFalse(alice.has("form.lc-phase-form"), "alice does not run the session");
        long canary = addTopic(alice, session, "Flaky canary checks", "They block one deploy in five.");
        assertEquals(List.of("Flaky canary checks"), texts(alice, "#lc-board .lc-topic .lc-topic-title"));

        markPage(alice);
        long freezes = addTopic(sam, session, "Freeze windows", "Who may deploy on a Friday?");
        assertEquals(List.of("Flaky canary checks", "Freeze windows"), texts(sam, "#lc-board .lc-topic .lc-topic-title"));
        awaitLive(alice, "sam's topic", d -> texts(alice, "#lc-board .lc-topic .lc-topic-title")
                .equals(List.of("Flaky canary checks", "Freeze windows")));
        assertEquals("sam", alice.text("#topic-" + freezes + " .lc-author"));
        assertEquals("Who may deploy on a Friday?", alice.text("#topic-" + freezes + " .lc-pitch"));
        assertSamePage(alice);

        sam.submit(sam.find("form.lc-phase-form:has(input[name=to][value=voting]) button"));
        assertEquals("Voting", sam.text("#lc-board .lc-phase"));
        awaitLive(alice, "the voting phase", d -> text(alice, "#lc-board .lc-phase").equals("Voting"));
        assertFalse(alice.driver().findElement(By.cssSelector(".lc-add-topic")).isDisplayed(), "no more topics once voting began");
        assertEquals("3 of 3 dots left", alice.text("#lc-board .lc-dots-left"));
        assertEquals(2, alice.driver().findElements(By.cssSelector("#lc-board .lc-topic form.lc-vote-form button")).size(),
                "alice may place a dot on either topic");
        assertSamePage(alice);

        markPage(sam);
        alice.submit(alice.find("#topic-" + freezes + " form.lc-vote-form button"));
        assertEquals(session + "#topic-" + freezes, alice.path());
        assertEquals("1", votes(alice, freezes));
        assertEquals("1 of yours", alice.text("#topic-" + freezes + " .lc-mine"));
        assertEquals("2 of 3 dots left", alice.text("#lc-board .lc-dots-left"));
        // sam's board is live too; and sam clicks only once it has been redrawn, not on a button about to be replaced
        awaitLive(sam, "alice's dot", d -> votes(sam, freezes).equals("1"));
        assertEquals("3 of 3 dots left", sam.text("#lc-board .lc-dots-left"), "alice's dot is not sam's");
        assertFalse(sam.has("#topic-" + freezes + " .lc-mine"));
        assertSamePage(sam);

        markPage(alice);
        sam.submit(sam.find("#topic-" + freezes + " form.lc-vote-form button"));
        awaitLive(alice, "sam's dot on his topic", d -> votes(alice, freezes).equals("2"));
        assertSamePage(alice);
        assertBoardKeptOnceCaughtUp(sam);
        sam.submit(sam.find("#topic-" + freezes + " form.lc-vote-form button"));
        sam.submit(sam.find("#topic-" + canary + " form.lc-vote-form button"));
        assertEquals("0 of 3 dots left", sam.text("#lc-board .lc-dots-left"));
        List<WebElement> samsButtons = sam.driver().findElements(By.cssSelector("#lc-board form.lc-vote-form button"));
        assertEquals(2, samsButtons.size());
        assertTrue(samsButtons.stream().noneMatch(WebElement::isEnabled), "sam has placed all his dots");
        awaitLive(alice, "sam's dots on both topics", d -> votes(alice, freezes).equals("3") && votes(alice, canary).equals("1"));
        assertEquals(List.of("Freeze windows", "Flaky canary checks"), texts(alice, "#lc-board .lc-topic .lc-topic-title"),
                "ranked by dots");
        assertEquals("2 of 3 dots left", alice.text("#lc-board .lc-dots-left"), "sam's dots are not alice's");
        assertEquals("1 of yours", alice.text("#topic-" + freezes + " .lc-mine"));
        assertSamePage(alice);

        sam.submit(sam.find("form.lc-phase-form:has(input[name=to][value=discussing]) button"));
        awaitLive(alice, "the discussion board", d -> text(alice, "#lc-board .lc-phase").equals("Discussing"));
        assertEquals(List.of("Freeze windows", "Flaky canary checks"), texts(alice, "#lc-board .column-to-discuss .lc-card .lc-topic-title"),
                "the most dots first");
        assertEquals(List.of(), texts(alice, "#lc-board .column-discussing .lc-card"));
        assertFalse(alice.has("#lc-board form.lc-vote-form"), "voting is over");
        assertFalse(alice.has("#lc-board form.lc-move-form"), "only the facilitator moves topics");
        assertSamePage(alice);

        WebElement top = sam.find("#lc-board .column-to-discuss .lc-card");
        assertEquals(String.valueOf(freezes), top.getDomAttribute("data-topic"), "the top topic");
        sam.submit(sam.find("#topic-" + freezes + " form.lc-move-form:has(input[name=to][value=discussing]) button"));
        assertEquals(List.of("Freeze windows"), texts(sam, "#lc-board .column-discussing .lc-card .lc-topic-title"));
        awaitLive(alice, "the top topic under discussion", d -> texts(alice, "#lc-board .column-discussing .lc-card .lc-topic-title")
                .equals(List.of("Freeze windows")));
        assertEquals(List.of("Flaky canary checks"), texts(alice, "#lc-board .column-to-discuss .lc-card .lc-topic-title"));
        assertFalse(alice.has("#lc-board .lc-timer"), "no timer yet");
        assertSamePage(alice);

        sam.submit(sam.find("#topic-" + freezes + " form.lc-timer-form button"));
        awaitLive(alice, "the running timer", d -> text(alice, "#topic-" + freezes + " .lc-timer").matches("5:00|4:5\\d"));
        // counted down from the server's clock (the app's is fixed on 28 November 2026): by the browser's own clock
        // this timebox would long be over, 0:00
        awaitLive(alice, "the timer counting down", d -> text(alice, "#topic-" + freezes + " .lc-timer").matches("4:5\\d"));
        assertTrue(alice.text("#topic-" + freezes + " .lc-timer-line").startsWith("Timebox 1: "),
                alice.text("#topic-" + freezes + " .lc-timer-line"));
        assertFalse(alice.has("#topic-" + freezes + " .lc-expired"));
        assertSamePage(alice);

        String action = "Write the freeze runbook " + UUID.randomUUID();
        sam.type("#lc-action-title-" + freezes, action);
        sam.type("#lc-action-owner-" + freezes, "alice");
        // A date field takes typed keys in the browser's locale, so set its ISO value.
        WebElement due = sam.find("#lc-action-due-" + freezes);
        sam.script("arguments[0].value = arguments[1]", due, DUE);
        assertEquals(DUE, due.getDomProperty("value"));
        sam.submit(sam.find("form.lc-action-form button[type=submit]"));
        assertFalse(sam.has("#lc-error"), () -> sam.find("#lc-error").getText());
        awaitLive(alice, "the action item sam captured", d -> text(alice, "#topic-" + freezes + " .lc-actions li").startsWith(action));
        WebElement captured = alice.find("#topic-" + freezes + " .lc-actions li");
        assertEquals(action + " — alice, due " + DUE_SHOWN + " Open", captured.getText());
        String item = captured.findElement(By.cssSelector("a")).getDomAttribute("href");
        assertTrue(item.matches("/actions/\\d+"), item);
        String itemId = item.substring(item.lastIndexOf('/') + 1);
        assertSamePage(alice);

        alice.open("/actions?owner=%40me");
        WebElement row = alice.find("tr.action-row[data-id='" + itemId + "']");
        assertEquals(action, row.findElement(By.cssSelector("a")).getText());
        assertEquals("Open", row.findElement(By.cssSelector(".action-status")).getText());
        assertEquals("alice", row.findElement(By.cssSelector(".action-owner")).getText());
        assertEquals(DUE_SHOWN, row.findElement(By.cssSelector(".action-due")).getText());
        assertEquals("Lean Coffee topic", row.findElement(By.cssSelector("td:last-child")).getText());

        alice.open("/");
        WebElement mine = alice.find("section.my-actions li.action-row[data-id='" + itemId + "']");
        assertEquals(action, mine.findElement(By.cssSelector("a")).getText());
        assertEquals("due " + DUE_SHOWN, mine.findElement(By.cssSelector(".action-due")).getText());
    }

    @Test
    @WithoutJavaScript
    void shouldWorkWithFormPostsAndReloadsWithoutJavaScript(Browser sam, Browser alice) {
        String session = createSession(sam, "Deployment pains, no script " + UUID.randomUUID());

        alice.signIn("alice").open(session);
        assertEquals("Reload the page to see others' changes.", alice.find("main noscript p").getText(),
                "the page's scripts are off, and the page says so");
        long canary = addTopic(alice, session, "Flaky canary checks", "");
        assertEquals(List.of("Flaky canary checks"), texts(alice, "#lc-board .lc-topic .lc-topic-title"));
        assertEquals("alice", alice.text("#topic-" + canary + " .lc-author"));

        sam.open(session);
        assertEquals(List.of("Flaky canary checks"), texts(sam, "#lc-board .lc-topic .lc-topic-title"), "sam reloaded");
        sam.submit(sam.find("form.lc-phase-form:has(input[name=to][value=voting]) button"));
        assertEquals("Voting", sam.text("#lc-board .lc-phase"));

        markPage(alice);
        alice.driver().navigate().refresh();
        assertNull(alice.script("return window.__marker"), "a new page");
        assertEquals("Voting", alice.text("#lc-board .lc-phase"));
        assertEquals("3 of 3 dots left", alice.text("#lc-board .lc-dots-left"));
        alice.submit(alice.find("#topic-" + canary + " form.lc-vote-form button"));
        assertEquals(session + "#topic-" + canary, alice.path());
        assertEquals("1", votes(alice, canary));
        assertEquals("1 of yours", alice.text("#topic-" + canary + " .lc-mine"));
        assertEquals("2 of 3 dots left", alice.text("#lc-board .lc-dots-left"));

        sam.open(session);
        sam.submit(sam.find("#topic-" + canary + " form.lc-vote-form button"));
        assertEquals("2", votes(sam, canary));
        alice.open(session);
        assertEquals("2", votes(alice, canary), "sam's dot, after reloading");
        assertEquals("2 of 3 dots left", alice.text("#lc-board .lc-dots-left"));
    }

    /**
     * sam, through the real form, creates a session of the code-deployment SIG with 3 dots each and 5 minutes per
     * topic; returns the path of its page.
     */
    private static String createSession(Browser sam, String title) {
        sam.signIn("sam").open("/lean-coffee/new?sig=code-deployment");
        assertEquals("code-deployment", new Select(sam.find("#lc-sig")).getFirstSelectedOption().getDomAttribute("value"),
                "the SIG of the link is chosen");
        assertEquals("2026-12-01", sam.find("#lc-date").getDomProperty("value"), "the SIG's next Lean Coffee by the app's clock");
        assertEquals("15:00", sam.find("#lc-time").getDomProperty("value"), "its time in Berlin");
        sam.type("#lc-title", title);
        sam.type("#lc-votes", "3");
        sam.type("#lc-timebox", "5");
        sam.submit(sam.find("form.lc-session-form button[type=submit]"));
        String session = sam.path();
        assertTrue(session.matches("/lean-coffee/\\d+"), session);
        assertEquals("The session is created. Share this page: everyone signed in can add topics.", sam.find("p.banner-ok").getText());
        assertEquals(title, sam.find("main h1").getText());
        assertEquals("sam", sam.find(".lc-facilitator").getText());
        assertTrue(sam.find(".doc-meta").getText().contains("3 dots each · 5 minutes per topic"), sam.find(".doc-meta").getText());
        assertEquals("Collecting topics", sam.text("#lc-board .lc-phase"));
        return session;
    }

    /** Proposes a topic through the page's form; returns its id. */
    private static long addTopic(Browser browser, String session, String title, String pitch) {
        browser.type("#lc-topic-title", title);
        if (!pitch.isEmpty()) {
            browser.type("#lc-topic-pitch", pitch);
        }
        browser.submit(browser.find("form.lc-topic-form button[type=submit]"));
        String path = browser.path();
        assertTrue(path.matches("\\Q" + session + "\\E#topic-\\d+"), path);
        long topic = Long.parseLong(path.substring(path.lastIndexOf('-') + 1));
        assertEquals(title, browser.find("#topic-" + topic + " .lc-topic-title").getText());
        return topic;
    }
}
