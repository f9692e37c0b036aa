package dev.signpost.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The roadmap as the API shows it. Status, horizon and targets are the codes and labels written in the content. */
final class RoadmapJson {

    private RoadmapJson() {
    }

    /** An item; {@code blocks} are the items waiting for it. */
    public record Item(String slug, String title, String url, String description, String status, String horizon,
            boolean horizonDerived, String start, String target, String team, String owner, String sig, List<String> tags,
            List<String> dependsOn, List<String> blocks, List<String> tools, List<Update> updates) {

        static Item of(RoadmapItem i, Roadmap roadmap) {
            return new Item(i.slug(), i.title(), i.href(), i.doc().description(), i.status() == null ? null : i.status().code(),
                    i.horizon() == null ? null : i.horizon().code(), i.horizonDerived(), label(i.start()), label(i.target()),
                    i.team(), i.doc().owner(), i.sig(), i.doc().tags(), i.dependsOn(),
                    roadmap.blocks(i).stream().map(RoadmapItem::slug).toList(), i.tools(),
                    i.updates().stream().map(Update::of).toList());
        }
    }

    /** One entry of the status history; {@code target} only when the update set one. */
    public record Update(LocalDate date, String status, String target, String note) {

        static Update of(RoadmapItem.Update u) {
            return new Update(u.date(), u.status().code(), label(u.target()), u.note());
        }
    }

    public record Items(List<Item> items, int shown, int total) {
    }

    /** An item as a review or a baseline saw it. */
    public record State(String slug, String title, String team, String sig, String status, String target, String horizon) {

        static State of(ItemState s) {
            return new State(s.slug(), s.title(), s.team(), s.sig(), s.status() == null ? null : s.status().code(),
                    label(s.target()), s.horizon() == null ? null : s.horizon().code());
        }
    }

    public record Change(String change, String slug, String title, String team, String from, String to, String detail,
            LocalDate date, String url) {

        static Change of(RoadmapChange c) {
            return new Change(c.kind().code(), c.slug(), c.title(), c.team(), c.from(), c.to(), c.detail(), c.date(), c.href());
        }
    }

    /** The changes since a baseline: {@code since} is its day, {@code review} its review's id when it is one. */
    public record Changes(LocalDate since, Long review, String label, String note, int count, List<Change> changes) {

        static Changes of(Baseline b, List<RoadmapChange> changes) {
            return new Changes(b.since(), b.review() == null ? null : b.review().id, b.label(), b.note(), changes.size(),
                    changes.stream().map(Change::of).toList());
        }
    }

    /** A review with what it saw; {@code notes} is the Markdown as written. */
    public record Review(long id, LocalDate date, String reviewer, String notes, Instant recordedAt, String url, List<State> items) {

        static Review of(RoadmapReview r) {
            return new Review(r.id, r.reviewedOn, r.reviewer, r.notes, r.recordedAt, r.href(),
                    r.items.stream().map(s -> State.of(s.state())).toList());
        }
    }

    /** A review to record: {@code date} YYYY-MM-DD, not in the future; {@code notes} Markdown, optional. */
    public record NewReview(String date, String notes) {
    }

    private static String label(When when) {
        return when == null ? null : when.label();
    }
}
