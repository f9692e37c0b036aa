package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A roadmap review in the browser: maya records one, an item's file changes afterwards, and the review lists the change
 * while keeping what it saw. Then the timeline as it prints.
 */
@QuarkusTest
@BrowserTest
@TestProfile(RoadmapContentProfile.class)
class RoadmapReviewBrowserTest {

    private static final String NOTE = "The runner quota for the alpha teams is not approved yet.";

    /** {@link RoadmapContentProfile#ALPHA} gone at risk, with the update that says why. */
    private static final String ALPHA_AT_RISK = """
            ---
            title: Alpha rollout
            status: at-risk
            start: 2026-Q4
            target: 2027-Q1
            team: ci-platform
            updates:
              - date: 2026-10-05
                status: planned
                note: Planned at the SIG.
              - date: 2026-11-27
                status: at-risk
                note: %s
            ---

            Roll the alpha out to the first three teams.
            """.formatted(NOTE);

    @Test
    void shouldListAChangeMadeAfterTheReviewWhileTheReviewKeepsWhatItSaw(Browser browser) throws IOException {
        browser.signIn("maya").open("/roadmap/reviews");
        WebElement date = browser.find("#rv-date");
        assertEquals("2026-11-28", date.getDomProperty("value"), "the date defaults to today (the test clock)");
        // The meeting was the day before: only updates dated on or after a review's day explain a change since it, and the
        // update below is dated 2026-11-27. A date field takes typed keys in the browser's locale, so set its ISO value.
        browser.script("arguments[0].value = arguments[1]", date, "2026-11-27");
        browser.type("#rv-notes", "Alpha stays **planned** until the quota is approved.\n\n- sam asks finance about the quota\n");
        browser.submit(browser.find("form.review-form button[type=submit]"));

        String review = browser.path();
        assertTrue(review.matches("/roadmap/reviews/\\d+"), review);
        String id = review.substring(review.lastIndexOf('/') + 1);
        assertEquals("The review is recorded, with the 3 items as they are now.", browser.find("p.banner-ok").getText());
        assertEquals("Roadmap review of Fri 27 Nov 2026", browser.find("main h1").getText());
        assertEquals("maya", browser.find(".reviewer").getText());
        assertEquals("planned", browser.find(".review-notes p strong").getText(), "the notes are rendered as Markdown");
        assertEquals("sam asks finance about the quota", browser.find(".review-notes li").getText());
        assertEquals("0", browser.find("#rv-since .count").getText());
        assertEquals("Nothing changed.", browser.find(".review-changes .changes-none").getText());
        assertFalse(browser.has(".review-changes tr[data-change]"));
        assertEquals("Planned", seenStatus(browser, "alpha-rollout"), "as the board's badge");

        assertEquals("Planned", itemStatus(browser, "/roadmap/alpha-rollout"), "before the edit");
        Files.writeString(RoadmapContentProfile.DIR.resolve("roadmap/alpha-rollout.md"), ALPHA_AT_RISK);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> itemStatus(browser, "/roadmap/alpha-rollout").equals("At risk"));
        assertTrue(browser.find("ol.status-history li").getText().contains(NOTE), "the newest update comes first");

        browser.open(review);
        assertFalse(browser.has("p.banner-ok"), "the banner is shown once, after recording");
        assertEquals("2", browser.find("#rv-since .count").getText(), "the status, and the horizon derived from it");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".review-changes tr[data-change]"));
        assertEquals(List.of("status", "horizon"), rows.stream().map(r -> r.getDomAttribute("data-change")).toList());
        assertTrue(rows.stream().allMatch(r -> "alpha-rollout".equals(r.getDomAttribute("data-slug"))), "only the edited item changed");
        assertStatusChange(browser);
        WebElement horizon = browser.find(".review-changes tr[data-change=horizon][data-slug=alpha-rollout]");
        assertEquals(List.of("Next", "Now"), List.of(horizon.findElement(By.cssSelector(".change-from")).getText(),
                horizon.findElement(By.cssSelector(".change-to")).getText()));
        assertEquals("3", browser.find("#rv-seen .count").getText());
        assertEquals("Planned", seenStatus(browser, "alpha-rollout"), "what the review saw stays frozen");
        assertEquals("In progress", seenStatus(browser, "bigger-runners"));

        browser.open("/roadmap/reviews");
        browser.submit(browser.find("tr[data-review='" + id + "'] a[href*='/roadmap/changes']"));
        assertEquals("/roadmap/changes?since=review:" + id, URLDecoder.decode(browser.path(), StandardCharsets.UTF_8));
        assertEquals("since the review of Fri 27 Nov 2026 (by maya)", browser.find("h1 .changes-since").getText());
        assertTrue(browser.find("main .result-count").getText().startsWith("2 changes since the review of Fri 27 Nov 2026"),
                browser.find("main .result-count").getText());
        assertStatusChange(browser);
    }

    @Test
    void shouldPrintTheTimelineWithoutTheNavigationAndWithinThePage(Browser browser) throws IOException {
        browser.open("/roadmap/timeline");
        WebElement svg = browser.find("svg.timeline-svg");
        List<WebElement> tabs = browser.driver().findElements(By.cssSelector("main nav.tabs"));
        assertEquals(2, tabs.size(), "the roadmap's views and the zoom");
        assertTrue(tabs.stream().allMatch(WebElement::isDisplayed), "on screen the tabs show");
        assertTrue(browser.shows(".site-header nav.main-nav"), "on screen the header shows");

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(Boolean.TRUE, browser.script("return matchMedia('print').matches"));
        for (String hidden : List.of(".site-header", ".site-header nav.main-nav", "form.site-search", ".site-footer", "main nav.tabs")) {
            List<WebElement> elements = browser.driver().findElements(By.cssSelector(hidden));
            assertFalse(elements.isEmpty(), hidden + " is on the page");
            assertTrue(elements.stream().noneMatch(WebElement::isDisplayed), hidden + " is not printed");
        }

        assertTrue(svg.isDisplayed());
        Map<String, Number> chart = box(browser, svg);
        Map<String, Number> main = box(browser, browser.find("main"));
        assertTrue(chart.get("width").doubleValue() > 300 && chart.get("height").doubleValue() > 50, "drawn at a readable size: " + chart);
        assertTrue(chart.get("left").doubleValue() >= main.get("left").doubleValue()
                && chart.get("right").doubleValue() <= main.get("right").doubleValue(), "within the page: " + chart + " in " + main);

        List<WebElement> bars = browser.driver().findElements(By.cssSelector("svg.timeline-svg .tl-bar"));
        assertEquals(3, bars.size(), "one bar per item");
        for (WebElement bar : bars) {
            Map<String, Number> box = box(browser, bar);
            assertTrue(bar.isDisplayed() && box.get("width").doubleValue() > 0, "a bar shows: " + box);
            assertTrue(box.get("left").doubleValue() >= chart.get("left").doubleValue()
                    && box.get("right").doubleValue() <= chart.get("right").doubleValue(), "a bar stays in the chart: " + box);
            assertFalse("none".equals(bar.getCssValue("fill")), "a bar is filled");
            assertEquals("exact", browser.script("return getComputedStyle(arguments[0]).printColorAdjust", bar),
                    "a bar keeps its colour on paper");
        }
        assertEquals(3, browser.driver().findElements(By.cssSelector("svg.timeline-svg .tl-label")).stream()
                .filter(WebElement::isDisplayed).count(), "every item is labelled");

        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(new PrintOptions()).getContent());
        Files.createDirectories(BrowserExtension.SCREENSHOTS);
        Files.write(BrowserExtension.SCREENSHOTS.resolve(getClass().getSimpleName() + "-timeline.pdf"), pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "a PDF");
        assertEquals(1, pages(text), "three items fit on one page");
    }

    private static void assertStatusChange(Browser browser) {
        WebElement status = browser.find("tr[data-change=status][data-slug=alpha-rollout]");
        assertEquals("Planned", status.findElement(By.cssSelector(".change-from")).getText());
        assertEquals("At risk", status.findElement(By.cssSelector(".change-to")).getText());
        assertEquals(NOTE, status.findElement(By.cssSelector(".change-detail")).getText());
        assertEquals("Fri 27 Nov 2026", status.findElement(By.cssSelector("td:last-child")).getText());
    }

    /** The status badge of an item's page as it is served now; empty while the page has none. */
    private static String itemStatus(Browser browser, String path) {
        browser.open(path);
        return browser.driver().findElements(By.cssSelector(".item-status .status-badge")).stream().findFirst()
                .map(WebElement::getText).orElse("");
    }

    private static String seenStatus(Browser browser, String slug) {
        return browser.find(".seen-table tr[data-slug=" + slug + "] .seen-status .status-badge").getText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Browser browser, WebElement element) {
        return (Map<String, Number>) browser.script(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width, height: r.height};",
                element);
    }

    /** The page count of Chromium's PDF, from its page tree. */
    private static int pages(String pdf) {
        Matcher tree = Pattern.compile("<<[^<>]*/Type\\s*/Pages\\b[^<>]*>>").matcher(pdf);
        assertTrue(tree.find(), "the PDF has a page tree");
        Matcher count = Pattern.compile("/Count\\s+(\\d+)").matcher(tree.group());
        assertTrue(count.find(), tree.group());
        return Integer.parseInt(count.group(1));
    }
}
