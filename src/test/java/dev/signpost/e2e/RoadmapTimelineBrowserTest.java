package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roadmap timeline in the browser, on {@link RoadmapContentProfile}'s roadmap (image signing waits for the alpha
 * rollout): a chart on a wide screen and a list by quarter on a phone; an item's arrows while it is in focus or hovered,
 * every arrow on request; arrows readable in the dark theme.
 */
@QuarkusTest
@BrowserTest
@TestProfile(RoadmapContentProfile.class)
class RoadmapTimelineBrowserTest {

    private static final String ARROW_IN = "g.tl-row[data-slug=image-signing] path.tl-arrow-in[data-from=alpha-rollout]";
    private static final String ARROW_OUT = "g.tl-row[data-slug=alpha-rollout] path.tl-arrow-out[data-to=image-signing]";

    private static void viewport(Browser browser, int width) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private static String display(Browser browser, String css) {
        WebElement element = browser.driver().findElement(By.cssSelector(css));
        return (String) browser.script("return getComputedStyle(arguments[0]).display", element);
    }

    @Test
    void shouldShowTheChartOnAWideScreenAndTheListByQuarterOnAPhone(Browser browser) {
        viewport(browser, 1366);
        browser.open("/roadmap/timeline");
        WebElement chart = browser.find("svg.timeline-svg");
        assertTrue(chart.isDisplayed());
        assertTrue(chart.getRect().getWidth() >= 900, "drawn at a readable width: " + chart.getRect().getWidth());

        viewport(browser, 390);
        browser.open("/roadmap/timeline");
        WebElement list = browser.find("section.timeline-list");
        assertFalse(browser.driver().findElement(By.cssSelector("svg.timeline-svg")).isDisplayed(), "no chart on a phone");
        assertEquals("none", display(browser, "figure.timeline-figure"));
        List<WebElement> entries = list.findElements(By.cssSelector("li.tl-entry"));
        assertEquals(3, entries.size(), "every item");
        assertTrue(entries.stream().allMatch(WebElement::isDisplayed));
        WebElement signing = browser.find("section.tl-quarter[data-quarter='2027-Q2'] li.tl-entry[data-slug=image-signing]");
        assertEquals("Exploring", signing.findElement(By.cssSelector(".status-badge")).getText());
        assertEquals("Alpha rollout", signing.findElement(By.cssSelector(".tl-waits a")).getText());
        Object wide = browser.script("return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 390)"
                + ".map(e => e.tagName + '.' + (e.className.baseVal ?? e.className)).join(', ')");
        assertEquals("", wide, "nothing in the page is wider than the phone");
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void shouldRevealAnItemsArrowsWhileItIsFocusedOrHovered(Browser browser) {
        viewport(browser, 1366);
        browser.open("/roadmap/timeline");
        browser.find("svg.timeline-svg");
        assertEquals("none", display(browser, ARROW_IN), "hidden at first");
        assertEquals("none", display(browser, ARROW_OUT));

        WebElement signing = browser.driver().findElement(By.cssSelector("a.tl-item[data-slug=image-signing]"));
        browser.script("arguments[0].focus()", signing);
        assertFalse("none".equals(display(browser, ARROW_IN)), "focusing the waiting item shows the arrow into it");
        assertEquals("none", display(browser, ARROW_OUT), "one copy is enough");

        browser.script("document.activeElement.blur()");
        assertEquals("none", display(browser, ARROW_IN), "hidden again when focus leaves");

        // With the keyboard: from the "show all" box, Tab moves through the chart's items to the alpha rollout.
        browser.driver().findElement(By.id("tl-deps-all")).sendKeys(Keys.TAB);
        for (int i = 0; i < 3 && !"alpha-rollout".equals(browser.driver().switchTo().activeElement().getDomAttribute("data-slug")); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals("alpha-rollout", browser.driver().switchTo().activeElement().getDomAttribute("data-slug"), "reached by Tab");
        assertFalse("none".equals(display(browser, ARROW_OUT)), "focusing the item waited for shows the arrow out of it");
        assertEquals("none", display(browser, ARROW_IN));
        browser.script("document.activeElement.blur()");

        new Actions(browser.driver()).moveToElement(browser.driver().findElement(
                By.cssSelector("a.tl-item[data-slug=alpha-rollout] path.tl-bar"))).perform();
        assertFalse("none".equals(display(browser, ARROW_OUT)), "hovering shows the arrows too");
        new Actions(browser.driver()).moveToElement(browser.find("main h1")).perform();
        assertEquals("none", display(browser, ARROW_OUT), "and hides them again");
    }

    @Test
    void shouldShowEveryArrowWhenAskedAndKeepItInTheAddress(Browser browser) {
        viewport(browser, 1366);
        browser.open("/roadmap/timeline");
        assertFalse(browser.driver().findElement(By.cssSelector("button.tl-deps-apply")).isDisplayed(),
                "the script applies the box at once, so its button is hidden");
        browser.find("label[for=tl-deps-all]").click();
        assertFalse("none".equals(display(browser, ARROW_IN)), "every arrow shows");
        assertTrue(browser.path().contains("deps=all"), browser.path());
        assertTrue(browser.find("nav.zoom-switch a[href*=zoom]").getDomAttribute("href").contains("deps=all"));
        browser.find("label[for=tl-deps-all]").click();
        assertEquals("none", display(browser, ARROW_IN));
        assertFalse(browser.path().contains("deps=all"), browser.path());
    }

    @Test
    @WithoutJavaScript
    void shouldShowEveryArrowWithoutJavaScriptToo(Browser browser) {
        viewport(browser, 1366);
        browser.open("/roadmap/timeline");
        browser.find("label[for=tl-deps-all]").click();
        assertFalse("none".equals(display(browser, ARROW_IN)), "the ticked box shows every arrow through CSS alone");
        browser.submit(browser.find("button.tl-deps-apply"));
        assertTrue(browser.path().contains("deps=all"), "Apply keeps the choice in the address: " + browser.path());
        assertTrue(browser.find("#tl-deps-all").isSelected());
        assertFalse("none".equals(display(browser, ARROW_IN)));
    }

    @Test
    void shouldDrawArrowsAndBarsReadablyInLightAndDark(Browser browser) {
        viewport(browser, 1366);
        browser.open("/roadmap/timeline?deps=all");
        browser.find("svg.timeline-svg");
        assertContrast(browser, "light");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            assertEquals(Boolean.TRUE, browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"));
            assertContrast(browser, "dark");
            // the colour an arrow is drawn in (the custom property itself holds light-dark(), the same text in both themes)
            String arrowColour = "return getComputedStyle(document.querySelector(arguments[0])).stroke";
            String dark = (String) browser.script(arrowColour, ARROW_IN);
            browser.script("document.documentElement.dataset.theme = 'light'");
            assertFalse(dark.equals(browser.script(arrowColour, ARROW_IN)), "a chosen light theme wins over a dark system");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
            browser.script("document.documentElement.dataset.theme = 'dark'");
            assertEquals(dark, browser.script(arrowColour, ARROW_IN), "a chosen dark theme has the same colours as a dark system");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private static void assertContrast(Browser browser, String theme) {
        String background = (String) browser.script("return getComputedStyle(document.body).backgroundColor");
        WebElement arrow = browser.driver().findElement(By.cssSelector(ARROW_IN));
        double arrowContrast = contrast(browser, arrow.getCssValue("stroke"), background);
        assertTrue(arrowContrast >= 3, theme + ": an arrow has " + arrowContrast + ":1 against " + background);
        for (WebElement bar : browser.driver().findElements(By.cssSelector("svg.timeline-svg .tl-bar"))) {
            double edge = contrast(browser, bar.getCssValue("stroke"), background);
            assertTrue(edge >= 3, theme + ": a bar's edge has " + edge + ":1 against " + background);
        }
        String today = browser.driver().findElement(By.cssSelector("svg.timeline-svg .tl-today")).getCssValue("stroke");
        assertTrue(contrast(browser, today, background) >= 3, theme + ": the today line");
    }

    /** The WCAG contrast ratio of two CSS colours, worked out in the page. */
    private static double contrast(Browser browser, String one, String two) {
        return ((Number) browser.script("""
                const lum = c => {
                  const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
                      .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                };
                const a = lum(arguments[0]), b = lum(arguments[1]);
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);""", one, two)).doubleValue();
    }
}
