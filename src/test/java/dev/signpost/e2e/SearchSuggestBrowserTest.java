package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header search box over the bundled content: suggestions as you type, chosen with the keyboard or the mouse, and
 * without JavaScript a plain form that submits to /search.
 */
@QuarkusTest
@BrowserTest
class SearchSuggestBrowserTest {

    private static final String BOX = "#sp-q";
    private static final String LIST = "#sp-suggestions";
    private static final String OPTIONS = LIST + " [role=option]";
    private static final String ROLLING_BACK = "Rolling back a bad deploy";

    /** Opens the home page and types {@code roll}; returns the box once the suggestions are shown. */
    private static WebElement suggestRoll(Browser browser) {
        browser.open("/");
        browser.type(BOX, "roll");
        browser.find(OPTIONS);
        return browser.find(BOX);
    }

    @Test
    void slashFocusesTheSearchBoxUnlessTheReaderIsTypingInAField(Browser browser) {
        browser.open("/docs/practices/ci/secrets-in-ci");
        new Actions(browser.driver()).sendKeys("/").perform();
        assertEquals(browser.find(BOX), browser.driver().switchTo().activeElement(), "\"/\" went to the search box");
        assertEquals("", browser.find(BOX).getDomProperty("value"), "and was not typed into it");

        WebElement box = browser.find(BOX);
        box.sendKeys("ci/cd");
        assertEquals("ci/cd", box.getDomProperty("value"), "in a field, \"/\" is typed like any other key");
        assertEquals(box, browser.driver().switchTo().activeElement());
    }

    private static List<WebElement> options(Browser browser) {
        return browser.driver().findElements(By.cssSelector(OPTIONS));
    }

    private static String selected(WebElement option) {
        return option.getDomAttribute("aria-selected");
    }

    /** The address a suggestion leads to, as the app's path. */
    private static String href(WebElement option) {
        return option.findElement(By.tagName("a")).getDomAttribute("href");
    }

    private static void awaitPath(Browser browser, String path) {
        browser.await(d -> browser.path().equals(path));
    }

    @Test
    void shouldSuggestTheTopTitlesAsYouTypeWithoutReloading(Browser browser) {
        browser.open("/");
        browser.script("window.__marker = 1");
        browser.type(BOX, "roll");

        WebElement list = browser.find(LIST);
        assertEquals("listbox", list.getDomAttribute("role"));
        browser.find(OPTIONS);
        List<WebElement> options = options(browser);
        assertTrue(options.size() >= 2 && options.size() <= 8, "between 2 and 8 suggestions: " + options.size());
        assertTrue(options.get(0).getText().contains(ROLLING_BACK), options.get(0).getText());
        assertEquals("true", browser.find(BOX).getDomAttribute("aria-expanded"));
        assertEquals(1L, browser.script("return window.__marker"), "the page was not reloaded");
        assertEquals("/", browser.path());
    }

    @Test
    void shouldMoveThroughTheSuggestionsWithTheArrowKeys(Browser browser) {
        WebElement box = suggestRoll(browser);
        List<WebElement> options = options(browser);
        assertNull(box.getDomAttribute("aria-activedescendant"), "nothing highlighted before the first key");

        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", selected(options.get(0)));
        assertEquals(options.get(0).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        assertEquals(box, browser.driver().switchTo().activeElement(), "the focus stays in the box");
        String highlighted = options.get(0).findElement(By.tagName("a")).getCssValue("background-color");
        String plain = options.get(1).findElement(By.tagName("a")).getCssValue("background-color");
        assertNotEquals(plain, highlighted, "the highlighted suggestion looks different");

        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("false", selected(options.get(0)));
        assertEquals("true", selected(options.get(1)));
        assertEquals(options.get(1).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));

        box.sendKeys(Keys.ARROW_UP);
        assertEquals("true", selected(options.get(0)));
        assertEquals("false", selected(options.get(1)));
        assertEquals(options.get(0).getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
    }

    @Test
    void shouldOpenTheHighlightedSuggestionWithEnter(Browser browser) {
        WebElement box = suggestRoll(browser);
        String target = href(options(browser).get(0));
        assertTrue(target.startsWith("/docs/"), target);

        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        awaitPath(browser, target);
        assertEquals(ROLLING_BACK, browser.find("main h1").getText());
    }

    @Test
    void shouldSubmitToTheSearchPageOnEnterWhenNothingIsHighlighted(Browser browser) {
        WebElement box = suggestRoll(browser);

        box.sendKeys(Keys.ENTER);
        awaitPath(browser, "/search?q=roll");
        assertTrue(browser.find("ol.results").getText().contains(ROLLING_BACK));
    }

    @Test
    void shouldCloseOnEscapeAndReopenOnArrowDown(Browser browser) {
        WebElement box = suggestRoll(browser);
        WebElement list = browser.find(LIST);

        box.sendKeys(Keys.ESCAPE);
        assertFalse(list.isDisplayed(), "closed");
        assertEquals("false", box.getDomAttribute("aria-expanded"));
        assertEquals("roll", box.getDomProperty("value"), "Escape closes the list and keeps the text");

        box.sendKeys(Keys.ARROW_DOWN);
        assertTrue(list.isDisplayed(), "open again, with the same suggestions");
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        WebElement first = options(browser).get(0);
        assertTrue(first.getText().contains(ROLLING_BACK), first.getText());
        assertEquals("true", selected(first));
        assertEquals(first.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
    }

    @Test
    void shouldOpenASuggestionClickedWithTheMouseEvenWhenTheButtonIsHeld(Browser browser) {
        suggestRoll(browser);
        WebElement link = options(browser).get(1).findElement(By.tagName("a"));
        String target = link.getDomAttribute("href");

        // held longer than a quick click: the list must still be there when the button comes up
        new Actions(browser.driver()).clickAndHold(link).pause(Duration.ofMillis(400)).release().perform();
        awaitPath(browser, target);
    }

    @Test
    void shouldNotOpenTheListForSuggestionsThatArriveAfterTheBoxLostTheFocus(Browser browser) {
        browser.open("/");
        browser.type(BOX, "roll");
        browser.script("arguments[0].blur()", browser.find(BOX));

        browser.await(d -> (Boolean) browser.script(
                "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/search/suggest?q=roll'))"));
        browser.script("return new Promise(resolve => setTimeout(resolve, 300))"); // for the answer to be read
        assertFalse(browser.driver().findElement(By.cssSelector(LIST)).isDisplayed());
        assertEquals("false", browser.find(BOX).getDomAttribute("aria-expanded"));
    }

    @Test
    void shouldShowMarkupInATitleAsText(Browser browser) {
        browser.open("/");
        // The bundled content has no title with markup, so the page is given one as if the server had sent it.
        String title = "<img src=x onerror=\"window.__injected = 1\"><b>Bold</b> move";
        browser.script("""
                const suggestions = [{ title: arguments[0], url: '/docs/practices/release/rolling-back-a-bad-deploy', type: 'Page' }];
                window.fetch = () => Promise.resolve(new Response(JSON.stringify(suggestions), { headers: { 'Content-Type': 'application/json' } }));""", title);
        browser.type(BOX, "bold");

        assertEquals(title, browser.find(OPTIONS + " .suggestion-title").getText());
        assertFalse(browser.has(LIST + " img") || browser.has(LIST + " b"), "no element made from the title");
        assertNull(browser.script("return window.__injected"));
    }

    @Test
    @WithoutJavaScript
    void shouldSubmitToTheSearchPageWithoutJavaScript(Browser browser) {
        browser.open("/");
        browser.type(BOX, "roll");
        assertFalse(browser.has(LIST), "no suggestions without JavaScript");

        browser.find(BOX).sendKeys(Keys.ENTER);
        awaitPath(browser, "/search?q=roll");
        List<String> titles = browser.driver().findElements(By.cssSelector("ol.results li.result h2.result-title a"))
                .stream().map(WebElement::getText).toList();
        assertEquals(ROLLING_BACK, titles.get(0), titles.toString());
    }
}
