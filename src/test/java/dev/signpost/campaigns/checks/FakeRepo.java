package dev.signpost.campaigns.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A repository's files held in memory, for tests. */
record FakeRepo(Map<String, String> files) implements RepoFiles {

    static FakeRepo of(String... pathsAndTexts) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return new FakeRepo(files);
    }

    @Override
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    @Override
    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
