package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's zone as the browser reports it: remembered in a cookie the server reads, and on the first page the
 * times already shown written again in it. A zone chosen on /time-zone wins over the browser's.
 */
@QuarkusTest
@BrowserTest
class TimeZoneBrowserTest {

    private static final String NEXT_MEETING = "li.sig-next time";
    private static final String FOOTER_ZONE = "footer .reader-zone [data-zone]";

    private static void browserIn(Browser browser, String zone) {
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    @Test
    void shouldShowTimesInTheBrowsersZoneFromTheFirstPageAndRememberIt(Browser browser) {
        browser.open("/sigs");
        browserIn(browser, "Asia/Tokyo");
        browser.driver().manage().deleteAllCookies();
        browser.open("/sigs");
        browser.await(d -> browser.find(FOOTER_ZONE).getText().equals("Asia/Tokyo"));
        String first = browser.find(NEXT_MEETING).getText();
        assertTrue(first.matches("\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\S+ \\(\\d{2}:\\d{2} CET\\)"), first);
        Cookie remembered = browser.driver().manage().getCookieNamed("signpost-tz");
        assertEquals("Asia/Tokyo", remembered.getValue());

        browser.open("/sigs");
        WebElement served = browser.find(NEXT_MEETING);
        assertEquals("Asia/Tokyo", browser.find(FOOTER_ZONE).getDomAttribute("data-zone"), "the server now knows the zone");
        assertTrue(served.getText().contains(" JST ("), served.getText());
    }

    @Test
    void shouldLeaveAZoneTheReaderChoseAlone(Browser browser) {
        browser.open("/time-zone");
        browserIn(browser, "Asia/Tokyo");
        browser.driver().manage().deleteAllCookies();
        browser.open("/time-zone?back=/sigs");
        browser.script("document.getElementById('tz-zone').value = 'America/New_York'");
        browser.submit(browser.find(".time-zone-form button[type=submit]"));
        browser.await(d -> browser.path().equals("/sigs"));
        assertEquals("America/New_York", browser.find(FOOTER_ZONE).getText());
        assertEquals("America/New_York", browser.driver().manage().getCookieNamed("signpost-tz").getValue().replace("\"", ""));
        assertTrue(browser.find(NEXT_MEETING).getText().contains(" EST ("), browser.find(NEXT_MEETING).getText());
    }

    @Test
    @WithoutJavaScript
    void shouldShowThePortalsZoneWithoutJavaScript(Browser browser) {
        browser.open("/sigs");
        assertEquals("UTC", browser.find(FOOTER_ZONE).getText());
        assertNull(browser.driver().manage().getCookieNamed("signpost-tz"));
    }
}
