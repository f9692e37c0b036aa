package dev.signpost.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quarter timeline as SVG primitives: a row per item grouped by team, its title wrapped onto as many lines as it
 * needs, a bar from start to target (clipped with a pointed end where it runs past the view), a line for today, and an
 * arrow from each dependency's end to the start of the item that waits for it. Each arrow is kept with both of its items,
 * so that the page can show an item's arrows while it is hovered or focused. Pure: the same items, zoom and day always
 * give the same drawing.
 */
public record Timeline(String zoom, String width, String height, List<Column> columns, List<Row> rows, int arrowCount,
        String todayX, LocalDate from, LocalDate until) {

    public static final String QUARTER = "quarter";
    public static final String YEAR = "year";
    /** The {@code deps} parameter's value that shows every dependency arrow. */
    public static final String ALL_DEPENDENCIES = "all";

    static final double LABEL_WIDTH = 260;
    static final double ROW_HEIGHT = 26;
    static final double LINE_HEIGHT = 14;
    static final double BAR_HEIGHT = 18;
    static final double HEADER_HEIGHT = 30;

    public record Column(String x, String width, String label) {
    }

    /** One line of a wrapped title, at its baseline. */
    public record Line(String y, String text) {
    }

    /**
     * A team's heading ({@code item} null) or an item with its bar ({@code bar} null when it has no target).
     *
     * @param arrowsIn  arrows from what the item waits for
     * @param arrowsOut arrows to the items that wait for it
     */
    public record Row(String y, String height, String team, RoadmapItem item, List<Line> lines, TimelineBar bar, String status,
            String description, List<TimelineArrow> arrowsIn, List<TimelineArrow> arrowsOut) {
    }

    static Timeline of(List<RoadmapItem> items, String zoom, LocalDate today) {
        return of(items, items.stream().collect(Collectors.toMap(RoadmapItem::slug, Function.identity())), zoom, today);
    }

    /**
     * The timeline of {@code items}.
     *
     * @param known every item by slug, to name the dependencies of an item that the filters leave out
     */
    static Timeline of(List<RoadmapItem> items, Map<String, RoadmapItem> known, String zoom, LocalDate today) {
        boolean years = YEAR.equals(zoom);
        List<LocalDate> starts = years ? TimelineWindow.years(items, today) : TimelineWindow.quarters(items, today);
        LocalDate from = starts.get(0);
        LocalDate until = years ? from.plusYears(starts.size()) : from.plusMonths(3L * starts.size());
        double columnWidth = years ? 160 : 110;
        TimelineScale scale = new TimelineScale(from, until, LABEL_WIDTH, columnWidth * starts.size());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            String label = years ? String.valueOf(start.getYear()) : Quarter.of(start).toString();
            columns.add(new Column(fmt(LABEL_WIDTH + i * columnWidth), fmt(columnWidth), label));
        }
        Map<String, List<RoadmapItem>> byTeam = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing((RoadmapItem i) -> i.team() == null ? "~" : i.team()))
                .forEach(i -> byTeam.computeIfAbsent(i.team() == null ? "No team" : i.team(), t -> new ArrayList<>()).add(i));
        List<Placed> placed = new ArrayList<>();
        double y = HEADER_HEIGHT;
        for (Map.Entry<String, List<RoadmapItem>> team : byTeam.entrySet()) {
            List<String> teamLines = TimelineLabel.lines(team.getKey(), TimelineLabel.LINE_UNITS + 4);
            placed.add(new Placed(y, null, teamLines, null));
            y += height(teamLines.size());
            for (RoadmapItem item : team.getValue()) {
                List<String> lines = TimelineLabel.lines(item.title(), TimelineLabel.LINE_UNITS);
                TimelineScale.Bar bar = item.target() == null ? null : scale.bar(start(item), item.target().until());
                placed.add(new Placed(y, item, lines, bar));
                y += height(lines.size());
            }
        }
        List<TimelineArrow> arrows = arrows(placed);
        List<Row> rows = new ArrayList<>();
        for (Placed p : placed) {
            rows.add(p.row(arrows, known));
        }
        return new Timeline(years ? YEAR : QUARTER, fmt(scale.right() + 10), fmt(y + 10), columns, rows, arrows.size(),
                fmt(scale.x(today)), from, until.minusDays(1));
    }

    /** An item's first day on the timeline: its start, else the first day of its target's quarter. */
    static LocalDate start(RoadmapItem item) {
        return item.start() != null ? item.start().from() : item.target().quarter().firstDay();
    }

    private static double height(int lines) {
        return ROW_HEIGHT + LINE_HEIGHT * (lines - 1);
    }

    /** A row placed at its top, before its arrows are known. */
    private record Placed(double top, RoadmapItem item, List<String> lines, TimelineScale.Bar bar) {

        TimelineArrow.Box box() {
            return new TimelineArrow.Box(bar.x(), bar.end(), top + 4, top + 4 + BAR_HEIGHT, top);
        }

        Row row(List<TimelineArrow> arrows, Map<String, RoadmapItem> known) {
            List<Line> text = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                text.add(new Line(fmt(top + 17 + i * LINE_HEIGHT), lines.get(i)));
            }
            String height = fmt(height(lines.size()));
            if (item == null) {
                return new Row(fmt(top), height, String.join(" ", lines), null, text, null, null, null, List.of(), List.of());
            }
            TimelineBar drawn = bar == null ? null : TimelineBar.of(bar, top + 4, BAR_HEIGHT, item);
            return new Row(fmt(top), height, null, item, text, drawn, item.status() == null ? "unknown" : item.status().code(),
                    TimelineBar.describe(item, bar, known),
                    arrows.stream().filter(a -> a.to().equals(item.slug())).toList(),
                    arrows.stream().filter(a -> a.from().equals(item.slug())).toList());
        }
    }

    private static List<TimelineArrow> arrows(List<Placed> placed) {
        Map<String, Placed> bars = new HashMap<>();
        placed.stream().filter(p -> p.item() != null && p.bar() != null).forEach(p -> bars.put(p.item().slug(), p));
        List<TimelineArrow> arrows = new ArrayList<>();
        for (Placed waiting : bars.values().stream().sorted(Comparator.comparingDouble(Placed::top)).toList()) {
            for (String needed : waiting.item().dependsOn()) {
                Placed first = bars.get(needed);
                if (first == null) {
                    continue;
                }
                List<TimelineArrow.Box> others = bars.values().stream().filter(p -> p != first && p != waiting)
                        .map(Placed::box).toList();
                arrows.add(TimelineArrow.route(needed, waiting.item().slug(), first.box(), waiting.box(), others, LABEL_WIDTH));
            }
        }
        return arrows;
    }

    public boolean years() {
        return YEAR.equals(zoom);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
