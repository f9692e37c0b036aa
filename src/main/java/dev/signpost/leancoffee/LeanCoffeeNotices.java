package dev.signpost.leancoffee;

import dev.signpost.actions.ActionItem;
import dev.signpost.actions.SigDirectory;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.leancoffee.rules.TopicSummary;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.periodic.MessageText;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.NotificationsConfig;
import dev.signpost.notifications.Outbox;
import dev.signpost.web.time.TimeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a SIG's chat channel hears of its Lean Coffee sessions: that one is scheduled, and when one closes, what it
 * discussed (with the dots) and the action items it captured. Queued in the outbox in the transaction of the change; a
 * session without a SIG tells no channel.
 */
@ApplicationScoped
public class LeanCoffeeNotices {

    static final String SCHEDULED = Kind.LEAN_COFFEE_SCHEDULED.code();
    static final String CLOSED = Kind.LEAN_COFFEE_CLOSED.code();

    @Inject
    Outbox outbox;
    @Inject
    BoardQueries queries;
    @Inject
    SigDirectory sigs;
    @Inject
    NotificationsConfig config;

    /** A new session: when it is (in its own zone), who facilitates it, and where to bring topics. */
    public void scheduled(LeanCoffeeSession session) {
        if (session.sig == null || session.sig.isBlank()) {
            return;
        }
        String when = when(session);
        MessageText text = new MessageText(config.portalUrl());
        text.paragraph(session.createdBy + " scheduled a Lean Coffee session of " + sigs.title(session.sig) + " on " + when
                + ", facilitated by " + session.facilitator + ".")
                .paragraph("Bring your topics to its board: " + text.address(session.href()))
                .paragraph("Everyone votes with " + dots(session.votesPerPerson) + "; each topic gets " + session.timeboxMinutes
                        + " minutes to start with.");
        outbox.toChannel(new NewMessage(SCHEDULED, session.sig, "Lean Coffee: " + session.title + " on " + when, text.text(),
                session.href(), SCHEDULED + ":" + session.id));
    }

    /** A closed session: its topics as the summary lists them, with their dots, and the action items captured. */
    public void closed(LeanCoffeeSession session) {
        if (session.sig == null || session.sig.isBlank()) {
            return;
        }
        List<TopicSummary> topics = BoardQueries.board(session, queries.topics(session.id), queries.votes(session.id)).summaryOrder();
        Map<Long, List<ActionItem>> actions = queries.actionsOf(session.id);
        long discussed = topics.stream().filter(t -> t.state() != TopicState.TO_DISCUSS).count();
        MessageText text = new MessageText(config.portalUrl())
                .paragraph(sigs.title(session.sig) + ", " + when(session) + ", facilitated by " + session.facilitator + ": "
                        + discussed + " of " + topics.size() + (topics.size() == 1 ? " topic" : " topics") + " discussed.");
        if (!topics.isEmpty()) {
            text.paragraph("Topics, as voted:");
            topics.forEach(t -> text.item(t.title(), dots(t.votes()) + ", " + (t.state() == TopicState.TO_DISCUSS ? "not reached"
                    : t.state().label().toLowerCase(Locale.ROOT)), null));
        }
        List<ActionItem> captured = actions.values().stream().flatMap(List::stream).toList();
        text.paragraph(captured.isEmpty() ? "No action items were captured." : "Action items:");
        captured.forEach(i -> text.item(i.title, i.owner + (i.dueOn == null ? ", no due date" : ", due " + TimeText.day(i.dueOn)), i.href()));
        outbox.toChannel(new NewMessage(CLOSED, session.sig, "Lean Coffee summary: " + session.title, text.text(),
                session.action("summary"), CLOSED + ":" + session.id));
    }

    /** The start in the session's own zone: {@code Sun 6 Dec 2026, 15:00 CET}. */
    private static String when(LeanCoffeeSession session) {
        return new TimeText(session.zone(), session.startsAt).moment(session.startsAt);
    }

    private static String dots(int votes) {
        return votes == 0 ? "no dots" : votes == 1 ? "1 dot" : votes + " dots";
    }
}
