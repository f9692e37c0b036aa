package dev.signpost.roadmap;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.web.SharedHtml;
import dev.signpost.web.SharedPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code /roadmap}: the Now / Next / Later board, and one item with its history and dependencies. */
@Path("/roadmap")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RoadmapResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** The board: a column per horizon, finished items below, the filters and what they can be set to. */
    public record Board(RoadmapFilter filter, List<String> problems, List<Column> columns, List<RoadmapItem> shipped,
            List<RoadmapItem> dropped, int shown, int total, Collection<String> teams, Collection<String> sigs,
            Collection<String> tags, LocalDate recentSince, String main) {

        /** The page around a main part rendered earlier ({@link SharedHtml}). */
        static Board rendered(String main) {
            return new Board(null, List.of(), List.of(), List.of(), List.of(), 0, 0, List.of(), List.of(), List.of(), null, main);
        }

        public List<ItemStatus> statuses() {
            return List.of(ItemStatus.values());
        }
    }

    public record Column(Horizon horizon, List<RoadmapItem> items) {
    }

    /** One item's page. */
    public record ItemView(RoadmapItem item, boolean stale, String editUrl, List<RoadmapItem> blockedBy, List<RoadmapItem> blocks,
            List<Document> tools, Map<String, List<Document>> related, boolean recentlyChanged) {
    }

    @CheckedTemplate(basePath = "roadmap")
    static class Templates {
        static native TemplateInstance board(Board board);

        static native TemplateInstance board$main(Board board);

        static native TemplateInstance item(ItemView view);
    }

    @Inject
    RoadmapService service;
    @Inject
    ContentStore store;
    @Inject
    SharedHtml shared;
    @Inject
    SharedPages pages;

    @GET
    @Produces({MediaType.TEXT_HTML + ";charset=UTF-8", "text/csv;charset=UTF-8", "text/markdown;charset=UTF-8"})
    public Response board(@RestQuery String team, @RestQuery String sig, @RestQuery String status, @RestQuery String tag,
            @RestQuery String q, @RestQuery String format) {
        Roadmap roadmap = service.roadmap();
        RoadmapFilter filter = new RoadmapFilter(team, sig, status, tag, q);
        List<String> problems = new ArrayList<>();
        RoadmapFilter.Checked checked = filter.check(problems);
        Optional<RoadmapExport.Format> download = RoadmapExport.Format.of(format, problems);
        List<RoadmapItem> shown = roadmap.items().stream().filter(checked::matches).toList();
        if (download.isPresent() && problems.isEmpty()) {
            RoadmapExport.Format f = download.get();
            String body = f == RoadmapExport.Format.CSV ? RoadmapExport.boardCsv(shown)
                    : RoadmapExport.boardMarkdown(shown, service.today(), filter.summary());
            return RoadmapChangesResource.attachment(body, f, "roadmap-" + service.today());
        }
        if (problems.isEmpty() && !checked.any()) {
            // Unfiltered, the board is the same for everyone: kept per roadmap and day, and the whole page with its
            // layout for every reader alike
            String key = "roadmap:" + SharedPages.version(roadmap) + ":" + service.today();
            return Response.ok(pages.page(key, null, () -> Templates.board(Board.rendered(unfilteredBoard(roadmap, filter, shown))).render(),
                    Map.of())).type(HTML).build();
        }
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.board(board(roadmap, filter, problems, shown)).render())
                .type(HTML).build();
    }

    /** The unfiltered board, the same for everyone: kept per roadmap and day. */
    private String unfilteredBoard(Roadmap roadmap, RoadmapFilter filter, List<RoadmapItem> shown) {
        return shared.get("roadmap-board", roadmap, service.today(), () -> Templates.board$main(board(roadmap, filter, List.of(), shown)).render());
    }

    private Board board(Roadmap roadmap, RoadmapFilter filter, List<String> problems, List<RoadmapItem> shown) {
        List<Column> columns = new ArrayList<>();
        for (Horizon horizon : Horizon.values()) {
            columns.add(new Column(horizon, shown.stream()
                    .filter(i -> i.horizon() == horizon && (i.status() == null || !i.status().finished())).toList()));
        }
        LocalDate finishedSince = service.today().minusMonths(6);
        List<RoadmapItem> shipped = finished(shown, ItemStatus.SHIPPED, finishedSince);
        List<RoadmapItem> dropped = finished(shown, ItemStatus.DROPPED, finishedSince);
        return new Board(filter, problems, columns, shipped, dropped, shown.size(), roadmap.items().size(),
                values(roadmap, RoadmapItem::team), values(roadmap, RoadmapItem::sig), tags(roadmap), service.recentSince(), null);
    }

    @GET
    @Path("{slug}")
    public TemplateInstance item(@RestPath String slug) {
        Roadmap roadmap = service.roadmap();
        RoadmapItem item = roadmap.item(slug).orElseThrow(NotFoundException::new);
        ContentSnapshot snapshot = store.snapshot();
        List<Document> tools = item.tools().stream().map(t -> snapshot.byUrl().get(ContentTypes.TOOL.url(t)))
                .filter(Objects::nonNull).toList();
        String edit = item.doc().origin().editUrl();
        return Templates.item(new ItemView(item, item.doc().freshness().isStale(service.today()), edit, roadmap.blockedBy(item),
                roadmap.blocks(item), tools, related(item, snapshot), item.changedSince(service.recentSince())));
    }

    /** Practice pages that link to the item, that it links to, or that share a tag. */
    static Map<String, List<Document>> related(RoadmapItem item, ContentSnapshot snapshot) {
        List<Document> pages = snapshot.related(item.doc()).stream().filter(d -> d.type().equals(ContentTypes.PAGE))
                .limit(12).toList();
        return pages.isEmpty() ? Map.of() : Map.of("Practice pages", pages);
    }

    private static List<RoadmapItem> finished(List<RoadmapItem> shown, ItemStatus status, LocalDate since) {
        return shown.stream().filter(i -> i.status() == status)
                .filter(i -> i.lastUpdate().map(u -> !u.date().isBefore(since)).orElse(true)).toList();
    }

    static Collection<String> values(Roadmap roadmap, java.util.function.Function<RoadmapItem, String> field) {
        Set<String> values = new TreeSet<>();
        roadmap.items().forEach(i -> {
            String value = field.apply(i);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    static Collection<String> tags(Roadmap roadmap) {
        Set<String> tags = new TreeSet<>();
        roadmap.items().forEach(i -> tags.addAll(i.doc().tags()));
        return tags;
    }
}
