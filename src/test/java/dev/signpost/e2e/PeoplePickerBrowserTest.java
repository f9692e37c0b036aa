package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people picker on an action item's owner field: a combobox that suggests people and teams as you type, used with
 * the keyboard alone; without JavaScript the same field is a plain input the server checks.
 */
@QuarkusTest
@BrowserTest
class PeoplePickerBrowserTest {

    private static final String OWNER = "#ai-owner";
    private static final String OPTIONS = "#ai-owner-options [role=option]";

    private static List<WebElement> options(Browser browser) {
        return browser.driver().findElements(By.cssSelector(OPTIONS));
    }

    @Test
    void shouldPickAnOwnerWithTheKeyboard(Browser browser) {
        browser.signIn("sam").open("/actions/new");
        browser.type("#ai-title", "Pick an owner " + UUID.randomUUID());
        WebElement owner = browser.find(OWNER);
        assertEquals("combobox", owner.getDomAttribute("role"));
        assertEquals("ai-owner-options", owner.getDomAttribute("aria-controls"));
        assertEquals("false", owner.getDomAttribute("aria-expanded"));
        assertNull(owner.getDomAttribute("list"), "the no-JS datalist is set aside");

        browser.type(OWNER, "al");
        browser.find(OPTIONS);
        assertEquals("true", owner.getDomAttribute("aria-expanded"));
        assertEquals("listbox", browser.find("#ai-owner-options").getDomAttribute("role"));
        WebElement first = options(browser).get(0);
        assertTrue(first.getText().startsWith("Alice Engineer (alice)"), first.getText());

        owner.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", first.getDomAttribute("aria-selected"));
        assertEquals(first.getDomAttribute("id"), owner.getDomAttribute("aria-activedescendant"));
        owner.sendKeys(Keys.ENTER);
        assertEquals("alice", owner.getDomProperty("value"), "Enter takes the suggestion");
        assertEquals("false", owner.getDomAttribute("aria-expanded"));
        assertEquals(browser.path(), "/actions/new", "the first Enter did not send the form");

        browser.type(OWNER, "ci-pl");
        browser.find(OPTIONS);
        WebElement team = options(browser).get(0);
        assertTrue(team.getText().contains("ci-platform") && team.getText().contains("team"), team.getText());
        owner.sendKeys(Keys.ESCAPE);
        assertEquals("false", owner.getDomAttribute("aria-expanded"), "Escape closes the list");
        assertEquals("ci-pl", owner.getDomProperty("value"), "and keeps what was typed");
        owner.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", owner.getDomAttribute("aria-expanded"), "the arrow key opens it again");
        owner.sendKeys(Keys.ENTER);
        assertEquals("ci-platform", owner.getDomProperty("value"));

        browser.submit(browser.find("form.action-form button[type=submit]"));
        assertTrue(browser.path().matches("/actions/\\d+"), browser.path());
        assertEquals("ci-platform", browser.find(".action-facts .action-owner strong").getText());
    }

    @Test
    @WithoutJavaScript
    void shouldCheckATypedOwnerOnTheServerWithoutJavaScript(Browser browser) {
        browser.signIn("sam").open("/actions/new");
        assertNull(browser.find(OWNER).getDomAttribute("role"), "a plain input");
        browser.type("#ai-title", "Typed by hand " + UUID.randomUUID());
        browser.type(OWNER, "alcie");
        browser.submit(browser.find("form.action-form button[type=submit]"));
        assertEquals("No one called 'alcie' — did you mean alice?", browser.find("#ai-owner-error").getText());
        assertEquals("alcie", browser.find(OWNER).getDomProperty("value"));
    }
}
