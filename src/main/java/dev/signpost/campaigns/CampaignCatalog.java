package dev.signpost.campaigns;

import dev.signpost.content.AssetFile;
import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;
import dev.signpost.content.SnapshotMemo;
import dev.signpost.content.source.ContentSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The campaigns and the inventory of the current content, built once per snapshot: campaign files
 * ({@code campaigns/*.md}), {@code repositories.yml} at the content root and every {@code catalog-info.yaml}. Their
 * problems appear on the content health page.
 */
@ApplicationScoped
public class CampaignCatalog implements ContentChecks {

    static final int MAX_INVENTORY_BYTES = 2 * 1024 * 1024;

    @Inject
    ContentStore store;
    @Inject
    ContentSources sources;

    private final SnapshotMemo<Campaigns> memo = new SnapshotMemo<>();
    private final Map<String, Campaign> lastGood = new ConcurrentHashMap<>();

    public Campaigns campaigns() {
        ContentSnapshot snapshot = store.snapshot();
        return memo.get(snapshot, null, () -> build(snapshot));
    }

    @Override
    public String name() {
        return "Campaigns";
    }

    @Override
    public List<ContentProblem> problems() {
        return campaigns().problems();
    }

    private Campaigns build(ContentSnapshot snapshot) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> tools = snapshot.byUrl().values().stream().filter(d -> d.type().equals(ContentTypes.TOOL.type()))
                .collect(Collectors.toUnmodifiableMap(d -> ContentTypes.slug(d.path()), Document::title, (a, b) -> a));
        CampaignParser.Known known = new CampaignParser.Known(tools, slugs(snapshot, ContentTypes.SIG),
                slugs(snapshot, ContentTypes.ROADMAP));
        Map<String, Campaign> bySlug = new TreeMap<>();
        for (Document doc : snapshot.byUrl().values()) {
            if (!doc.type().equals(ContentTypes.CAMPAIGN.type())) {
                continue;
            }
            String slug = ContentTypes.slug(doc.path());
            CampaignParser.Parsed parsed = CampaignParser.parse(slug, doc, known);
            problems.addAll(parsed.problems());
            Optional<Campaign> campaign = parsed.campaign().or(() -> Optional.ofNullable(lastGood.get(slug)));
            campaign.ifPresent(c -> bySlug.put(slug, c));
            parsed.campaign().ifPresent(c -> lastGood.put(slug, c));
        }
        lastGood.keySet().retainAll(bySlug.keySet());
        Inventory inventory = new Inventory();
        if (snapshot.assets().containsKey(Inventory.FILE)) {
            text(Inventory.FILE, problems).ifPresent(t -> inventory.addFile(Inventory.FILE, t));
        }
        for (String path : new TreeMap<>(snapshot.assets()).keySet()) {
            if (path.equals("catalog-info.yaml") || path.endsWith("/catalog-info.yaml")) {
                text(path, problems).ifPresent(t -> inventory.addCatalogInfo(path, t));
            }
        }
        Inventory.Read read = inventory.read();
        problems.addAll(read.problems());
        return new Campaigns(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySlug)), read.repositories(), List.copyOf(problems));
    }

    private Optional<String> text(String path, List<ContentProblem> problems) {
        Optional<AssetFile> file = sources.open(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (file.get().size() > MAX_INVENTORY_BYTES) {
            problems.add(ContentProblem.error(path, 0, "The file is larger than 2 MiB; its repositories are not counted."));
            return Optional.empty();
        }
        try (InputStream in = file.get().open()) {
            return Optional.of(new String(in.readNBytes(MAX_INVENTORY_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(ContentProblem.error(path, 0, "The file could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Set<String> slugs(ContentSnapshot snapshot, ContentTypes.Kind kind) {
        return snapshot.byUrl().values().stream().filter(d -> d.type().equals(kind.type())).map(d -> ContentTypes.slug(d.path()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
