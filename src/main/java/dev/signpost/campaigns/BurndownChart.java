package dev.signpost.campaigns;

import dev.signpost.campaigns.history.Burndown;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The burn-down as an SVG drawn on the server: repositories not done yet per week, the target date as a line, the
 * projection at the recent pace as a dashed line. Accessible: {@code role="img"} with a title and a description that
 * say in words what the chart shows (the page also has the weekly numbers as a table). Only numbers and dates are
 * drawn; the one text from content (the campaign's title) is escaped.
 */
final class BurndownChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private BurndownChart() {
    }

    static String svg(CampaignProgress progress) {
        List<Burndown.Week> weeks = progress.burndown().weeks();
        if (weeks.isEmpty()) {
            return "";
        }
        LocalDate first = weeks.get(0).day();
        LocalDate last = weeks.get(weeks.size() - 1).day();
        LocalDate target = progress.campaign().target();
        Optional<LocalDate> projected = progress.projectedDone().filter(d -> d.isBefore(last.plusYears(2)));
        LocalDate end = last;
        if (target != null && target.isAfter(end) && target.isBefore(last.plusYears(2))) {
            end = target;
        }
        if (projected.isPresent() && projected.get().isAfter(end)) {
            end = projected.get();
        }
        int max = Math.max(1, weeks.stream().mapToInt(Burndown.Week::total).max().orElse(1));
        double span = Math.max(1, ChronoUnit.DAYS.between(first, end));
        Scale scale = new Scale(first, span, max);

        StringBuilder svg = new StringBuilder(4096);
        String title = escape(progress.campaign().title()) + ": repositories not done yet, week by week";
        svg.append("<svg class=\"burndown\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"bd-title bd-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"bd-title\">").append(title).append("</title><desc id=\"bd-desc\">").append(escape(describe(progress)))
                .append("</desc>");
        for (int tick : ticks(max)) {
            double y = scale.y(tick);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\"/><text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        svg.append("<text class=\"axis\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8).append("\">").append(first.format(LABEL))
                .append("</text><text class=\"axis\" x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"end\">").append(end.format(LABEL)).append("</text>");
        if (target != null && !target.isBefore(first) && !target.isAfter(end)) {
            double x = scale.x(target);
            svg.append("<line class=\"target\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/><text class=\"target-label\" x=\"").append(f(x - 4))
                    .append("\" y=\"").append(TOP + 10).append("\" text-anchor=\"end\">target ").append(target.format(LABEL)).append("</text>");
        }
        StringBuilder line = new StringBuilder();
        for (Burndown.Week week : weeks) {
            line.append(line.isEmpty() ? "" : " ").append(f(scale.x(week.day()))).append(',').append(f(scale.y(week.remaining())));
        }
        svg.append("<polyline class=\"remaining\" points=\"").append(line).append("\"/>");
        for (Burndown.Week week : weeks) {
            svg.append("<circle class=\"point\" r=\"3\" cx=\"").append(f(scale.x(week.day()))).append("\" cy=\"")
                    .append(f(scale.y(week.remaining()))).append("\"><title>").append(week.day().format(LABEL)).append(": ")
                    .append(week.remaining()).append(" of ").append(week.total()).append(" not done</title></circle>");
        }
        if (projected.isPresent()) {
            Burndown.Week now = weeks.get(weeks.size() - 1);
            svg.append("<line class=\"projection\" x1=\"").append(f(scale.x(now.day()))).append("\" y1=\"").append(f(scale.y(now.remaining())))
                    .append("\" x2=\"").append(f(scale.x(projected.get()))).append("\" y2=\"").append(f(scale.y(0))).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** The chart in words, for its description. */
    static String describe(CampaignProgress progress) {
        List<Burndown.Week> weeks = progress.burndown().weeks();
        Burndown.Week first = weeks.get(0);
        Burndown.Week now = weeks.get(weeks.size() - 1);
        StringBuilder text = new StringBuilder();
        text.append("On ").append(first.day().format(LABEL)).append(", ").append(first.remaining()).append(" of ").append(first.total())
                .append(" repositories were not done; now ").append(now.remaining()).append(" of ").append(now.total()).append(" are not done.");
        if (progress.campaign().target() != null) {
            text.append(" Target: ").append(progress.campaign().target().format(LABEL)).append('.');
        }
        progress.projectedDone().ifPresentOrElse(d -> text.append(" At the pace of recent weeks the last one is done around ")
                .append(d.format(LABEL)).append('.'), () -> text.append(" Recent weeks show no pace to project."));
        return text.toString();
    }

    private record Scale(LocalDate first, double span, int max) {
        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, day) / span;
        }

        double y(int count) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) count / max);
        }
    }

    private static int[] ticks(int max) {
        int step = Math.max(1, (int) Math.ceil(max / 4.0));
        return java.util.stream.IntStream.iterate(0, t -> t <= max, t -> t + step).toArray();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
