package dev.signpost.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the line of a finding the content core does not place (a broken link, a review date) in the file's text, so an
 * annotation lands on it. Not a second parser: a first textual match, or 0 (the whole file) when there is none.
 */
final class SourceLines {

    private final Path folder;
    private final Map<String, List<String>> lines = new HashMap<>();

    SourceLines(Path folder) {
        this.folder = folder;
    }

    /**
     * The line of the {@code nth} (0-based) link to {@code href} in the file: lines with a Markdown link or image to it
     * first, then any line that mentions it; the last one found when there are fewer such lines than links.
     */
    int link(String path, String href, int nth) {
        List<Integer> found = all(path, text -> text.contains("](" + href) || text.contains("](<" + href) || text.contains("]: " + href));
        if (found.isEmpty()) {
            found = all(path, text -> text.contains(href));
        }
        return found.isEmpty() ? 0 : found.get(Math.min(nth, found.size() - 1));
    }

    /** The line of a front matter key ({@code reviewed:}), looked for at the start of a line. */
    int key(String path, String key) {
        Pattern pattern = Pattern.compile("^\\s*['\"]?" + Pattern.quote(key) + "['\"]?\\s*:");
        return first(path, text -> pattern.matcher(text).find());
    }

    private List<Integer> all(String path, java.util.function.Predicate<String> matches) {
        List<String> text = lines.computeIfAbsent(path, this::read);
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (matches.test(text.get(i))) {
                found.add(i + 1);
            }
        }
        return found;
    }

    private int first(String path, java.util.function.Predicate<String> matches) {
        List<String> text = lines.computeIfAbsent(path, this::read);
        for (int i = 0; i < text.size(); i++) {
            if (matches.test(text.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<String> read(String path) {
        try {
            // Decoded leniently: a file the core could not decode is reported by the core, not here.
            return new String(Files.readAllBytes(folder.resolve(path)), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
