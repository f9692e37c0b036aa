package dev.signpost.e2e;

import dev.signpost.feedback.ratings.PageRating;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Was this page helpful?" as a visitor uses it: in place with JavaScript, by post/redirect/get without. */
@QuarkusTest
@BrowserTest
class PageFeedbackBrowserTest {

    private static final String PAGE = "/docs/practices/ci/secrets-in-ci";

    /** A comment no other test writes, to find this test's rating. */
    private static String comment() {
        return "Clear steps, thank you (" + UUID.randomUUID() + ")";
    }

    private static PageRating storedWith(String comment) {
        List<PageRating> rows = QuarkusTransaction.requiringNew().call(() -> PageRating.list("comment", comment));
        assertEquals(1, rows.size(), "one rating carries the comment " + comment);
        return rows.get(0);
    }

    private static void explain(Browser browser, String comment) {
        browser.find("section#page-feedback input[name=reason][value=solved]").click();
        browser.type("section#page-feedback textarea[name=comment]", comment);
    }

    @Test
    void shouldThankTheVisitorInPlaceWithJavaScript(Browser browser) {
        browser.open(PAGE);
        assertEquals("combobox", browser.find("#sp-q").getDomAttribute("role"), "the page's scripts ran");
        browser.script("window.__marker = 1");

        browser.find("section#page-feedback form.feedback-rate button[value=yes]").click();
        browser.find("section#page-feedback form.feedback-explain");
        assertEquals("Glad it helped. What worked?", browser.find("#page-feedback-title").getText());
        String comment = comment();
        explain(browser, comment);
        browser.find("section#page-feedback form.feedback-explain button[type=submit]").click();

        WebElement thanks = browser.find("section#page-feedback .feedback-thanks");
        assertTrue(thanks.getText().startsWith("Thank you."), thanks.getText());
        assertTrue(thanks.getText().contains("This page is owned by security"), thanks.getText());
        assertEquals(1L, browser.script("return window.__marker"), "the page was not reloaded");
        assertEquals(PAGE, browser.path(), "no redirect either");
        assertEquals(thanks, browser.driver().switchTo().activeElement(), "the thank-you takes the focus, for screen readers");

        PageRating row = storedWith(comment);
        assertEquals("yes", row.rating);
        assertEquals("solved", row.reason);
        assertEquals("anonymous", row.userName);
    }

    @Test
    @WithoutJavaScript
    void shouldThankTheVisitorAfterRedirectsWithoutJavaScript(Browser browser) {
        browser.open(PAGE);
        assertNull(browser.find("#sp-q").getDomAttribute("role"), "the page's scripts did not run");
        browser.script("window.__marker = 1");

        browser.submit(browser.find("section#page-feedback form.feedback-rate button[value=yes]"));
        assertEquals(PAGE + "#page-feedback", browser.path(), "redirected back to the box");
        assertNull(browser.script("return window.__marker"), "a new page");
        assertEquals("Glad it helped. What worked?", browser.find("#page-feedback-title").getText());
        String comment = comment();
        explain(browser, comment);
        browser.submit(browser.find("section#page-feedback form.feedback-explain button[type=submit]"));

        WebElement thanks = browser.find("section#page-feedback .feedback-thanks");
        assertTrue(thanks.getText().contains("This page is owned by security"), thanks.getText());
        assertEquals(PAGE + "#page-feedback", browser.path());
        assertEquals("solved", storedWith(comment).reason);
    }
}
