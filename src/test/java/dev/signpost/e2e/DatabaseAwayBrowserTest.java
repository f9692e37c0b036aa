package dev.signpost.e2e;

import dev.signpost.e2e.SimulatedOutage.Kind;
import dev.signpost.feedback.ratings.PageRating;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the scripts that send without a reload do when the server cannot save (its database is away), cannot be sure
 * whether it saved, or does not answer: the page rating box says so in place, keeps what was typed and chosen, its
 * button works again, and once the database is back one more click stores it once. The header's suggestions say they
 * are unavailable for a moment and come back by themselves.
 */
@QuarkusTest
@BrowserTest
class DatabaseAwayBrowserTest {

    private static final String PAGE = "/docs/practices/ci/secrets-in-ci";
    private static final String EXPLAIN = "section#page-feedback form.feedback-explain";
    private static final String DATABASE_AWAY = "Signpost could not save this because its database is not answering; nothing was "
            + "saved. Your text is below — send it again in a moment.";

    @AfterEach
    void databaseBack() {
        SimulatedOutage.end();
    }

    private static List<PageRating> ratingsWith(String comment) {
        return QuarkusTransaction.requiringNew().call(() -> PageRating.list("comment", comment));
    }

    /** Opens the page, rates it helpful and fills in the reason and a comment; returns the comment. */
    private static String rateAndExplain(Browser browser) {
        browser.open(PAGE);
        browser.script("window.__marker = 1");
        browser.find("section#page-feedback form.feedback-rate button[value=yes]").click();
        browser.find(EXPLAIN);
        String comment = "The rotation steps saved my day (" + UUID.randomUUID() + ")";
        browser.find(EXPLAIN + " input[name=reason][value=solved]").click();
        browser.type(EXPLAIN + " textarea[name=comment]", comment);
        return comment;
    }

    /** The alert the box shows, once shown; and the form as it was filled in, on the same page. */
    private static String failureShown(Browser browser, String comment) {
        WebElement alert = browser.find(EXPLAIN + " > p.save-failed[role=alert]");
        assertEquals(comment, browser.find(EXPLAIN + " textarea[name=comment]").getDomProperty("value"), "the comment is kept");
        assertEquals("true", browser.find(EXPLAIN + " input[name=reason][value=solved]").getDomProperty("checked"), "so is the reason");
        WebElement send = browser.find(EXPLAIN + " button[type=submit]");
        assertTrue(send.isEnabled(), "the button works again");
        assertEquals(send, browser.driver().switchTo().activeElement(), "and has the focus, to send again");
        assertEquals(1L, browser.script("return window.__marker"), "the page was not reloaded");
        return alert.getText();
    }

    private static void sendAgainAndStoreOnce(Browser browser, String comment) {
        browser.find(EXPLAIN + " button[type=submit]").click();
        assertTrue(browser.find("section#page-feedback .feedback-thanks").getText().startsWith("Thank you."));
        assertEquals(1, ratingsWith(comment).size(), "stored once");
        assertEquals("solved", ratingsWith(comment).get(0).reason);
    }

    @Test
    void shouldKeepTheCommentAndSayNothingWasSavedWhileTheDatabaseIsAway(Browser browser) {
        String comment = rateAndExplain(browser);
        SimulatedOutage.begin("POST", "/feedback/rating/\\d+", Kind.DOWN);
        browser.find(EXPLAIN + " button[type=submit]").click();

        assertEquals(DATABASE_AWAY, failureShown(browser, comment));
        assertEquals(List.of(), ratingsWith(comment), "nothing was saved");

        SimulatedOutage.end();
        sendAgainAndStoreOnce(browser, comment);
    }

    @Test
    void shouldSayTheCommentMayHaveBeenSavedWhenTheDatabaseWentAwayDuringTheCommit(Browser browser) {
        String comment = rateAndExplain(browser);
        SimulatedOutage.begin("POST", "/feedback/rating/\\d+", Kind.UNKNOWN_OUTCOME);
        browser.find(EXPLAIN + " button[type=submit]").click();

        assertEquals("Signpost lost its database while saving this, so it may have been saved. Your text is below — check before "
                + "sending it again.", failureShown(browser, comment));

        SimulatedOutage.end();
        sendAgainAndStoreOnce(browser, comment);
    }

    @Test
    void shouldKeepTheCommentWhenNoAnswerComes(Browser browser) {
        String comment = rateAndExplain(browser);
        SimulatedOutage.begin("POST", "/feedback/rating/\\d+", Kind.NO_ANSWER);
        browser.find(EXPLAIN + " button[type=submit]").click();

        assertEquals("Signpost did not answer, so this may not have been saved. Your text is below — send it again in a moment.",
                failureShown(browser, comment));

        SimulatedOutage.end();
        sendAgainAndStoreOnce(browser, comment);
    }

    @Test
    void shouldSayInPlaceThatTheRatingWasNotSavedAndTakeItOnceTheDatabaseIsBack(Browser browser) {
        browser.open(PAGE);
        browser.script("window.__marker = 1");
        SimulatedOutage.begin("POST", "/feedback/rating", Kind.DOWN);
        browser.find("section#page-feedback form.feedback-rate button[value=no]").click();

        WebElement alert = browser.find("section#page-feedback form.feedback-rate > p.save-failed[role=alert]");
        assertEquals(DATABASE_AWAY, alert.getText());
        WebElement no = browser.find("section#page-feedback form.feedback-rate button[value=no]");
        assertTrue(no.isEnabled());
        assertEquals(1L, browser.script("return window.__marker"), "the page was not reloaded");

        SimulatedOutage.end();
        no.click();
        browser.find(EXPLAIN);
        assertEquals("Sorry about that. What was wrong?", browser.find("#page-feedback-title").getText());
        assertFalse(browser.has(".save-failed"), "the message went with the old box");
    }

    @Test
    void shouldSaySuggestionsAreUnavailableForAMomentAndOfferThemAgainOnceBack(Browser browser) {
        browser.open("/");
        SimulatedOutage.begin("GET", "/search/suggest", Kind.DOWN);
        browser.type("#sp-q", "roll");

        WebElement note = browser.find(".site-search p.suggest-note[role=status]");
        assertEquals("Suggestions are unavailable for a moment.", note.getText());
        assertEquals("roll", browser.find("#sp-q").getDomProperty("value"), "the text stays in the box");
        assertEquals("false", browser.find("#sp-q").getDomAttribute("aria-expanded"));

        SimulatedOutage.end();
        browser.find("#sp-q").sendKeys("i");
        browser.find("#sp-suggestions [role=option]");
        assertEquals("", browser.driver().findElement(By.cssSelector(".site-search p.suggest-note")).getText(), "the note is gone");
        assertEquals("rolli", browser.find("#sp-q").getDomProperty("value"));
    }
}
