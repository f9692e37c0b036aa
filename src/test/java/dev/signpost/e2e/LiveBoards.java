package dev.signpost.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Reading and waiting on a live Lean Coffee board in a browser, which redraws itself whenever anyone changes it. */
final class LiveBoards {

    /** The longest a change may take to reach another open board; here it takes well under a second. */
    static final Duration LIVE = Duration.ofSeconds(10);

    private LiveBoards() {
    }

    /** Counts, in every page the browser opens from now on, the times a live board redraws itself. */
    static void countRedraws(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__redraws = 0; document.addEventListener('lean-coffee:refreshed', () => window.__redraws++);"));
    }

    /**
     * A freshly opened board catches up once its event stream opens (fetching the board again), and keeps the board it
     * shows when nothing changed: a board redrawn for nothing would swallow a click on a button it replaced.
     */
    static void assertBoardKeptOnceCaughtUp(Browser browser) {
        awaitLive(browser, "the board to catch up", d -> (Boolean) browser.script(
                "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/board'))"));
        // the fetched board, if it differed, replaces the shown one right after its body arrived
        sleepQuietly(Duration.ofMillis(500));
        assertEquals(0L, browser.script("return window.__redraws"), "the board nothing changed was not redrawn");
    }

    static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks the page, so that {@link #assertSamePage} can tell it was not reloaded. */
    static void markPage(Browser browser) {
        browser.script("window.__marker = 1");
    }

    static void assertSamePage(Browser browser) {
        assertEquals(1L, browser.script("return window.__marker"), "the page was not reloaded");
    }

    /** Waits, at most {@link #LIVE}, until the open board shows a change made in the other browser. */
    static void awaitLive(Browser browser, String what, Function<WebDriver, Boolean> shown) {
        new WebDriverWait(browser.driver(), LIVE).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + " to be shown on " + browser.path() + " without reloading").until(shown::apply);
    }

    /** The texts of the elements the page has now; none is waited for. */
    static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The text of the first such element now, or "" when there is none. */
    static String text(Browser browser, String css) {
        return texts(browser, css).stream().findFirst().orElse("");
    }

    /**
     * A topic's dots as the viewer's board shows them now, or "" when it shows none: read in one script, since a live
     * update may redraw the board between finding the element and reading it.
     */
    static String votes(Browser browser, long topic) {
        Object dots = browser.script("var e = document.querySelector('#topic-" + topic + " .lc-votes');"
                + " return e ? e.getAttribute('data-votes') : '';");
        return dots == null ? "" : dots.toString();
    }
}
