package dev.signpost.web.time;

/**
 * What one {@code <time>} element shows.
 *
 * @param machine     its {@code datetime}: an ISO instant or date
 * @param text        what people read
 * @param title       the full moment behind a relative text, else empty
 * @param moment      whether it is a moment the browser may show again in the reader's detected zone
 * @param meetingZone the zone a meeting is held in, where one is shown beside the reader's, else empty
 */
public record ShownTime(String machine, String text, String title, boolean moment, String meetingZone) {

    static final ShownTime NOTHING = new ShownTime("", "", "", false, "");
}
