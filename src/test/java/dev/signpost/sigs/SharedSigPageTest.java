package dev.signpost.sigs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.WebSession;
import dev.signpost.KeepingParts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A SIG's page is rendered once for every reader with the same roles, zone and theme and kept until a write or new
 * content ({@code web.SharedPages} under {@code web.KeptParts}); each reader gets their own header, interest box and
 * token put in. Parts are kept for a minute here, so only a write can be why a page changed.
 */
@QuarkusTest
@TestProfile(KeepingParts.class)
class SharedSigPageTest {

    private static final String SIG = "/sigs/developer-experience";

    @Test
    void shouldGiveEachReaderTheirOwnTokenAndInterestBoxInTheKeptPage() {
        WebSession first = WebSession.signIn("alice");
        WebSession second = WebSession.signIn("alice");
        Document one = first.page(SIG, 200);
        Document two = second.page(SIG, 200);

        String secondToken = second.cookie(WebSession.CSRF_FIELD);
        assertNotEquals(first.cookie(WebSession.CSRF_FIELD), secondToken);
        assertEquals(secondToken, two.selectFirst("meta[name=csrf-token]").attr("content"));
        assertEquals(secondToken, two.selectFirst("form.interest-form input[name=csrf-token]").attr("value"));
        assertEquals(secondToken, two.selectFirst(".account form.signout input[name=csrf-token]").attr("value"));
        assertFalse(two.html().contains("<!--sp-"), "no marker is left in the page");
        assertNotNull(two.selectFirst("aside.sig-aside > section.sig-interest:first-child"), "the interest box in its place");
        assertNotNull(two.selectFirst("#page-feedback"), "the rating box in its place");
        assertEquals(one.selectFirst("main h1").text(), two.selectFirst("main h1").text());
    }

    @Test
    void shouldShowAToggleOnTheNextPageOfTheOneWhoToggledAndOfMembers() {
        WebSession alice = WebSession.signIn("alice");
        WebSession sam = WebSession.signIn("sam");
        int before = count(alice.page(SIG, 200));
        boolean wasInterested = sam.page(SIG, 200).select(".interested-people li").eachText().contains("alice");
        // sam's page, now kept, is made again after alice's write

        assertEquals(303, alice.post(SIG + "/interest", Map.of()).statusCode());

        Document hers = alice.page(SIG, 200);
        assertEquals(String.valueOf(!wasInterested), hers.selectFirst("form.interest-form button").attr("aria-pressed"));
        assertEquals(before + (wasInterested ? -1 : 1), count(alice.page(SIG, 200)), "her page, kept again, counts her");
        assertNull(hers.selectFirst(".interested-people"), "the list is for sig-members");
        Document his = sam.page(SIG, 200);
        assertEquals(!wasInterested, his.select(".interested-people li").eachText().contains("alice"));
        assertEquals("false", his.selectFirst("form.interest-form button").attr("aria-pressed"), "alice's toggle is not sam's");
        assertTrue(his.selectFirst(".account").text().contains("sam"), his.selectFirst(".account").text());
    }

    private static int count(Document page) {
        return Integer.parseInt(page.selectFirst(".interest-count").text().replaceAll("\\D.*", ""));
    }
}
