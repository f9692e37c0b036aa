package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
        WebElement meeting = browser.find(NEXT_MEETING);
        String inTokyo = OffsetDateTime.parse(meeting.getDomAttribute("datetime")).atZoneSameInstant(ZoneId.of("Asia/Tokyo"))
                .format(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH));
        assertTrue(meeting.getText().startsWith(inTokyo + " "), "written again in Tokyo's time: " + meeting.getText());
        assertTrue(meeting.getText().endsWith(" CET)"), "with the meeting's own clock: " + meeting.getText());
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
