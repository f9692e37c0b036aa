package dev.signpost.actions;

import dev.signpost.notifications.periodic.PerPersonMessages;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.periodic.MessageText;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.periodic.PeriodicMessages;
import dev.signpost.notifications.Slots;
import dev.signpost.web.time.TimeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily reminder: after each daily slot, one message for each person who owns (themself, or through a team) open
 * items due the next day or overdue, listing them all ({@code 3 action items need you: 1 due tomorrow, 2 overdue}).
 * Named after the slot's day, so each person gets one a day however often it runs.
 */
@ApplicationScoped
public class ActionReminders implements PeriodicMessages {

    static final String KIND = Kind.ACTION_REMINDER.code();

    @Inject
    ActionQueries queries;
    @Inject
    PerPersonMessages digests;

    @Override
    public void queue(LocalDate day, Slots slots) {
        digests.perPerson(queries.dueTomorrowOrOverdue(day), item -> item.owner, (person, items, text) -> reminder(person, items, day, text));
    }

    /** The reminder for one person of their items (due the day after {@code day}, or before it), in due-date order. */
    static NewMessage reminder(String person, List<ActionItem> items, LocalDate day, MessageText text) {
        List<ActionItem> tomorrow = items.stream().filter(i -> day.plusDays(1).equals(i.dueOn)).toList();
        List<ActionItem> overdue = items.stream().filter(i -> i.daysOverdue(day) > 0).toList();
        if (!tomorrow.isEmpty()) {
            text.paragraph("Due tomorrow, " + TimeText.day(day.plusDays(1)) + ":");
            tomorrow.forEach(i -> text.item(i.title, ownedBy(i, person), i.href()));
        }
        if (!overdue.isEmpty()) {
            text.paragraph("Overdue:");
            overdue.forEach(i -> text.item(i.title, "due " + TimeText.day(i.dueOn) + ", " + days(i.daysOverdue(day)) + " overdue"
                    + (ownedBy(i, person).isEmpty() ? "" : ", " + ownedBy(i, person)), i.href()));
        }
        int count = tomorrow.size() + overdue.size();
        String title = count + (count == 1 ? " action item needs" : " action items need") + " you: "
                + (tomorrow.isEmpty() ? "" : tomorrow.size() + " due tomorrow") + (tomorrow.isEmpty() || overdue.isEmpty() ? "" : ", ")
                + (overdue.isEmpty() ? "" : overdue.size() + " overdue");
        return new NewMessage(KIND, person, title, text.text(), link(person, items), KIND + ":" + person + ":" + day);
    }

    /** The tracker with the items' owner when they share one (oneself as {@code @me}), else one's own items. */
    private static String link(String person, List<ActionItem> items) {
        List<String> owners = items.stream().map(i -> i.owner).distinct().toList();
        String owner = owners.size() == 1 && !owners.get(0).equals(person) ? owners.get(0) : ActionFilter.ME;
        return "/actions?owner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8);
    }

    private static String ownedBy(ActionItem item, String person) {
        return item.owner.equals(person) ? "" : "owned by " + item.owner;
    }

    private static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }
}
