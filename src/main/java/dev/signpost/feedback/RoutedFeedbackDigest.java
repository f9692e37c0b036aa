package dev.signpost.feedback;

import dev.signpost.database.Database;
import dev.signpost.notifications.periodic.PerPersonMessages;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.periodic.MessageText;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.periodic.PeriodicMessages;
import dev.signpost.notifications.Slots;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily digest of new feedback: after each daily slot, each member of a team gets one message listing the feedback
 * routed to the team in the 24 hours before the slot (not what they sent themselves). Named after the team and the
 * slot's day, so each goes once however often it runs.
 */
@ApplicationScoped
public class RoutedFeedbackDigest implements PeriodicMessages {

    static final String KIND = Kind.FEEDBACK_ROUTED.code();

    @Inject
    Database database;
    @Inject
    PerPersonMessages digests;

    @Override
    public void queue(LocalDate day, Slots slots) {
        database.requireReady();
        Map<String, List<FeedbackItem>> byTeam = new LinkedHashMap<>();
        FeedbackItem.<FeedbackItem>list("owner is not null and createdAt >= ?1 and createdAt < ?2", Sort.ascending("owner", "createdAt", "id"),
                slots.start(day.minusDays(1)), slots.start(day)).forEach(i -> byTeam.computeIfAbsent(i.owner, t -> new ArrayList<>()).add(i));
        byTeam.forEach((team, items) -> {
            for (String member : digests.members(team)) {
                List<FeedbackItem> others = items.stream().filter(i -> !i.submitter.equals(member)).toList();
                if (!others.isEmpty()) {
                    digests.queue(digest(member, team, others, day, digests.text()));
                }
            }
        });
    }

    /** One member's digest of the feedback routed to {@code team}, oldest first. */
    static NewMessage digest(String member, String team, List<FeedbackItem> items, LocalDate day, MessageText text) {
        text.paragraph(items.size() == 1 ? "New feedback for " + team + " in the last day:" : items.size() + " new pieces of feedback for "
                + team + " in the last day:");
        items.forEach(i -> text.item(i.title, i.category.shortLabel() + (i.relatedPage == null ? "" : ", about " + i.relatedPage), "/feedback/" + i.id));
        String title = (items.size() == 1 ? "New feedback for " + team + ": " + items.get(0).title
                : items.size() + " new pieces of feedback for " + team);
        String link = items.size() == 1 ? "/feedback/" + items.get(0).id : "/";
        return new NewMessage(KIND, member, title, text.text(), link, KIND + ":" + team + ":" + day);
    }
}
