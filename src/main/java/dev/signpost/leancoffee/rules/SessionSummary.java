package dev.signpost.leancoffee.rules;

import dev.signpost.web.MarkdownText;

import dev.signpost.actions.ActionStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A session written up as Markdown, for the SIG's notes: what was talked about, how long, and what came out of it.
 * Every value people typed goes through {@link MarkdownText}, so none of it can add a heading, a link, a table cell or
 * HTML. Bare web and e-mail addresses stay as typed, which the portal's renderer (like GitHub's) turns into links that
 * show their own address.
 */
public final class SessionSummary {

    /** The session as summarised; {@code attendees} and {@code topics} in the order they are to appear. */
    public record Session(String title, String sigTitle, LocalDate date, List<String> attendees, List<Topic> topics,
            List<Action> actions) {

        public Session {
            attendees = List.copyOf(attendees);
            topics = List.copyOf(topics);
            actions = List.copyOf(actions);
        }
    }

    /** A topic with its dots, the facilitator's notes (any number of lines) and its thumbs, round 1 first. */
    public record Topic(String title, int votes, TopicState state, String notes, List<ThumbsTally> rounds) {

        public Topic {
            rounds = List.copyOf(rounds);
        }
    }

    /** An action item captured in the session; {@code due} may be null. */
    public record Action(String title, String owner, LocalDate due, ActionStatus status) {
    }

    private SessionSummary() {
    }

    public static String markdown(Session session) {
        StringBuilder md = new StringBuilder();
        md.append("# Lean Coffee: ").append(MarkdownText.line(session.title())).append("\n\n");
        md.append("- SIG: ").append(MarkdownText.line(session.sigTitle())).append('\n');
        md.append("- Date: ").append(session.date() == null ? "not set" : session.date()).append('\n');
        md.append("- Attendees (").append(session.attendees().size()).append("): ")
                .append(session.attendees().isEmpty() ? "none recorded"
                        : session.attendees().stream().map(MarkdownText::line).collect(Collectors.joining(", ")))
                .append("\n\n");
        topics(session.topics(), md);
        actions(session.actions(), md);
        return md.toString();
    }

    private static void topics(List<Topic> topics, StringBuilder md) {
        md.append("## Topics\n\n");
        if (topics.isEmpty()) {
            md.append("No topics were proposed.\n\n");
            return;
        }
        md.append("| # | Topic | Dots | State |\n| ---: | --- | ---: | --- |\n");
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            md.append("| ").append(i + 1).append(" | ").append(MarkdownText.line(t.title())).append(" | ").append(t.votes())
                    .append(" | ").append(t.state().label()).append(" |\n");
        }
        md.append('\n');
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            String notes = MarkdownText.quote(t.notes());
            if (notes.isEmpty() && t.rounds().isEmpty()) {
                continue;
            }
            md.append("### ").append(i + 1).append(". ").append(MarkdownText.line(t.title())).append("\n\n");
            for (int r = 0; r < t.rounds().size(); r++) {
                ThumbsTally tally = t.rounds().get(r);
                md.append("- Round ").append(r + 1).append(": ").append(tally.up()).append(" up, ").append(tally.sideways())
                        .append(" sideways, ").append(tally.down()).append(" down; ")
                        .append(tally.verdict().label().toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            if (!t.rounds().isEmpty()) {
                md.append('\n');
            }
            if (!notes.isEmpty()) {
                md.append(notes).append("\n\n");
            }
        }
    }

    private static void actions(List<Action> actions, StringBuilder md) {
        md.append("## Action items\n\n");
        if (actions.isEmpty()) {
            md.append("No action items.\n");
            return;
        }
        md.append("| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n");
        for (Action a : actions) {
            md.append("| ").append(MarkdownText.line(a.title())).append(" | ").append(MarkdownText.line(a.owner()))
                    .append(" | ").append(a.due() == null ? "" : a.due()).append(" | ").append(a.status().label()).append(" |\n");
        }
    }
}
