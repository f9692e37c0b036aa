package dev.signpost.e2e;

import dev.signpost.feedback.FeedbackItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback form as a signed-in engineer fills it in: what the browser checks, what the server refuses, what is kept. */
@QuarkusTest
@BrowserTest
class FeedbackFormBrowserTest {

    private static final String SEND = "form.feedback-form button[type=submit]";

    @Test
    void shouldKeepEverythingTypedAndExplainATitleTooShort(Browser browser) {
        String marker = UUID.randomUUID().toString();
        String description = "How do we pin third-party actions?\nBy tag or by commit? (" + marker + ")";
        browser.signIn("alice").open("/feedback");
        new Select(browser.find("#fb-category")).selectByValue("practice-question");
        browser.type("#fb-description", description);
        browser.type("#fb-page", "/docs/practices/ci/secrets-in-ci");
        browser.find("input[name=contactMe]").click();

        browser.find(SEND).click();
        assertEquals(true, browser.script("return arguments[0].validity.valueMissing", browser.find("#fb-title")),
                "the browser itself asks for the missing title");
        assertFalse(browser.has("#feedback-errors"), "and sends nothing");

        browser.type("#fb-title", "ab");
        browser.submit(browser.find(SEND));

        assertEquals("/feedback", browser.path(), "the refusal answers the post itself");
        assertEquals("Please check one field; everything you typed is kept.", browser.find("#feedback-errors").getText());
        assertEquals("Give your feedback a title of at least 3 characters.", browser.find("#fb-title-error").getText());
        WebElement title = browser.find("#fb-title");
        assertEquals("ab", title.getDomProperty("value"));
        assertEquals("true", title.getDomAttribute("aria-invalid"));
        assertEquals("fb-title-error", title.getDomAttribute("aria-describedby"));
        assertEquals(description, browser.find("#fb-description").getDomProperty("value"));
        assertEquals("practice-question", new Select(browser.find("#fb-category")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("/docs/practices/ci/secrets-in-ci", browser.find("#fb-page").getDomProperty("value"));
        assertTrue(browser.find("input[name=contactMe]").isSelected());
        long stored = QuarkusTransaction.requiringNew().call(() -> FeedbackItem.count("description like ?1", "%" + marker + "%"));
        assertEquals(0, stored, "nothing was recorded");
    }
}
