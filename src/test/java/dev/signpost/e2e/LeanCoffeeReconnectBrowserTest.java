package dev.signpost.e2e;

import dev.signpost.e2e.SimulatedOutage.Kind;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open Lean Coffee board whose event stream is cut while the database is away: it says "Reconnecting…" instead of
 * going silent, keeps trying, and once the server answers again clears the notice and shows what changed meanwhile.
 */
@QuarkusTest
@BrowserTest
class LeanCoffeeReconnectBrowserTest {

    /** Longer than the pauses between attempts add up to over the outage here (about 1 + 2 + 4 s, then at most 8 s). */
    private static final Duration BACK = Duration.ofSeconds(40);
    private static final String STATUS = "#lc-live-status";
    private static final String TITLES = "#lc-board .lc-topic .lc-topic-title";

    @AfterEach
    void databaseBack() {
        SimulatedOutage.end();
    }

    @Test
    void shouldSayReconnectingWhileTheStreamIsDownAndCatchUpOnceBack(Browser sam, Browser alice) {
        String session = createSession(sam, "Release trains " + UUID.randomUUID());
        alice.signIn("alice").open(session);
        LiveBoards.markPage(alice);
        WebElement status = alice.driver().findElement(By.cssSelector(STATUS));
        assertEquals("status", status.getDomAttribute("role"));
        assertEquals("", status.getText(), "nothing to say while the board is live");
        new WebDriverWait(alice.driver(), BACK).until(d -> SimulatedOutage.openEventStreams() >= 2);

        SimulatedOutage.begin("GET", "/lean-coffee/\\d+/(events|board)", Kind.DOWN);
        assertTrue(SimulatedOutage.cutEventStreams() >= 1);
        assertEquals("Reconnecting…", alice.find(STATUS).getText());

        // a change made while alice's board cannot hear of it
        sam.type("#lc-topic-title", "Trains that leave without tests");
        sam.submit(sam.find("form.lc-topic-form button[type=submit]"));
        assertEquals("Trains that leave without tests", sam.find("#lc-board .lc-topic .lc-topic-title").getText());
        assertEquals("Reconnecting…", alice.find(STATUS).getText(), "still down: its attempts are answered 503");
        assertEquals(List.of(), LiveBoards.texts(alice, TITLES), "alice's board stays as it was");

        SimulatedOutage.end();
        new WebDriverWait(alice.driver(), BACK).ignoring(StaleElementReferenceException.class)
                .withMessage("alice's board to catch up")
                .until(d -> LiveBoards.texts(alice, TITLES).equals(List.of("Trains that leave without tests")));
        new WebDriverWait(alice.driver(), BACK).withMessage("the notice to go")
                .until(d -> alice.driver().findElement(By.cssSelector(STATUS)).getText().isEmpty());
        LiveBoards.assertSamePage(alice);
    }

    private static String createSession(Browser sam, String title) {
        sam.signIn("sam").open("/lean-coffee/new?sig=code-deployment");
        sam.type("#lc-title", title);
        sam.type("#lc-votes", "3");
        sam.type("#lc-timebox", "5");
        sam.submit(sam.find("form.lc-session-form button[type=submit]"));
        String session = sam.path();
        assertTrue(session.matches("/lean-coffee/\\d+"), session);
        return session;
    }
}
