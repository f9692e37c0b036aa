package dev.signpost.web;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Today" is today in the portal's zone ({@code signpost.time-zone}), the same for every feature: at 12:00 UTC on 28
 * November 2026 (the test clock) it is already 29 November on Kiritimati (UTC+14).
 */
@QuarkusTest
@TestProfile(PortalTimeZoneTest.Kiritimati.class)
class PortalTimeZoneTest {

    public static class Kiritimati implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("signpost.time-zone", "Pacific/Kiritimati");
        }
    }

    @Test
    void shouldCountTodayInThePortalsZone() {
        assertEquals("2026-11-28T12:00:00Z", TestClock.NOW.toString());
        WebSession sam = WebSession.signIn("sam");
        Response csv = sam.get("/actions/export.csv");
        assertEquals("attachment; filename=\"action-items-2026-11-29.csv\"", csv.header("Content-Disposition"));

        sam.get("/actions/new");
        Response refused = sam.post("/actions", Map.of("title", "Due yesterday in Kiritimati", "owner", "sam", "due", "2026-11-28"));
        assertEquals(400, refused.statusCode());
        String error = Jsoup.parse(refused.asString()).select(".field-error, .form-error").text();
        assertTrue(error.contains("The due date 2026-11-28 is in the past."), error);
    }
}
