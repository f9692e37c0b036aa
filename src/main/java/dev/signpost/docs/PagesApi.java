package dev.signpost.docs;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.Document;
import dev.signpost.content.markdown.Heading;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** JSON for integrations (chat bots, other portals): the published pages and their metadata. */
@Path("/api/v1/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages", description = "Documentation pages rendered from the content folder")
public class PagesApi {

    /** Review state of a page. {@code due} is null when the page has no review date. */
    public record FreshnessJson(LocalDate reviewed, LocalDate due, boolean stale) {
    }

    /**
     * A page in the list. {@code source} is the content source it comes from, {@code commit} the newest commit that
     * changed its file, {@code lastUpdated} and {@code lastAuthor} when and by whom (null when not known, as for a file
     * outside git: then {@code lastUpdated} is its modification time).
     */
    public record PageSummary(String path, String url, String title, String description, String owner,
                              List<String> tags, FreshnessJson freshness, Instant lastLoaded, String source, String commit,
                              Instant lastUpdated, String lastAuthor) {
    }

    /** A page with its rendered, sanitised HTML and its headings. */
    public record PageDetail(String path, String url, String title, String description, String owner,
                             List<String> tags, FreshnessJson freshness, Instant lastLoaded, String source, String commit,
                             Instant lastUpdated, String lastAuthor, String html, List<Heading> headings) {
    }

    @Inject
    ContentStore store;
    @Inject
    Clock clock;

    @GET
    @Operation(summary = "List every published page", description = "Ordered as in the navigation.")
    public List<PageSummary> list() {
        ContentSnapshot snapshot = store.snapshot();
        LocalDate today = LocalDate.now(clock);
        return snapshot.reading().stream().map(doc -> new PageSummary(doc.path(), doc.url(), doc.title(), doc.description(),
                doc.owner(), doc.tags(), freshness(doc, today), snapshot.loadedAt(), doc.origin().source(), doc.origin().commit(),
                doc.origin().updated(), doc.origin().author())).toList();
    }

    @GET
    @Path("{path: .+}")
    @Operation(summary = "One page with its HTML and headings")
    public PageDetail get(@Parameter(description = "The page's address below /docs (e.g. practices/ci/secrets-in-ci) or its file path (e.g. practices/ci/secrets-in-ci.md, index.md)")
                          @PathParam("path") String path) {
        ContentSnapshot snapshot = store.snapshot();
        String relative = ContentPaths.safeRelative(path).orElseThrow(NotFoundException::new);
        Document doc = snapshot.page(ContentPaths.DOCS + "/" + relative)
                .or(() -> Optional.ofNullable(snapshot.documents().get(relative)).filter(d -> snapshot.byUrl().get(d.url()) == d))
                .orElseThrow(NotFoundException::new);
        return new PageDetail(doc.path(), doc.url(), doc.title(), doc.description(), doc.owner(), doc.tags(),
                freshness(doc, LocalDate.now(clock)), snapshot.loadedAt(), doc.origin().source(), doc.origin().commit(),
                doc.origin().updated(), doc.origin().author(), doc.html(), doc.headings());
    }

    private static FreshnessJson freshness(Document doc, LocalDate today) {
        return new FreshnessJson(doc.freshness().reviewed(), doc.freshness().due(), doc.freshness().isStale(today));
    }
}
