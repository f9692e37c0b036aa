package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An action item from a feedback item, in one browser: sam creates it from alice's feedback, its owner marks it done,
 * and the feedback lists it. Without JavaScript, a triager who marks such an item done resolves the feedback too.
 */
@QuarkusTest
@BrowserTest
class ActionItemBrowserTest {

    private static final String DUE = "2026-12-15";
    private static final String DUE_SHOWN = "Tue 15 Dec 2026";
    private static final String COMMENT = "Renovate now runs in **every** platform repository.";

    @Test
    void shouldLetTheOwnerFinishAnItemCreatedFromHerFeedbackAndListItThere(Browser browser) {
        String title = "Assess Renovate " + UUID.randomUUID();
        String feedback = sendFeedback(browser, title);
        String feedbackId = feedback.substring(feedback.lastIndexOf('/') + 1);

        browser.signOut().signIn("sam");
        String action = createFromFeedback(browser, feedback, title);
        assertEquals("The action item is created.", browser.find("p.banner-ok").getText());
        assertEquals("Open", browser.find(".action-facts .action-status").getText());
        assertEquals("alice", browser.find(".action-facts .action-owner strong").getText());
        assertEquals(DUE_SHOWN, browser.find(".action-facts .action-due strong").getText());
        assertEquals("From feedback #" + feedbackId + ": " + title, browser.find(".action-facts .action-source").getText());
        assertEquals(feedback, browser.find(".action-facts .action-source a").getDomAttribute("href"));
        assertEquals("feedback #" + feedbackId, browser.find("article.action-details a[href='" + feedback + "']").getText(),
                "the prefilled details, rendered as Markdown");
        assertTrue(browser.has("input[name=completeSource]"), "sam triages feedback: he is offered to resolve it");

        browser.signOut().signIn("alice").open(action);
        assertFalse(browser.has("p.banner-ok"), "the banner is shown once, after creating");
        assertFalse(browser.has("form.edit-form"), "alice is an engineer: she does not edit items");
        assertFalse(browser.has("input[name=completeSource]"), "alice does not triage feedback");
        WebElement status = browser.find("form.status-form #as-status");
        assertEquals(List.of("In progress", "Blocked", "Done", "Dropped"),
                new Select(status).getOptions().stream().map(WebElement::getText).toList(), "where an open item can go");
        new Select(status).selectByValue("done");
        browser.type("#as-comment", COMMENT);
        browser.submit(browser.find("form.status-form button[type=submit]"));

        assertEquals(action, browser.path());
        assertEquals("Saved.", browser.find("p.banner-ok").getText());
        assertEquals("Done", browser.find(".action-facts .action-status").getText());
        List<WebElement> history = browser.driver().findElements(By.cssSelector("section.action-history ol.history li"));
        assertEquals(List.of("event-created", "event-status"), history.stream().map(li -> li.getDomAttribute("class")).toList());
        assertTrue(history.get(0).getText().startsWith("sam created the item"), history.get(0).getText());
        WebElement done = history.get(1);
        assertTrue(done.getText().startsWith("alice changed status: Open → Done"), done.getText());
        assertEquals("every", done.findElement(By.cssSelector(".event-comment strong")).getText(), "her comment, rendered");
        assertTrue(done.findElement(By.cssSelector(".event-comment")).getText().startsWith("Renovate now runs in every"),
                done.getText());
        assertEquals(List.of("Open"), new Select(browser.find("#as-status")).getOptions().stream().map(WebElement::getText).toList(),
                "a done item can only be reopened");

        browser.open(feedback);
        WebElement row = browser.find("section.source-actions li.action-row[data-id='" + idOf(action) + "']");
        assertEquals("Done", row.findElement(By.cssSelector(".action-status")).getText());
        assertEquals("Follow up: " + title, row.findElement(By.cssSelector("a")).getText());
        assertEquals(action, row.findElement(By.cssSelector("a")).getDomAttribute("href"));
        assertEquals("alice", row.findElement(By.cssSelector(".action-owner")).getText());
        assertEquals(1, browser.driver().findElements(By.cssSelector("section.source-actions li.action-row")).size());
        assertFalse(browser.has("section.source-actions a.create-action"), "alice does not create action items");
        assertEquals("New", browser.find(".badge-status").getText(), "the owner finishing the item leaves the feedback to triage");
    }

    @Test
    @WithoutJavaScript
    void shouldResolveTheFeedbackWhenATriagerMarksItsItemDone(Browser browser) {
        String title = "Cache Gradle builds " + UUID.randomUUID();
        String feedback = sendFeedback(browser, title);

        browser.signOut().signIn("sam");
        String action = createFromFeedback(browser, feedback, title);
        new Select(browser.find("form.status-form #as-status")).selectByValue("done");
        WebElement resolve = browser.find("form.status-form input[name=completeSource]");
        assertFalse(resolve.isSelected(), "resolving the feedback is offered, not ticked: a triager chooses it");
        resolve.click();
        assertTrue(resolve.isSelected());
        browser.submit(browser.find("form.status-form button[type=submit]"));

        assertEquals(action, browser.path());
        assertEquals("Saved, and the feedback it came from is marked resolved.", browser.find("p.banner-ok").getText());
        assertEquals("Done", browser.find(".action-facts .action-status").getText());
        assertFalse(browser.has("input[name=completeSource]"), "nothing left to resolve");

        browser.open(feedback);
        assertEquals("Resolved", browser.find(".badge-status").getText());
        assertEquals("Done", browser.find("section.source-actions li.action-row[data-id='" + idOf(action) + "'] .action-status").getText());
        String triage = browser.find("section.triage ol.history").getText();
        assertTrue(triage.contains("sam changed status: New → Resolved"), triage);
        assertTrue(triage.contains("noted: Resolved with action item #" + idOf(action) + ": Follow up: " + title), triage);

        browser.signOut().signIn("alice").open(feedback);
        assertEquals("Resolved", browser.find(".badge-status").getText(), "alice sees her feedback resolved");
        assertEquals(action, browser.find(".answer a").getAttribute("pathname"), "and, as nobody had answered, where it was done");
    }

    /** alice sends a tool request through the real form; returns the path of its page. */
    private static String sendFeedback(Browser browser, String title) {
        browser.signIn("alice").open("/feedback");
        new Select(browser.find("#fb-category")).selectByValue("tool-request");
        browser.type("#fb-title", title);
        browser.type("#fb-description", "Please assess Renovate for dependency updates.");
        browser.submit(browser.find("form.feedback-form button[type=submit]"));
        String item = browser.path();
        assertTrue(item.matches("/feedback/\\d+"), item);
        assertEquals("New", browser.find(".badge-status").getText());
        return item;
    }

    /**
     * sam, signed in, opens the feedback item, follows "Create action item", checks what is prefilled, makes alice the
     * owner with a due date and creates it; returns the path of the item's page.
     */
    private static String createFromFeedback(Browser browser, String feedback, String title) {
        String feedbackId = feedback.substring(feedback.lastIndexOf('/') + 1);
        browser.open(feedback);
        assertEquals(title, browser.find("main h1").getText());
        assertEquals("None.", browser.find("section.source-actions p.muted").getText(), "no action items yet");
        WebElement create = browser.find("section.source-actions a.create-action");
        assertEquals("Create action item", create.getText());
        browser.submit(create);

        assertEquals("/actions/new?source=feedback&ref=" + feedbackId, browser.path());
        assertEquals("From feedback #" + feedbackId + ": " + title, browser.find("p.action-source").getText(),
                "the form says where the item comes from");
        assertEquals(feedback, browser.find("p.action-source a").getDomAttribute("href"));
        assertTrue(browser.find("#ai-title").getDomProperty("value").startsWith("Follow up: " + title),
                browser.find("#ai-title").getDomProperty("value"));
        assertEquals("From [feedback #" + feedbackId + "](" + feedback + ").", browser.find("#ai-details").getDomProperty("value"));
        assertEquals("sam", browser.find("#ai-owner").getDomProperty("value"), "the owner defaults to whoever creates it");
        assertEquals("", browser.find("#ai-due").getDomProperty("value"));
        assertEquals("feedback", hidden(browser, "form.action-form input[name=source]"));
        assertEquals(feedbackId, hidden(browser, "form.action-form input[name=ref]"));

        browser.type("#ai-owner", "alice");
        // A date field takes typed keys in the browser's locale, so set its ISO value.
        WebElement due = browser.find("#ai-due");
        browser.script("arguments[0].value = arguments[1]", due, DUE);
        assertEquals(DUE, due.getDomProperty("value"));
        browser.submit(browser.find("form.action-form button[type=submit]"));

        String action = browser.path();
        assertTrue(action.matches("/actions/\\d+"), action);
        assertEquals("Follow up: " + title, browser.find("main h1").getText());
        return action;
    }

    /** The value of a hidden field, which {@link Browser#find} would wait for in vain. */
    private static String hidden(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getDomProperty("value");
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
