package dev.signpost.docs;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.content.source.ContentSources;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Documentation pages: the home page, {@code /docs/...}, tags and the stale-pages report. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DocsResource {

    @CheckedTemplate(basePath = "docs")
    static class Templates {
        static native TemplateInstance page(Document doc, PageFragments.Parts parts);

        static native TemplateInstance index(DocsIndex index);

        static native TemplateInstance tags(List<TagCount> tags);

        static native TemplateInstance tag(String tag, List<Document> docs);

        static native TemplateInstance stale(StaleReport report);
    }

    /** A tag and how many pages carry it. */
    public record TagCount(String tag, int count) {
        public String href() {
            return "/tags/" + ContentPaths.href(tag);
        }
    }

    @Inject
    ContentStore store;
    @Inject
    ContentSources sources;
    @Inject
    Clock clock;
    @Inject
    PageFragments fragments;
    @Inject
    PageOrigins origins;
    @Inject
    KeptPages kept;
    @Inject
    StartPage startPage;

    /** The welcome page; for a person signed in, with what waits for them above it (their {@link StartPage}). */
    @GET
    public Response home() {
        ContentSnapshot snapshot = store.snapshot();
        byte[] html = snapshot.page("/").map(doc -> render(snapshot, doc))
                .orElseGet(() -> index().render().getBytes(StandardCharsets.UTF_8));
        Response.ResponseBuilder response = Response.ok(html);
        return startPage.personal() ? response.cookie(startPage.visitCookie()).build() : response.build();
    }

    @GET
    @Path("docs")
    public TemplateInstance index() {
        return Templates.index(DocsIndex.of(store.snapshot(), LocalDate.now(clock)));
    }

    @GET
    @Path("docs/stale")
    public TemplateInstance stale() {
        return Templates.stale(StaleReport.of(store.snapshot(), LocalDate.now(clock)));
    }

    @GET
    @Path("docs/{path: .+}")
    public Response page(@PathParam("path") String path, @Context HttpServerRequest request) {
        if (request.path().endsWith("/")) {
            return redirect("/docs/" + path.replaceAll("/+$", ""));
        }
        String relative = ContentPaths.safeRelative(path).orElseThrow(NotFoundException::new);
        ContentSnapshot snapshot = store.snapshot();
        String url = ContentPaths.DOCS + "/" + relative;
        Optional<Document> doc = snapshot.page(url);
        if (doc.isPresent()) {
            return Response.ok(render(snapshot, doc.get())).build();
        }
        if (snapshot.assets().containsKey(relative)) {
            return sources.open(relative).map(ContentFiles::serve).orElseThrow(NotFoundException::new);
        }
        return snapshot.byUrl().keySet().stream().filter(url::equalsIgnoreCase).findFirst()
                .or(() -> movedBySlugOrId(snapshot, url))
                .map(this::redirect).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("tags")
    public TemplateInstance tags() {
        List<TagCount> tags = store.snapshot().tags().entrySet().stream()
                .map(e -> new TagCount(e.getKey(), e.getValue().size())).toList();
        return Templates.tags(tags);
    }

    @GET
    @Path("tags/{tag}")
    public TemplateInstance tag(@PathParam("tag") String tag) {
        List<Document> docs = store.snapshot().tagged(tag);
        if (docs.isEmpty()) {
            throw new NotFoundException();
        }
        return Templates.tag(tag, docs);
    }

    /**
     * The page as a string, rendered here on the worker thread: the most read page of the portal skips the response
     * filter that renders templates asynchronously (with context propagation around every step).
     */
    private byte[] render(ContentSnapshot snapshot, Document doc) {
        LocalDate today = LocalDate.now(clock);
        PageOrigins.Banner banner = origins.banner(doc);
        return kept.page(snapshot, doc, today, banner, () -> Templates.page(doc, parts(snapshot, doc, today, banner)).render());
    }

    /** The parts every reader sees alike, kept by {@link PageFragments}. */
    private PageFragments.Parts parts(ContentSnapshot snapshot, Document doc, LocalDate today, PageOrigins.Banner banner) {
        return fragments.of(snapshot, doc, today, banner, () -> new PageView(doc, snapshot.navigation(), snapshot.ancestors(doc),
                snapshot.previous(doc).orElse(null), snapshot.next(doc).orElse(null), doc.freshness().isStale(today),
                doc.origin().editUrl(), doc.hidesTableOfContents() ? List.of()
                : doc.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList()));
    }

    /**
     * The address of a page whose Docusaurus {@code slug} or {@code id} moved it away from the address of its file: links
     * written to the file ({@code CLI.md}) lead to the file's address, which redirects.
     */
    private static Optional<String> movedBySlugOrId(ContentSnapshot snapshot, String url) {
        return snapshot.byUrl().values().stream()
                .filter(d -> d.type().equals(ContentTypes.PAGE) && !d.url().equals(url)
                        && ContentPaths.pageUrl(d.path()).equals(url))
                .map(Document::url).findFirst();
    }

    private Response redirect(String url) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(ContentPaths.href(url))).build();
    }
}
