package dev.signpost.docs;

import dev.signpost.content.Document;
import dev.signpost.content.Origin;
import dev.signpost.content.SourceStatus;
import dev.signpost.content.source.ContentSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/**
 * Where a page comes from, as every content page shows it (docs, tools, roadmap items, SIGs): "Last updated ... by ...",
 * a link to the file's history, and the banner of a source that could not be refreshed. Templates reach it as
 * {@code inject:pageOrigins} through the {@code lastUpdated} and {@code sourceBanner} tags.
 */
@Named("pageOrigins")
@ApplicationScoped
public class PageOrigins {

    /** The page's last change. */
    public record Updated(Instant at, String author, String historyUrl, String commit) {
    }

    /** A source that serves what it last read: its commit and its time (null when unknown), and since when it fails. */
    public record Banner(String source, String commit, Instant commitTime, Instant since) {
    }

    @Inject
    ContentSources sources;

    /** The page's last change, or null when nothing is known of it. */
    public Updated updated(Document doc) {
        Origin origin = doc.origin();
        if (origin.updated() == null) {
            return null;
        }
        return new Updated(origin.updated(), origin.author(), origin.historyUrl(), origin.shortCommit());
    }

    /** The banner for a page whose source could not be refreshed, or null while the source is fine. */
    public Banner banner(Document doc) {
        return sources.degraded(doc).map(this::banner).orElse(null);
    }

    Banner banner(SourceStatus status) {
        return new Banner(status.name(), status.shortCommit() == null ? "(none)" : status.shortCommit(), status.commitTime(),
                status.failingSince());
    }
}
