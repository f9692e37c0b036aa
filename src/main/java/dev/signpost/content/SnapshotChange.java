package dev.signpost.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy of a snapshot's file maps while a load or refresh applies results. Encodes the
 * "never worse than before" rule: a file that fails keeps its last good document, plus the problem.
 */
final class SnapshotChange {

    private final Map<String, Document> documents;
    private final Map<String, Document.FileStamp> assets;
    private final Map<String, List<ContentProblem>> problems;

    SnapshotChange(ContentSnapshot base) {
        this.documents = new HashMap<>(base.documents());
        this.assets = new HashMap<>(base.assets());
        this.problems = new HashMap<>(base.problems());
    }

    void apply(ContentLoader.Result result) {
        if (result.parsed() != null) {
            documents.put(result.path(), result.parsed().document());
            if (result.parsed().warnings().isEmpty()) {
                problems.remove(result.path());
            } else {
                problems.put(result.path(), List.copyOf(result.parsed().warnings()));
            }
        } else {
            problems.put(result.path(), List.of(result.failure()));
        }
    }

    void remove(String path) {
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
        return SnapshotBuilder.build(documents, assets, problems, loadedAt);
    }
}
