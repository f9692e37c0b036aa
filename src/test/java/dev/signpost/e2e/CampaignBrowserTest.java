package dev.signpost.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The "Move off Jenkins" campaign in Chromium: the burn-down is drawn, a filter narrows the table, the CSV link follows. */
@QuarkusTest
@BrowserTest
class CampaignBrowserTest {

    @Test
    void shouldDrawTheBurndownAndFilterTheRepositories(Browser browser) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            browser.open("/campaigns/move-off-jenkins");
            return browser.has("svg.burndown");
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.script(
                "const r = document.querySelector('svg.burndown polyline.remaining').getBoundingClientRect();"
                        + "return {w: r.width, h: r.height, points: document.querySelectorAll('svg.burndown circle.point').length};");
        assertTrue(((Number) box.get("w")).doubleValue() > 200, "the line spans the chart: " + box);
        assertTrue(((Number) box.get("points")).intValue() > 10, "a point per week: " + box);
        assertEquals("img", browser.find("svg.burndown").getAttribute("role"));

        new Select(browser.find("#cf-team")).selectByValue("payments");
        new Select(browser.find("#cf-status")).selectByValue("todo");
        browser.submit(browser.find(".campaign-filters button[type=submit]"));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.path().contains("team=payments"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.repos-table tbody tr"));
        assertTrue(!rows.isEmpty(), "payments has repositories not done");
        rows.forEach(r -> assertEquals("todo", r.getAttribute("data-status")));
        assertTrue(browser.find("a.export").getAttribute("href").contains("team=payments&status=todo"));
    }
}
