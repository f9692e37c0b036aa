package dev.signpost.tools;

import dev.signpost.content.ContentSnapshot;
import dev.signpost.web.PageSection;
import dev.signpost.web.PageSections;
import dev.signpost.web.SharedHtml;
import dev.signpost.web.SharedPages;
import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code /tools}: the catalog as a radar or a list, one tool with its timeline, and what moved since a date. */
@Path("/tools")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ToolsResource {

    /** The catalog page: the filters, the tools they keep, grouped for the list, and the radar. */
    public record CatalogView(ToolFilter filter, List<String> problems, List<Tool> shown, List<RingGroup> groups,
            RadarView radar, Catalog catalog, Collection<String> tags, Collection<String> owners, int notOnRadar,
            LocalDate recentSince, int recentDays, String main) {

        /** The page around a main part rendered earlier ({@link SharedHtml}). */
        static CatalogView rendered(String main) {
            return new CatalogView(null, List.of(), List.of(), List.of(), null, null, List.of(), List.of(), 0, null, 0, main);
        }

        public int number(Tool tool) {
            return catalog.number(tool);
        }

        public List<Ring> rings() {
            return List.of(Ring.values());
        }
    }

    /** The tools of one ring (null: no valid ring), by category. */
    public record RingGroup(Ring ring, List<CategoryGroup> categories, int count) {
    }

    public record CategoryGroup(String category, List<Tool> tools) {
    }

    /** One tool's page. */
    public record ToolView(Tool tool, int number, boolean stale, String editUrl, List<Tool> replaces, List<Tool> replacedBy,
            List<Tool> alternatives, Map<String, List<Document>> related, Movement movement, int recentDays, List<String> sections) {
    }

    @CheckedTemplate(basePath = "tools")
    static class Templates {
        static native TemplateInstance catalog(CatalogView view);

        static native TemplateInstance catalog$main(CatalogView view);

        static native TemplateInstance tool(ToolView view);

        static native TemplateInstance changes(List<ToolChange> changes, String since, LocalDate sinceDate, String problem);
    }

    @Inject
    ToolCatalog tools;
    @Inject
    ContentStore store;

    @Inject
    PageSections sections;
    @Inject
    SharedHtml shared;
    @Inject
    SharedPages pages;

    @GET
    public Response catalog(@RestQuery String view, @RestQuery String ring, @RestQuery String category, @RestQuery String tag,
            @RestQuery String owner, @RestQuery String since, @RestQuery String q) {
        Catalog catalog = tools.catalog();
        ToolFilter filter = new ToolFilter(view, ring, category, tag, owner, since, q);
        List<String> problems = new ArrayList<>();
        ToolFilter.Checked checked = filter.check(catalog.categories(), problems);
        LocalDate recentSince = tools.recentSince();
        if (problems.isEmpty() && !checked.any()) {
            // Unfiltered, the page is the same for everyone: kept per catalog, day and view (radar or list), and the
            // whole page with its layout for every reader alike
            String name = filter.list() ? "tools-list" : "tools-radar";
            String key = name + ":" + SharedPages.version(catalog) + ":" + recentSince;
            return Response.ok(pages.page(key, null, () -> Templates.catalog(CatalogView.rendered(shared.get(name, catalog, recentSince,
                    () -> Templates.catalog$main(view(catalog, filter, problems, checked, recentSince)).render()))).render(), Map.of()))
                    .build();
        }
        CatalogView page = view(catalog, filter, problems, checked, recentSince);
        return Response.status(problems.isEmpty() ? 200 : 400).entity(Templates.catalog(page).render()).build();
    }

    private CatalogView view(Catalog catalog, ToolFilter filter, List<String> problems, ToolFilter.Checked checked, LocalDate recentSince) {
        List<Tool> shown = catalog.tools().stream().filter(checked::matches).toList();
        Set<String> shownSlugs = new LinkedHashSet<>();
        shown.forEach(t -> shownSlugs.add(t.slug()));
        return new CatalogView(filter, problems, shown, groups(shown, catalog.categories()),
                filter.list() ? null : tools.radar(catalog, recentSince).withShown(shownSlugs), catalog, tags(catalog), owners(catalog),
                (int) catalog.tools().stream().filter(t -> !Catalog.onRadar(t)).count(), recentSince, tools.recentDays(), null);
    }

    @GET
    @Path("changes")
    public Response changes(@RestQuery String since) {
        LocalDate from = tools.recentSince();
        String problem = null;
        if (since != null && !since.isBlank()) {
            try {
                from = LocalDate.parse(since.strip());
            } catch (DateTimeParseException e) {
                problem = "\"" + since + "\" is not a date; write it as 2026-09-01. Showing the last " + tools.recentDays() + " days.";
            }
        }
        List<ToolChange> changes = ToolChange.since(tools.catalog().tools(), from);
        return Response.status(problem == null ? 200 : 400)
                .entity(Templates.changes(changes, since == null ? from.toString() : since, from, problem)).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance tool(@RestPath String slug) {
        Catalog catalog = tools.catalog();
        Tool tool = catalog.tool(slug).orElseThrow(NotFoundException::new);
        String edit = tool.doc().origin().editUrl();
        return Templates.tool(new ToolView(tool, catalog.number(tool), tool.doc().freshness().isStale(tools.today()), edit,
                catalog.tools(tool.replaces()), catalog.replacedBy(tool), alternatives(catalog, tool),
                related(tool, store.snapshot()), tool.movedSince(tools.recentSince()), tools.recentDays(),
                sections.render(PageSection.TOOL, new PageSection.Subject(tool.slug(), tool.title(), Set.of()))));
    }

    /** Documents of other kinds that link to the tool, that it links to, or that share a tag, by kind. */
    static Map<String, List<Document>> related(Tool tool, ContentSnapshot snapshot) {
        Map<String, List<Document>> byKind = new LinkedHashMap<>();
        for (Document doc : snapshot.related(tool.doc())) {
            if (doc.type().equals(ContentTypes.TOOL.type())) {
                continue;
            }
            String kind = ContentTypes.plural(doc.type());
            List<Document> docs = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            if (docs.size() < 12) {
                docs.add(doc);
            }
        }
        return byKind;
    }

    /** The tool's alternatives that are not already named as replacing it or replaced by it. */
    static List<Tool> alternatives(Catalog catalog, Tool tool) {
        Set<String> named = new LinkedHashSet<>(tool.replaces());
        catalog.replacedBy(tool).forEach(t -> named.add(t.slug()));
        return catalog.tools(tool.alternatives()).stream().filter(t -> !named.contains(t.slug())).toList();
    }

    static List<RingGroup> groups(List<Tool> shown, List<String> categories) {
        List<RingGroup> groups = new ArrayList<>();
        List<Ring> rings = new ArrayList<>(List.of(Ring.values()));
        rings.add(null);
        for (Ring ring : rings) {
            List<Tool> inRing = shown.stream().filter(t -> t.ring() == ring).toList();
            if (inRing.isEmpty()) {
                continue;
            }
            Map<String, List<Tool>> byCategory = new LinkedHashMap<>();
            categories.forEach(c -> byCategory.put(c, new ArrayList<>()));
            byCategory.put(null, new ArrayList<>());
            inRing.forEach(t -> byCategory.get(t.category()).add(t));
            List<CategoryGroup> categoryGroups = new ArrayList<>();
            byCategory.forEach((category, list) -> {
                if (!list.isEmpty()) {
                    categoryGroups.add(new CategoryGroup(category, list));
                }
            });
            groups.add(new RingGroup(ring, categoryGroups, inRing.size()));
        }
        return groups;
    }

    private static Collection<String> tags(Catalog catalog) {
        Set<String> tags = new TreeSet<>();
        catalog.tools().forEach(t -> tags.addAll(t.doc().tags()));
        return tags;
    }

    private static Collection<String> owners(Catalog catalog) {
        Set<String> owners = new TreeSet<>();
        catalog.tools().forEach(t -> {
            if (!t.doc().owner().isBlank()) {
                owners.add(t.doc().owner());
            }
        });
        return owners;
    }
}
