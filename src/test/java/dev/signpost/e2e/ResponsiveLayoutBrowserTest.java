package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header on a phone and on a laptop: on a 390 px phone the navigation folds into a Menu button and the account
 * into a menu, nothing scrolls sideways, and the documentation tree is a drawer above the page; on a laptop the
 * navigation and the tree are simply there. The theme menu applies a choice at once and the server remembers it.
 */
@QuarkusTest
@BrowserTest
class ResponsiveLayoutBrowserTest {

    private static final String DOC = "/docs/practices/collaboration/where-to-ask-for-help";

    /** Makes the page as wide as a phone or a laptop screen, as the device would report it. */
    static void width(Browser browser, int pixels) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 800, "deviceScaleFactor", 1, "mobile", pixels < 800));
    }

    private static long overflow(Browser browser) {
        return (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
    }

    @Test
    void onAPhoneTheNavigationIsBehindAMenuButtonAndNothingScrollsSideways(Browser browser) {
        width(browser, 390);
        browser.signIn("sam");
        for (String path : List.of("/tools", DOC, "/roadmap", "/actions", "/feedback")) {
            browser.open(path);
            assertEquals(0, overflow(browser), "no sideways scrolling on " + path);
        }
        browser.open("/tools");
        WebElement menu = browser.find(".site-menu > summary");
        assertFalse(browser.shows(".main-nav a[href='/feedback']"), "the navigation is folded away");
        menu.click();
        WebElement feedback = browser.find(".main-nav a[href='/feedback']");
        long right = (Long) browser.script("return Math.ceil(arguments[0].getBoundingClientRect().right);", feedback);
        assertTrue(right <= 390, "every entry is on screen: " + right);
        assertEquals(0, overflow(browser), "the open menu does not widen the page");

        browser.find(".account-menu > summary").click();
        assertFalse(browser.shows(".main-nav a[href='/feedback']"), "opening the account menu closes the main menu");
        WebElement triage = browser.find(".account-menu a[href='/feedback/triage']");
        assertTrue(browser.find(".account-menu form.signout button").isDisplayed());
        long panelRight = (Long) browser.script("return Math.ceil(arguments[0].closest('.menu-panel').getBoundingClientRect().right);", triage);
        assertTrue(panelRight <= 390, "the account menu fits the screen: " + panelRight);
        for (WebElement pill : browser.driver().findElements(By.cssSelector(".account-roles .role, .account-teams .team"))) {
            assertTrue(pill.getSize().getHeight() < 30, "a pill stays on one line: " + pill.getText());
        }
    }

    @Test
    void onAPhoneEveryFilterLabelSitsBesideItsField(Browser browser) {
        width(browser, 390);
        browser.signIn("sam");
        for (String path : List.of("/actions", "/tools?view=list", "/roadmap", "/feedback/triage")) {
            browser.open(path);
            @SuppressWarnings("unchecked")
            List<String> apart = (List<String>) browser.script("""
                    return [...document.querySelectorAll('form.filters label[for]')].map(label => {
                      const field = document.getElementById(label.htmlFor);
                      if (!field || field.type === 'checkbox' || field.type === 'radio') return null;
                      const a = label.getBoundingClientRect(), b = field.getBoundingClientRect();
                      return Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) > 12 ? label.textContent.trim() : null;
                    }).filter(x => x);""");
            assertEquals(List.of(), apart, "labels on another row than their fields on " + path);
            assertEquals(0, overflow(browser), "no sideways scrolling on " + path);
        }
    }

    @Test
    void onAPhoneTheDocsTreeIsADrawerAboveThePage(Browser browser) {
        width(browser, 390);
        browser.open(DOC);
        WebElement drawer = browser.find("details.doc-drawer > summary");
        WebElement heading = browser.find("main h1");
        assertTrue(drawer.getLocation().getY() < heading.getLocation().getY(), "the drawer comes before the page");
        assertFalse(browser.shows(".doc-nav a[aria-current=page]"), "closed until asked for");
        drawer.click();
        assertTrue(browser.find(".doc-nav a[aria-current=page]").isDisplayed());
    }

    @Test
    void onALaptopTheNavigationAndTheDocsTreeAreAlwaysShown(Browser browser) {
        width(browser, 1366);
        browser.open(DOC);
        assertTrue(browser.shows(".main-nav a[href='/feedback']"), "the navigation is simply there");
        assertFalse(browser.shows(".site-menu > summary"), "no Menu button");
        assertTrue(browser.shows(".doc-nav a[aria-current=page]"), "and so is the page tree");
        assertFalse(browser.shows(".doc-drawer > summary"));
        long treeRight = (Long) browser.script("return Math.ceil(document.querySelector('.doc-nav').getBoundingClientRect().right);");
        long pageLeft = (Long) browser.script("return Math.floor(document.querySelector('main.doc').getBoundingClientRect().left);");
        assertTrue(treeRight <= pageLeft, "beside the page: " + treeRight + " <= " + pageLeft);
    }

    @Test
    void aThemeChoiceAppliesAtOnceAndIsRemembered(Browser browser) {
        width(browser, 1366);
        browser.open("/tools");
        browser.script("window.stillThisPage = true;");
        browser.find(".theme-menu > summary").click();
        browser.find(".theme-form button[value=dark]").click();
        assertEquals("dark", browser.script("return document.documentElement.dataset.theme;"));
        assertEquals(Boolean.TRUE, browser.script("return window.stillThisPage === true;"), "no reload");
        assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor;"));
        assertEquals("true", browser.find(".theme-form button[value=dark]").getDomAttribute("aria-pressed"));

        browser.open("/roadmap");
        assertEquals("dark", browser.script("return document.documentElement.dataset.theme;"), "the server rendered it");
        assertEquals("rgb(13, 17, 23)", browser.script("return getComputedStyle(document.body).backgroundColor;"));

        browser.find(".theme-menu > summary").click();
        browser.find(".theme-form button[value=light]").click();
        assertEquals("rgb(255, 255, 255)", browser.script("return getComputedStyle(document.body).backgroundColor;"));
    }

    @Test
    @WithoutJavaScript
    void withoutScriptsTheMenusAndTheThemeStillWork(Browser browser) {
        width(browser, 390);
        browser.open("/tools");
        browser.find(".site-menu > summary").click();
        assertTrue(browser.find(".main-nav a[href='/roadmap']").isDisplayed());
        browser.find(".theme-menu > summary").click();
        browser.submit(browser.find(".theme-form button[value=dark]"));
        assertEquals("/tools", browser.path());
        assertEquals("dark", browser.driver().findElement(By.tagName("html")).getDomAttribute("data-theme"));
    }
}
