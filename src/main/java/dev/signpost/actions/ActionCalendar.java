package dev.signpost.actions;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Due dates of action items as an iCalendar (RFC 5545) feed that calendar apps subscribe to. ical4j builds the model
 * and escapes TEXT values; folding is done here, because ical4j's folding writer counts UTF-16 chars rather than
 * octets and may split a surrogate pair.
 */
public final class ActionCalendar {

    /** One due date to publish. */
    public record Entry(long id, String title, LocalDate due, String status, String owner, String sig, String url,
            Instant updated) {

        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(updated, "updated");
        }
    }

    private static final String PRODUCT_ID = "-//Signpost//Action items//EN";
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final int MAX_LINE_OCTETS = 75;

    private ActionCalendar() {
    }

    /** A VCALENDAR with one all-day VEVENT per entry. */
    static String feed(String calendarName, List<Entry> entries, String host, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", text(calendarName)));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (Entry entry : entries) {
            calendar.add(event(entry, text(host), now));
        }
        return fold(calendar.toString());
    }

    private static VEvent event(Entry entry, String host, Instant now) {
        String status = entry.status().strip().toLowerCase(Locale.ROOT);
        VEvent event = new VEvent(false); // false: no DTSTAMP from the system clock
        event.add(new Uid("action-" + entry.id() + "@" + host));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(entry.due()));
        event.add(new DtEnd<>(entry.due().plusDays(1)));
        event.add(new Summary(("done".equals(status) ? "Done: " : "Due: ") + text(entry.title())));
        event.add(new Description(description(entry)));
        absoluteUri(entry.url()).ifPresent(uri -> event.add(new Url(uri)));
        event.add(new LastModified(entry.updated()));
        event.add("dropped".equals(status) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.sig() != null) {
            event.add(new Categories(new TextList(List.of(text(entry.sig())))));
        }
        return event;
    }

    private static String description(Entry entry) {
        StringBuilder description = new StringBuilder("Status: ").append(text(entry.status()));
        if (entry.owner() != null) {
            description.append("\nOwner: ").append(text(entry.owner()));
        }
        if (entry.sig() != null) {
            description.append("\nSIG: ").append(text(entry.sig()));
        }
        return description.append('\n').append(text(entry.url())).toString();
    }

    /** An unparsable or relative URL is left out of URL (it stays in DESCRIPTION) rather than failing the feed. */
    private static Optional<URI> absoluteUri(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * TEXT can hold no control character but a line break (escaped as {@code \n}) and a tab: CR and CRLF become LF,
     * other controls and unpaired surrogates are dropped. ical4j escapes {@code \ ; ,} and LF but passes CR through.
     */
    private static String text(String value) {
        StringBuilder text = new StringBuilder(value.length());
        value.replace("\r\n", "\n").replace('\r', '\n').codePoints().filter(ActionCalendar::allowedInText)
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    private static boolean allowedInText(int c) {
        return c == '\n' || c == '\t' || !(Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
    }

    /** RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and a space, never inside a character. */
    private static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // UTF-8
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
