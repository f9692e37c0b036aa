package dev.signpost.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarter timeline as SVG primitives: a row per item grouped by team, a bar from start to target, a line for
 * today, and an arrow from each dependency's end to the start of the item that waits for it. Pure: the same items,
 * zoom and day always give the same drawing.
 */
public record Timeline(String zoom, String width, String height, List<Column> columns, List<Row> rows, List<Arrow> arrows,
        String todayX, LocalDate from, LocalDate until) {

    public static final String QUARTER = "quarter";
    public static final String YEAR = "year";

    static final double LABEL_WIDTH = 260;
    static final double ROW_HEIGHT = 26;
    static final double HEADER_HEIGHT = 30;
    static final int LABEL_CHARS = 38;
    /** How far back the quarter view reaches for unfinished items that are late. */
    static final int MAX_QUARTERS_BACK = 10;

    public record Column(String x, String width, String label) {
    }

    /** A team's heading ({@code item} null) or an item with its bar ({@code barWidth} null when it has no dates). */
    public record Row(String y, String textY, String team, RoadmapItem item, String barX, String barY, String barWidth,
            String status) {

        public String shortTitle() {
            return item == null ? team : label(item);
        }
    }

    /** An item's title cut to fit the label column; the full title is in the row's tooltip. */
    public static String label(RoadmapItem item) {
        String title = item.title();
        return title.length() <= LABEL_CHARS ? title : title.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    public record Arrow(String x1, String y1, String x2, String y2) {
    }

    static Timeline of(List<RoadmapItem> items, String zoom, LocalDate today) {
        boolean years = YEAR.equals(zoom);
        LocalDate from;
        LocalDate until;
        List<LocalDate> starts = new ArrayList<>();
        if (years) {
            int first = today.getYear() - 1;
            int last = today.getYear() + 1;
            for (RoadmapItem item : items) {
                if (item.start() != null) {
                    first = Math.min(first, item.start().from().getYear());
                }
                if (item.target() != null) {
                    last = Math.max(last, item.target().until().getYear());
                }
            }
            first = Math.max(first, today.getYear() - 5);
            last = Math.min(last, today.getYear() + 5);
            from = LocalDate.of(first, 1, 1);
            until = LocalDate.of(last + 1, 1, 1);
            for (int y = first; y <= last; y++) {
                starts.add(LocalDate.of(y, 1, 1));
            }
        } else {
            Quarter first = firstQuarter(items, today);
            Quarter end = Quarter.of(today).plus(6);
            for (Quarter q = first; q.firstDay().isBefore(end.firstDay()); q = q.plus(1)) {
                starts.add(q.firstDay());
            }
            from = first.firstDay();
            until = end.firstDay();
        }
        double columnWidth = years ? 160 : 110;
        double chartWidth = columnWidth * starts.size();
        double days = ChronoUnit.DAYS.between(from, until);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            String label = years ? String.valueOf(start.getYear()) : Quarter.of(start).toString();
            columns.add(new Column(fmt(LABEL_WIDTH + i * columnWidth), fmt(columnWidth), label));
        }
        Map<String, List<RoadmapItem>> byTeam = new LinkedHashMap<>();
        items.stream().sorted(java.util.Comparator.comparing((RoadmapItem i) -> i.team() == null ? "~" : i.team()))
                .forEach(i -> byTeam.computeIfAbsent(i.team() == null ? "No team" : i.team(), t -> new ArrayList<>()).add(i));
        List<Row> rows = new ArrayList<>();
        Map<String, double[]> bars = new HashMap<>();
        double y = HEADER_HEIGHT;
        for (Map.Entry<String, List<RoadmapItem>> team : byTeam.entrySet()) {
            rows.add(new Row(fmt(y), fmt(y + 18), team.getKey(), null, null, null, null, null));
            y += ROW_HEIGHT;
            for (RoadmapItem item : team.getValue()) {
                String barX = null;
                String barWidth = null;
                if (item.target() != null) {
                    LocalDate start = item.start() != null ? item.start().from() : item.target().quarter().firstDay();
                    LocalDate end = item.target().until().plusDays(1);
                    double x1 = LABEL_WIDTH + chartWidth * clamp(ChronoUnit.DAYS.between(from, start) / days);
                    double x2 = LABEL_WIDTH + chartWidth * clamp(ChronoUnit.DAYS.between(from, end) / days);
                    if (x2 > x1) {
                        barX = fmt(x1);
                        barWidth = fmt(Math.max(4, x2 - x1));
                        bars.put(item.slug(), new double[] {x1, x2, y + ROW_HEIGHT / 2});
                    }
                }
                rows.add(new Row(fmt(y), fmt(y + 17), null, item, barX, fmt(y + 4), barWidth,
                        item.status() == null ? "unknown" : item.status().code()));
                y += ROW_HEIGHT;
            }
        }
        List<Arrow> arrows = new ArrayList<>();
        for (RoadmapItem item : items) {
            double[] to = bars.get(item.slug());
            for (String needed : item.dependsOn()) {
                double[] fromBar = bars.get(needed);
                if (to != null && fromBar != null) {
                    arrows.add(new Arrow(fmt(fromBar[1]), fmt(fromBar[2]), fmt(to[0]), fmt(to[2])));
                }
            }
        }
        double todayX = LABEL_WIDTH + chartWidth * clamp(ChronoUnit.DAYS.between(from, today) / days);
        return new Timeline(years ? YEAR : QUARTER, fmt(LABEL_WIDTH + chartWidth + 10), fmt(y + 10), columns, rows, arrows,
                fmt(todayX), from, until.minusDays(1));
    }

    /**
     * The first quarter of the quarter view: two quarters before today's, or earlier when an unfinished item's target
     * lies before that (an item still in progress a year after its target is the one a reader must see, late), but
     * never more than {@value #MAX_QUARTERS_BACK} quarters before today's.
     */
    static Quarter firstQuarter(List<RoadmapItem> items, LocalDate today) {
        Quarter first = Quarter.of(today).plus(-2);
        Quarter limit = Quarter.of(today).plus(-MAX_QUARTERS_BACK);
        for (RoadmapItem item : items) {
            if (item.target() != null && (item.status() == null || !item.status().finished())) {
                Quarter target = item.target().quarter();
                if (target.compareTo(first) < 0) {
                    first = target.compareTo(limit) < 0 ? limit : target;
                }
            }
        }
        return first;
    }

    public boolean years() {
        return YEAR.equals(zoom);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
