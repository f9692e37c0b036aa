package dev.signpost.content.source;

import dev.signpost.content.AssetFile;
import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the local folder holds that is not served, said on /admin/content (no folder at all, symbolic links, folders
 * where another source is mounted), and the one way a file next to its pages is handed out: only a regular file whose
 * real path is inside the folder's real path.
 */
final class FolderNotes {

    private FolderNotes() {
    }

    static Map<String, List<ContentProblem>> of(ContentLoader loader, String mount, Set<String> links, Map<String, String> mountedInside) {
        Map<String, List<ContentProblem>> notes = new HashMap<>();
        if (!Files.isDirectory(loader.root())) {
            notes.put(mount, List.of(ContentProblem.error(mount, 0, "The content folder " + loader.root()
                    + " does not exist; set signpost.content.dir to the folder that holds your Markdown.")));
        }
        links.forEach(path -> notes.put(path, List.of(ContentProblem.warning(path, 0,
                "This is a symbolic link; Signpost never follows links, so it is not served. Put the file itself here."))));
        mountedInside.forEach((inside, source) -> {
            if (Files.isDirectory(loader.root().resolve(ContentPaths.unmounted(mount, inside)))) {
                notes.put(inside + "/", List.of(ContentProblem.warning(inside, 0, "The folder " + inside + "/ of the content folder is not"
                        + " served: source '" + source + "' is mounted there.")));
            }
        });
        return notes;
    }

    static Optional<AssetFile> open(ContentLoader loader, String path) {
        Path file = loader.file(path);
        if (file == null) {
            return Optional.empty();
        }
        try {
            Path realRoot = loader.root().toRealPath();
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real) || Files.isSymbolicLink(file)) {
                return Optional.empty();
            }
            return Optional.of(new AssetFile(real.getFileName().toString(), Files.size(real), () -> Files.newInputStream(real)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
