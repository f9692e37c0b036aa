package dev.signpost.docs;

import dev.signpost.content.Document;
import dev.signpost.content.Origin;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.source.ContentSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a page comes from, as every content page shows it (docs, tools, roadmap items, SIGs): "Last updated ... by ...",
 * a link to the file's history, and the banner of a source that could not be refreshed. Templates reach it as
 * {@code inject:pageOrigins} through the {@code lastUpdated} and {@code sourceBanner} tags.
 */
@Named("pageOrigins")
@ApplicationScoped
public class PageOrigins {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** The page's last change. */
    public record Updated(String date, String iso, String author, String historyUrl, String commit) {
    }

    /** A source that serves what it last read: its commit and its time, and since when it fails. */
    public record Banner(String source, String commit, String commitTime, String since) {
    }

    @Inject
    ContentSources sources;
    @Inject
    Clock clock;

    /** The page's last change, or null when nothing is known of it. */
    public Updated updated(Document doc) {
        Origin origin = doc.origin();
        if (origin.updated() == null) {
            return null;
        }
        return new Updated(DAY.format(origin.updated().atZone(clock.getZone())), origin.updated().toString(), origin.author(),
                origin.historyUrl(), origin.shortCommit());
    }

    /** The banner for a page whose source could not be refreshed, or null while the source is fine. */
    public Banner banner(Document doc) {
        return sources.degraded(doc).map(this::banner).orElse(null);
    }

    Banner banner(SourceStatus status) {
        return new Banner(status.name(), status.shortCommit() == null ? "(none)" : status.shortCommit(), moment(status.commitTime()),
                moment(status.failingSince()));
    }

    private String moment(Instant instant) {
        return instant == null ? "an unknown time" : MOMENT.format(instant.atZone(clock.getZone()));
    }
}
