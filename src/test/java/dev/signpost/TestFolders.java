package dev.signpost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders test profiles write their content into: emptied before each use, so no run sees the last one's files. */
public final class TestFolders {

    private TestFolders() {
    }

    /** Deletes {@code dir} with everything in it (if it exists) and creates it again, empty. */
    public static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
