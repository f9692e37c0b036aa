package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content tabs on a documentation page (two groups with the titles Maven, Gradle, npm): the WAI-ARIA tabs pattern with
 * a mouse and the keyboard, linked groups, every panel under its title without JavaScript, and no axe finding.
 */
@QuarkusTest
@BrowserTest
class ContentTabsBrowserTest {

    private static final String PAGE = "/docs/practices/ci/caching-dependencies";

    @Test
    void shouldSwitchTabsByClickAndSwitchTheLinkedGroupToo(Browser browser) {
        browser.open(PAGE);
        List<WebElement> groups = browser.driver().findElements(By.cssSelector("div.tabs.tabs-ready"));
        assertEquals(2, groups.size());
        List<WebElement> tabs = groups.get(0).findElements(By.cssSelector("[role=tablist] > [role=tab]"));
        assertEquals(List.of("Maven", "Gradle", "npm"), tabs.stream().map(WebElement::getText).toList());
        assertEquals(List.of("true", "false", "false"), tabs.stream().map(t -> t.getAttribute("aria-selected")).toList());
        assertTrue(panel(browser, groups.get(0), 0).isDisplayed());
        assertFalse(panel(browser, groups.get(0), 1).isDisplayed());
        assertFalse(browser.shows("div.tabs p.tab-title"), "the titles moved into the tab list");

        tabs.get(1).click();
        assertEquals("true", tabs.get(1).getAttribute("aria-selected"));
        assertTrue(panel(browser, groups.get(0), 1).isDisplayed());
        assertFalse(panel(browser, groups.get(0), 0).isDisplayed());
        assertTrue(panel(browser, groups.get(0), 1).getText().contains("setup-gradle"));
        assertTrue(panel(browser, groups.get(1), 1).isDisplayed(), "the other group's Gradle tab was chosen with it");
        assertEquals("~/.gradle/caches", panel(browser, groups.get(1), 1).getText().strip());
    }

    @Test
    void shouldMoveBetweenTabsWithArrowsHomeAndEndKeepingOneTabInTheTabOrder(Browser browser) {
        browser.open(PAGE);
        WebElement group = browser.find("div.tabs.tabs-ready");
        List<WebElement> tabs = group.findElements(By.cssSelector("[role=tab]"));
        tabs.get(0).click();
        tabs.get(0).sendKeys(Keys.ARROW_RIGHT);
        assertEquals(tabs.get(1), browser.driver().switchTo().activeElement());
        assertEquals("true", tabs.get(1).getAttribute("aria-selected"));
        assertEquals(List.of("-1", "0", "-1"), tabs.stream().map(t -> t.getAttribute("tabindex")).toList());
        tabs.get(1).sendKeys(Keys.END);
        assertEquals(tabs.get(2), browser.driver().switchTo().activeElement());
        tabs.get(2).sendKeys(Keys.ARROW_RIGHT);
        assertEquals(tabs.get(0), browser.driver().switchTo().activeElement(), "the right arrow wraps to the first tab");
        tabs.get(0).sendKeys(Keys.ARROW_LEFT);
        assertEquals(tabs.get(2), browser.driver().switchTo().activeElement(), "the left arrow wraps to the last tab");
        tabs.get(2).sendKeys(Keys.HOME);
        assertEquals(tabs.get(0), browser.driver().switchTo().activeElement());
        assertTrue(panel(browser, group, 0).isDisplayed());
        WebElement panel = panel(browser, group, 0);
        assertEquals(tabs.get(0).getAttribute("id"), panel.getAttribute("aria-labelledby"));
        assertEquals(panel.getAttribute("id"), tabs.get(0).getAttribute("aria-controls"));
        tabs.get(0).sendKeys(Keys.TAB);
        assertEquals(panel, browser.driver().switchTo().activeElement(), "Tab leaves the tab list for the panel");
    }

    @Test
    @WithoutJavaScript
    void shouldShowEveryPanelUnderItsTitleWithoutJavaScript(Browser browser) {
        browser.open(PAGE);
        WebElement group = browser.find("div.tabs");
        assertTrue(group.findElements(By.cssSelector("[role=tablist]")).isEmpty());
        List<WebElement> titles = group.findElements(By.cssSelector(":scope > section.tab-panel > p.tab-title"));
        assertEquals(List.of("Maven", "Gradle", "npm"), titles.stream().map(WebElement::getText).toList());
        for (WebElement panel : group.findElements(By.cssSelector(":scope > section.tab-panel"))) {
            assertTrue(panel.isDisplayed());
            assertTrue(panel.findElement(By.cssSelector("pre")).isDisplayed());
        }
    }

    @Test
    void shouldPassAxeInLightAndDark(Browser browser) {
        browser.open(PAGE);
        browser.find("div.tabs.tabs-ready");
        List<String> light = AxeAudit.violations(browser, "tabs light");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.open(PAGE);
        browser.find("div.tabs.tabs-ready");
        List<String> dark = AxeAudit.violations(browser, "tabs dark");
        assertEquals(List.of(), light, String.join("\n", light));
        assertEquals(List.of(), dark, String.join("\n", dark));
    }

    private static WebElement panel(Browser browser, WebElement group, int index) {
        return group.findElements(By.cssSelector(":scope > section.tab-panel")).get(index);
    }
}
