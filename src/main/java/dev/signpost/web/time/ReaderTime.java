package dev.signpost.web.time;

import dev.signpost.security.SignInTarget;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Time in the reader's zone, for the {@code {#time}} tag ({@code inject:readerTime}). The zone is the one the reader's
 * browser reported or the reader chose ({@value #COOKIE} cookie), else the portal's ({@code signpost.time-zone}).
 * Application-scoped: it reads the request being answered, if any, and keeps the zone in it.
 */
@Named("readerTime")
@ApplicationScoped
public class ReaderTime {

    /** The reader's zone, as an IANA name. */
    public static final String COOKIE = "signpost-tz";
    /** Present when the reader chose the zone, so the browser's detection leaves it alone. */
    public static final String PINNED_COOKIE = "signpost-tz-pinned";
    private static final String ZONE_KEY = "signpost.reader-zone";
    private static final int LONGEST_ZONE_NAME = 64;

    @Inject
    Clock clock;
    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * One value as the tag shows it.
     *
     * @param value       an {@link Instant}, a {@link LocalDate}, an {@link OffsetDateTime}, or a {@link ZonedDateTime}
     *                    (a meeting: shown in its own zone too); {@code null} shows nothing
     * @param meetingZone the zone the moment's meeting is held in ({@link ZoneId} or its name), or {@code null}
     * @param relative    whether to say how long ago it was, with the full time as a title
     * @param dayOnly     whether to show only the day of a moment (in the reader's zone), with the full time as a title
     */
    public ShownTime show(Object value, Object meetingZone, boolean relative, boolean dayOnly) {
        TimeText text = new TimeText(zone(), clock.instant());
        if (value == null) {
            return ShownTime.NOTHING;
        }
        if (value instanceof LocalDate day) {
            return relative
                    ? new ShownTime(day.toString(), text.relative(day), TimeText.day(day), false, "")
                    : new ShownTime(day.toString(), TimeText.day(day), "", false, "");
        }
        if (value instanceof ZonedDateTime meeting) {
            return moment(text, meeting.toInstant(), meeting.getZone(), relative);
        }
        if (value instanceof OffsetDateTime at) {
            return moment(text, at.toInstant(), zoneOf(meetingZone), relative);
        }
        if (value instanceof Instant at) {
            return dayOnly ? new ShownTime(machine(at), TimeText.day(LocalDate.ofInstant(at, text.zone())), text.moment(at), false, "")
                    : moment(text, at, zoneOf(meetingZone), relative);
        }
        throw new IllegalArgumentException("{#time} shows instants and dates, not " + value.getClass().getName());
    }

    private static ShownTime moment(TimeText text, Instant at, ZoneId meetingZone, boolean relative) {
        String machine = machine(at);
        if (relative) {
            return new ShownTime(machine, text.relative(at), text.moment(at), false, "");
        }
        if (meetingZone == null) {
            return new ShownTime(machine, text.moment(at), "", true, "");
        }
        // the meeting's own offset keeps its local time readable to machines as well
        String local = at.atZone(meetingZone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
        return new ShownTime(local, text.meeting(at, meetingZone), "", true, meetingZone.getId());
    }

    private static String machine(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static ZoneId zoneOf(Object zone) {
        if (zone == null || zone instanceof ZoneId) {
            return (ZoneId) zone;
        }
        return zone.toString().isBlank() ? null : ZoneId.of(zone.toString());
    }

    /** The zone this request's reader sees times in; the portal's outside an HTTP request. */
    public ZoneId zone() {
        RoutingContext request = request();
        if (request == null) {
            return clock.getZone();
        }
        ZoneId known = request.get(ZONE_KEY);
        if (known == null) {
            known = parse(request.request().getCookie(COOKIE)).orElse(clock.getZone());
            request.put(ZONE_KEY, known);
        }
        return known;
    }

    /** The HTTP request being answered, or null (a page part rendered by a test, a job). */
    private RoutingContext request() {
        return Arc.container().requestContext().isActive() ? currentRequest.getCurrent() : null;
    }

    /** The zone's name, for the footer. */
    public String zoneName() {
        return zone().getId();
    }

    /** The link to the page where the reader picks a zone, coming back to this page. */
    public String changeHref() {
        RoutingContext request = request();
        if (request == null) {
            return TimeZoneResource.PATH;
        }
        String here = SignInTarget.safe(request.request().uri());
        return here.equals("/") || here.startsWith(TimeZoneResource.PATH) ? TimeZoneResource.PATH
                : TimeZoneResource.PATH + "?back=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** Whether the reader chose the zone (rather than the browser detecting it, or the portal's default). */
    public boolean chosen() {
        RoutingContext request = request();
        return request != null && request.request().getCookie(PINNED_COOKIE) != null && request.request().getCookie(COOKIE) != null;
    }

    static Optional<ZoneId> parse(Cookie cookie) {
        // a value with a slash may come back quoted, as JAX-RS writes it
        return cookie == null ? Optional.empty() : zoneNamed(cookie.getValue().replace("\"", ""));
    }

    /** A zone from a name a browser or a form sent: IANA region names and UTC only, never an error. */
    public static Optional<ZoneId> zoneNamed(String name) {
        if (name == null || name.isBlank() || name.length() > LONGEST_ZONE_NAME) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(name.strip());
            if (TimeZones.offered().contains(zone.getId())) {
                return Optional.of(zone);
            }
            // Etc/UTC, GMT and the like, as some systems report it
            return zone.normalized().equals(ZoneOffset.UTC) ? Optional.of(ZoneId.of("UTC")) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
