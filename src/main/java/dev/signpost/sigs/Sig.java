package dev.signpost.sigs;

import dev.signpost.content.Document;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Special Interest Group as its charter file describes it. Links are only kept when they are http(s) or mailto.
 *
 * @param charterUrl an external charter, or null when the body is the charter
 * @param chat       the SIG's one channel, or null
 * @param groups     the participating teams, by the names content uses as {@code owner}
 */
public record Sig(String slug, Document doc, String mission, String charterUrl, List<Chair> chairs, List<String> groups, Chat chat,
        List<Meeting> meetings, String mailingList) {

    public record Chair(String name, String contact, String contactUrl) {
    }

    public record Chat(String name, String url) {
    }

    /**
     * A recurring or single meeting.
     *
     * @param schedule null when {@code when} could not be read (reported on the content health page)
     */
    public record Meeting(String what, String when, String tz, String url, MeetingSchedule schedule) {

        public String describe() {
            return schedule == null ? when : schedule.describe();
        }

        public Optional<ZonedDateTime> next(Instant now) {
            return schedule == null ? Optional.empty() : schedule.next(now);
        }
    }

    /** A meeting's next occurrence. */
    public record Upcoming(Meeting meeting, ZonedDateTime at) {
    }

    public Sig {
        chairs = List.copyOf(chairs);
        groups = List.copyOf(groups);
        meetings = List.copyOf(meetings);
    }

    public String title() {
        return doc.title();
    }

    public String href() {
        return doc.href();
    }

    /** Where the "I'm interested" toggle posts. */
    public String interestAction() {
        return doc.href() + "/interest";
    }

    /** The soonest meeting at or after {@code now}, if any is scheduled. */
    public Optional<Upcoming> nextMeeting(Instant now) {
        return meetings.stream().flatMap(m -> m.next(now).map(at -> new Upcoming(m, at)).stream())
                .min(Comparator.comparing(u -> u.at().toInstant()));
    }

    /** Whether a page's tags mark it as this SIG's: the slug itself or the slug with {@code -sig}. */
    public boolean tagged(List<String> tags) {
        return tags.contains(slug) || tags.contains(slug + "-sig");
    }
}
