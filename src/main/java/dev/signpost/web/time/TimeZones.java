package dev.signpost.web.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The zones a reader may see times in: the IANA "Area/Place" names and UTC, not the legacy aliases. */
public final class TimeZones {

    private static final Pattern REGION = Pattern.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/\\-]+");
    private static final Set<String> OFFERED = offeredNames();

    /** A zone as a choice in a list: its name and its offset now, {@code Europe/Berlin (UTC+01:00)}. */
    public record Choice(String id, String label) {
    }

    private TimeZones() {
    }

    /** The names of the zones offered, sorted. */
    public static Set<String> offered() {
        return OFFERED;
    }

    /** The offered zones as choices, labelled with their offset at {@code now}. */
    public static List<Choice> choices(Instant now) {
        return OFFERED.stream().map(id -> new Choice(id, label(ZoneId.of(id), now))).toList();
    }

    static String label(ZoneId zone, Instant now) {
        String offset = zone.getRules().getOffset(now).getId();
        String shown = "Z".equals(offset) ? "UTC" : "UTC" + offset;
        return zone.getId().replace('_', ' ') + " (" + shown + ")";
    }

    /** The zone's name for people, {@code Central European Time}. */
    public static String longName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Set<String> offeredNames() {
        Set<String> names = new TreeSet<>();
        names.add("UTC");
        ZoneId.getAvailableZoneIds().stream().filter(id -> REGION.matcher(id).matches()).forEach(names::add);
        return java.util.Collections.unmodifiableSet(names);
    }
}
