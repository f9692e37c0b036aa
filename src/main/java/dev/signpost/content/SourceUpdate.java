package dev.signpost.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one refresh of one source changes in the content, by content path: files read (documents or their problems),
 * files gone, files next to the pages added or gone, documents whose origin moved without their text changing (a
 * commit that touched a file and was reverted, the history computed after the first load), and problems of the source
 * as a whole that belong to no file it could read (a symbolic link not followed, a path refused).
 *
 * @param source  the source's name
 * @param files   files read; each document already carries its origin
 * @param removed Markdown files that are gone
 * @param assets  files next to the pages that appeared or changed
 * @param assetsRemoved files next to the pages that are gone
 * @param origins new origins for documents that are otherwise unchanged
 * @param notes   problems of paths that are not documents (replacing this source's earlier notes when non-null)
 */
public record SourceUpdate(String source, List<LoadedFile> files, Set<String> removed, Map<String, Document.FileStamp> assets,
        Set<String> assetsRemoved, Map<String, Origin> origins, Map<String, List<ContentProblem>> notes) {

    public SourceUpdate {
        files = List.copyOf(files);
        removed = Set.copyOf(removed);
        assets = Map.copyOf(assets);
        assetsRemoved = Set.copyOf(assetsRemoved);
        origins = Map.copyOf(origins);
        notes = notes == null ? null : Map.copyOf(notes);
    }

    /** Only new origins for unchanged documents. */
    public static SourceUpdate origins(String source, Map<String, Origin> origins) {
        return new SourceUpdate(source, List.of(), Set.of(), Map.of(), Set.of(), origins, null);
    }

    public boolean isEmpty() {
        return files.isEmpty() && removed.isEmpty() && assets.isEmpty() && assetsRemoved.isEmpty() && origins.isEmpty()
                && notes == null;
    }
}
