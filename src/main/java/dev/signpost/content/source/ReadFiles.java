package dev.signpost.content.source;

import dev.signpost.content.ContentLoader;
import dev.signpost.content.Document;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stamp of every Markdown file last read, good or bad, and the questions the store asks of them: which files
 * differ from a fresh scan, and which known files lie below a path that changed. Not thread-safe; the store
 * guards it.
 */
final class ReadFiles {

    private final Map<String, Document.FileStamp> stamps = new HashMap<>();

    void record(String path, Document.FileStamp stamp) {
        stamps.put(path, stamp);
    }

    void forget(String path) {
        stamps.remove(path);
    }

    /** Files added, changed or gone since they were read (Markdown) or listed in the snapshot (other files). */
    Set<String> changedSince(ContentLoader.Scan scan, Map<String, Document.FileStamp> assets) {
        Set<String> changed = new TreeSet<>();
        differences(scan.markdown(), stamps, changed);
        differences(scan.assets(), assets, changed);
        return changed;
    }

    /** The known files below {@code folder} (a folder that may have been deleted). */
    Set<String> under(String folder, Map<String, Document.FileStamp> assets) {
        String prefix = folder + "/";
        Set<String> below = new TreeSet<>();
        stamps.keySet().stream().filter(p -> p.startsWith(prefix)).forEach(below::add);
        assets.keySet().stream().filter(p -> p.startsWith(prefix)).forEach(below::add);
        return below;
    }

    private static void differences(Map<String, Document.FileStamp> now, Map<String, Document.FileStamp> before, Set<String> into) {
        now.forEach((path, stamp) -> {
            if (!stamp.equals(before.get(path))) {
                into.add(path);
            }
        });
        before.keySet().stream().filter(path -> !now.containsKey(path)).forEach(into::add);
    }
}
