package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.notifications.periodic.PerPersonMessages;
import dev.signpost.notifications.Kind;
import dev.signpost.notifications.periodic.MessageText;
import dev.signpost.notifications.NewMessage;
import dev.signpost.notifications.periodic.PeriodicMessages;
import dev.signpost.notifications.Slots;
import dev.signpost.web.time.TimeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The weekly digest of pages due for review: after each weekly slot, everyone whose teams own pages (documentation,
 * tools, roadmap items, SIG charters) that are due for review on the slot's day, as {@code /docs/stale} lists them, gets
 * one message listing them, the longest due first, with the ones that fell due in the past week marked. Named after
 * the person and the week's slot, so each goes once a week however often it runs.
 */
@ApplicationScoped
public class ReviewDueDigest implements PeriodicMessages {

    static final String KIND = Kind.REVIEW_DUE.code();

    @Inject
    ContentStore store;
    @Inject
    PerPersonMessages digests;

    @Override
    public Every every() {
        return Every.WEEK;
    }

    @Override
    public void queue(LocalDate day, Slots slots) {
        List<Document> due = store.snapshot().byUrl().values().stream()
                .filter(d -> d.owner() != null && !d.owner().isBlank() && d.freshness().isStale(day))
                .sorted(Comparator.comparing((Document d) -> d.freshness().due()).thenComparing(Document::url)).toList();
        digests.perPerson(due, Document::owner, (person, pages, text) -> digest(person, pages, day, text));
    }

    /** One person's digest of the due pages their teams own, as sorted. */
    static NewMessage digest(String person, List<Document> pages, LocalDate day, MessageText text) {
        long fresh = pages.stream().filter(d -> fellDueThisWeek(d, day)).count();
        text.paragraph("Due for review on " + TimeText.day(day) + ", the longest due first:");
        pages.forEach(d -> text.item(d.title(), d.owner() + ", due " + TimeText.day(d.freshness().due())
                + (fellDueThisWeek(d, day) ? ", new this week" : ""), d.href()));
        text.paragraph("A page leaves this list when someone has checked it and moved on its \"reviewed\" (or \"expires\") date.");
        String title = pages.size() + (pages.size() == 1 ? " page your teams own is" : " pages your teams own are") + " due for review"
                + (fresh == 0 ? "" : " (" + fresh + " new this week)");
        return new NewMessage(KIND, person, title, text.text(), "/docs/stale", KIND + ":" + person + ":" + day);
    }

    /** Whether the page fell due since the week's slot before this one. */
    private static boolean fellDueThisWeek(Document page, LocalDate day) {
        return page.freshness().due().isAfter(day.minusWeeks(1));
    }
}
