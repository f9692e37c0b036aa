package dev.signpost.roadmap;

import dev.signpost.web.Csv;
import dev.signpost.web.MarkdownText;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The board and the changes view as downloads for a meeting: CSV (safe for spreadsheets) and Markdown (every value
 * escaped, so that a title cannot break a table, start a link or inject HTML).
 */
final class RoadmapExport {

    /** The download formats, as {@code format=} in the URL. */
    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"), MARKDOWN("md", "text/markdown;charset=UTF-8");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The format named, empty for none; an unknown name is added to {@code problems}. */
        static Optional<Format> of(String name, List<String> problems) {
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            for (Format format : values()) {
                if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
            problems.add("\"format\" is csv or md (Markdown), not \"" + name.strip() + "\".");
            return Optional.empty();
        }
    }

    static final List<String> BOARD_HEADER = List.of("slug", "title", "horizon", "status", "team", "sig", "owner", "start", "target",
            "last_update", "last_note", "tags", "url");
    static final List<String> CHANGES_HEADER = List.of("change", "slug", "title", "team", "from", "to", "detail", "date", "url");

    private RoadmapExport() {
    }

    static String boardCsv(List<RoadmapItem> items) {
        return Csv.of(BOARD_HEADER, items.stream().<List<?>>map(i -> Arrays.asList(i.slug(), i.title(),
                i.horizon() == null ? "" : i.horizon().code(), i.status() == null ? "" : i.status().code(), i.team(), i.sig(),
                i.doc().owner(), label(i.start()), label(i.target()), i.lastUpdate().map(u -> u.date().toString()).orElse(""),
                i.lastUpdate().map(RoadmapItem.Update::note).orElse(""), String.join(" ", i.doc().tags()), i.href())).toList());
    }

    static String changesCsv(List<RoadmapChange> changes) {
        return Csv.of(CHANGES_HEADER, changes.stream().<List<?>>map(c -> Arrays.asList(c.kind().code(), c.slug(), c.title(), c.team(),
                c.from(), c.to(), c.detail(), c.date() == null ? "" : c.date().toString(), c.href())).toList());
    }

    static String boardMarkdown(List<RoadmapItem> items, LocalDate today, String filters) {
        StringBuilder md = new StringBuilder("# Roadmap, " + today + "\n\n");
        if (!filters.isEmpty()) {
            md.append("Filtered: ").append(cell(filters)).append("\n\n");
        }
        for (Horizon horizon : Horizon.values()) {
            section(md, horizon.label(), items.stream().filter(i -> i.horizon() == horizon && !finished(i)).toList());
        }
        section(md, "Shipped", items.stream().filter(i -> i.status() == ItemStatus.SHIPPED).toList());
        section(md, "Dropped", items.stream().filter(i -> i.status() == ItemStatus.DROPPED).toList());
        return md.toString();
    }

    static String changesMarkdown(List<RoadmapChange> changes, Baseline baseline, LocalDate today) {
        StringBuilder md = new StringBuilder("# Roadmap changes " + cell(baseline.label()) + "\n\nAs of " + today + ". ");
        md.append(changes.isEmpty() ? "Nothing changed.\n\n" : changes.size() + (changes.size() == 1 ? " change.\n\n" : " changes.\n\n"));
        for (RoadmapChange.Kind kind : RoadmapChange.Kind.values()) {
            List<RoadmapChange> ofKind = changes.stream().filter(c -> c.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            md.append("## ").append(kind.label()).append("\n\n| Item | Team | From | To | Detail | Date |\n|---|---|---|---|---|---|\n");
            for (RoadmapChange c : ofKind) {
                md.append(row(c.title(), c.team(), c.from(), c.to(), c.detail(), c.date() == null ? "" : c.date().toString()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Text that shows as itself in a Markdown table cell or heading: {@link MarkdownText#line}. */
    static String cell(String value) {
        return MarkdownText.line(value);
    }

    private static void section(StringBuilder md, String heading, List<RoadmapItem> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n| Item | Status | Team | Target | Last update |\n|---|---|---|---|---|\n");
        for (RoadmapItem i : items) {
            md.append(row(i.title(), i.status() == null ? "unknown" : i.status().label(), i.team(), label(i.target()),
                    i.lastUpdate().map(u -> u.date() + ": " + u.note()).orElse("")));
        }
        md.append('\n');
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String c : cells) {
            row.append(' ').append(cell(c)).append(" |");
        }
        return row.append('\n').toString();
    }

    private static boolean finished(RoadmapItem item) {
        return item.status() != null && item.status().finished();
    }

    private static String label(When when) {
        return when == null ? "" : when.label();
    }
}
