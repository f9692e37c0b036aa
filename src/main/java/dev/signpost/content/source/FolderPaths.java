package dev.signpost.content.source;

import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.Document;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which content paths the local folder answers for (below its mount, not where another source is mounted inside it), and
 * what a changed path stands for: a file itself; a folder, the files in it now and those known to have been in it.
 */
record FolderPaths(ContentLoader loader, String mount, Set<String> mountedInside) {

    private static final Logger LOG = Logger.getLogger(FolderPaths.class);

    boolean owns(String path) {
        return ContentPaths.unmounted(mount, path) != null && mountedInside.stream().noneMatch(m -> ContentPaths.isUnder(path, m));
    }

    /** The folder's own files among a snapshot's files next to the pages. */
    Map<String, Document.FileStamp> assets(Map<String, Document.FileStamp> all) {
        Map<String, Document.FileStamp> own = new HashMap<>();
        all.forEach((path, stamp) -> {
            if (owns(path)) {
                own.put(path, stamp);
            }
        });
        return own;
    }

    Set<String> expand(Collection<String> paths, Map<String, Document.FileStamp> ownAssets, ReadFiles read) {
        Set<String> expanded = new TreeSet<>();
        for (String path : paths) {
            if (loader.isDirectory(path)) {
                try {
                    ContentLoader.Scan scan = loader.scan(path);
                    expanded.addAll(scan.markdown().keySet());
                    expanded.addAll(scan.assets().keySet());
                } catch (IOException e) {
                    LOG.warnf("Could not read the folder %s: %s", path, e.getMessage());
                }
                expanded.addAll(read.under(path, ownAssets));
            } else {
                expanded.add(path);
                if (!loader.exists(path)) {     // perhaps a folder that was deleted: everything known below it went
                    expanded.addAll(read.under(path, ownAssets));
                }
            }
        }
        return expanded;
    }
}
