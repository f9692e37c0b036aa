package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A kept page split at its markers gives back, byte for byte, the page with each marker replaced. */
class SplitPageTest {

    private static final String TOKEN = "csrf-marker";
    private static final String PREFIX = "<!--sp-x-";
    private static final String HEADER = PREFIX + "header-->";
    private static final String BOX = PREFIX + "box-->";

    @Test
    void shouldPutEachMarkersTextInItsPlaceInUtf8() {
        String html = "<meta content=\"" + TOKEN + "\">" + HEADER + "<p>Search… ↩ é</p><input value=\"" + TOKEN + "\">" + BOX
                + "<!-- a comment --><p>end</p>";
        List<String> asked = new ArrayList<>();
        Map<String, String> fill = Map.of(TOKEN, "tok€n", HEADER, "<header>Ada</header>", BOX, "<section>box</section>");

        byte[] page = SplitPage.of(html, TOKEN, PREFIX).join(marker -> {
            asked.add(marker);
            return fill.get(marker);
        });

        String expected = html.replace(TOKEN, "tok€n").replace(HEADER, "<header>Ada</header>").replace(BOX, "<section>box</section>");
        assertEquals(expected, new String(page, StandardCharsets.UTF_8));
        assertEquals(List.of(TOKEN, HEADER, BOX), asked, "each marker is asked for once, in the page's order");
    }

    @Test
    void shouldLeaveAPageWithoutMarkersAsItIs() {
        String html = "<p>nothing to put in, not even <!--sp-x- unterminated</p>";
        assertEquals(html, new String(SplitPage.of(html, TOKEN, PREFIX).join(marker -> "never"), StandardCharsets.UTF_8));
    }

    @Test
    void shouldFindMarkersAtTheVeryStartAndEnd() {
        String html = TOKEN + "middle" + HEADER;
        assertEquals("Tmiddle<h>", new String(SplitPage.of(html, TOKEN, PREFIX).join(m -> m.equals(TOKEN) ? "T" : "<h>"),
                StandardCharsets.UTF_8));
    }
}
