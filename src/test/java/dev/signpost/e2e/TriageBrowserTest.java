package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feedback from sending to answer, in one browser: alice sends it, sam triages it, alice reads the outcome. */
@QuarkusTest
@BrowserTest
class TriageBrowserTest {

    @Test
    void shouldShowTheSubmitterTheStatusAndAnswerATriagerGave(Browser browser) {
        String title = "Assess Renovate " + UUID.randomUUID();
        browser.signIn("alice").open("/feedback");
        new Select(browser.find("#fb-category")).selectByValue("tool-request");
        browser.type("#fb-title", title);
        browser.type("#fb-description", "Please assess Renovate for dependency updates.");
        browser.submit(browser.find("form.feedback-form button[type=submit]"));
        String item = browser.path();
        assertTrue(item.matches("/feedback/\\d+"), item);
        assertTrue(browser.find("p.banner-ok").getText().startsWith("Thank you."));
        assertEquals("New", browser.find(".badge-status").getText());

        browser.signOut().signIn("sam").open(item);
        assertEquals(title, browser.find("main h1").getText());
        new Select(browser.find("#tr-status")).selectByValue("IN_PROGRESS");
        browser.type("#tr-answer", "We are **trying** Renovate in the platform repositories first.");
        browser.type("#tr-note", "Ask ci-platform before rolling out.");
        browser.submit(browser.find("form.triage-form button[type=submit]"));
        assertEquals(item, browser.path());
        assertEquals("Saved.", browser.find("p.banner-ok").getText());
        assertTrue(browser.find("ol.history").getText().contains("changed status: New → In progress"),
                browser.find("ol.history").getText());

        browser.signOut().signIn("alice").open(item);
        assertEquals("In progress", browser.find(".badge-status").getText());
        assertEquals("trying", browser.find(".answer strong").getText(), "the public answer, rendered");
        assertFalse(browser.has("section.triage"), "no triage panel for alice");
        assertFalse(browser.find("main").getText().contains("Ask ci-platform"), "internal notes stay internal");
    }
}
