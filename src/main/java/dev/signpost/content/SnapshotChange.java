package dev.signpost.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working copy of a snapshot's file maps while a load or refresh applies results. Encodes the
 * "never worse than before" rule: a file that fails keeps its last good document, plus the problem; so does a page
 * whose front matter cannot be read (only a page with no last good version is served without its front matter).
 */
final class SnapshotChange {

    private final Map<String, Document> documents;
    private final Map<String, Document.FileStamp> assets;
    private final Map<String, List<ContentProblem>> problems;
    private final ContentSnapshot base;
    private final Set<String> changed = new HashSet<>();

    SnapshotChange(ContentSnapshot base) {
        this.base = base;
        this.documents = new HashMap<>(base.documents());
        this.assets = new HashMap<>(base.assets());
        this.problems = new HashMap<>(base.problems());
    }

    void apply(LoadedFile result) {
        if (result.changing()) {
            return;
        }
        changed.add(result.path());
        if (result.parsed() != null) {
            Document now = result.parsed().document();
            Document before = documents.get(result.path());
            if (now.unreadFrontMatter() != null && before != null && before.unreadFrontMatter() == null) {
                // Stale beats a page without its front matter: the last good version stays, the problem is listed.
                problems.put(result.path(), List.copyOf(result.parsed().warnings()));
                return;
            }
            documents.put(result.path(), now);
            if (result.parsed().warnings().isEmpty()) {
                problems.remove(result.path());
            } else {
                problems.put(result.path(), List.copyOf(result.parsed().warnings()));
            }
        } else {
            problems.put(result.path(), List.of(result.failure()));
        }
    }

    /** Applies everything one source's refresh changed; {@code notePaths} are the paths of that source's earlier notes. */
    void apply(SourceUpdate update, Set<String> notePaths) {
        update.files().forEach(this::apply);
        update.removed().forEach(this::remove);
        assets.putAll(update.assets());
        update.assetsRemoved().forEach(assets::remove);
        update.origins().forEach((path, origin) -> {
            Document doc = documents.get(path);
            if (doc != null && !origin.equals(doc.origin())) {
                documents.put(path, doc.withOrigin(origin));
                changed.add(path);
            }
        });
        if (update.notes() != null) {
            notePaths.stream().filter(path -> !documents.containsKey(path)).forEach(problems::remove);
            update.notes().forEach(problems::put);
        }
    }

    void remove(String path) {
        changed.add(path);
        documents.remove(path);
        problems.remove(path);
    }

    Map<String, Document.FileStamp> assets() {
        return assets;
    }

    Map<String, List<ContentProblem>> problems() {
        return problems;
    }

    ContentSnapshot build(Instant loadedAt) {
        return SnapshotUpdate.apply(base, documents, assets, problems, changed, loadedAt);
    }
}
