package dev.signpost.content.markdown;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs' snippets (pymdownx.snippets) before rendering: a line {@code --8<-- "file.md"} is replaced by the file, and
 * the block form ({@code --8<--} lines around a list of files) by each file in turn, indented like the marker; a name
 * may end in {@code :start:end} (lines) or {@code :section} ({@code --8<-- [start:section]} markers). Files come only
 * from the page's own source: relative to the page's folder, else to the source's root. A name that climbs out of the
 * source, an absolute one, a URL or a missing file is a problem for the page (the marker renders as nothing); nesting
 * and total size are bounded. {@code ;--8<--} escapes a marker. Runs on fenced code too, as MkDocs does.
 */
public final class Snippets {

    /** Where a page's snippets come from: the source's root (a content path, {@code ""} for the whole content) and its files. */
    public interface Source {
        String root();

        /** The file's bytes, or empty when the source has no regular file there (links are never followed). */
        Optional<byte[]> read(String contentPath) throws IOException;
    }

    /** No snippets can be read (a page rendered on its own): every marker is a problem. */
    public static final Source NONE = new Source() {
        @Override
        public String root() {
            return "";
        }

        @Override
        public Optional<byte[]> read(String contentPath) {
            return Optional.empty();
        }
    };

    /** The Markdown with snippets included, and the problems met on the way. */
    public record Expanded(String markdown, List<ContentProblem> problems) {
    }

    static final int MAX_DEPTH = 4;
    /** The most text snippets may add to one page; a source refuses larger files unread. */
    public static final int MAX_CHARS = 512 * 1024;

    private static final Pattern INLINE = Pattern.compile("^([ \\t]*)(;*)-+8<-+[ \\t]+(?:\"([^\"\\n]+)\"|'([^'\\n]+)')[ \\t]*$");
    private static final Pattern BLOCK = Pattern.compile("^([ \\t]*)(;*)-+8<-+[ \\t]*$");
    private static final Pattern SECTION_MARK = Pattern.compile("^\\s*;*-+8<-+\\s*\\[(start|end):([\\w-]+)]\\s*$");
    private static final Pattern RANGE = Pattern.compile("^(.*?):(\\d+)(?::(\\d+))?$");
    private static final Pattern SECTION = Pattern.compile("^(.*\\.[A-Za-z0-9]+):([A-Za-z][\\w-]*)$");

    private final String page;
    private final Source source;
    private final List<ContentProblem> problems = new ArrayList<>();
    private int chars;

    private Snippets(String page, Source source) {
        this.page = page;
        this.source = source;
    }

    public static Expanded expand(String page, String markdown, Source source) {
        if (!markdown.contains("8<-")) {
            return new Expanded(markdown, List.of());
        }
        Snippets snippets = new Snippets(page, source);
        snippets.chars = markdown.length();
        String expanded = snippets.expand(page, markdown, 0);
        return new Expanded(expanded, List.copyOf(snippets.problems));
    }

    private String expand(String from, String markdown, int depth) {
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher inline = INLINE.matcher(line);
            Matcher block = BLOCK.matcher(line);
            if (inline.matches()) {
                if (!inline.group(2).isEmpty()) {
                    out.add(inline.group(1) + line.substring(inline.group(1).length() + 1));
                } else {
                    include(from, inline.group(3) != null ? inline.group(3) : inline.group(4), inline.group(1), i + 1, depth, out);
                }
            } else if (block.matches() && block.group(2).isEmpty()) {
                int start = i;
                List<String> names = new ArrayList<>();
                while (i + 1 < lines.length && !BLOCK.matcher(lines[i + 1]).matches()) {
                    names.add(lines[++i].strip());
                }
                if (i + 1 >= lines.length) {
                    // no closing marker: not a snippet block, the lines stay as they are
                    out.add(line);
                    i = start;
                    continue;
                }
                i++;
                for (String name : names) {
                    if (!name.isEmpty() && !name.startsWith(";")) {
                        include(from, name, block.group(1), start + 1, depth, out);
                    }
                }
            } else if (block.matches()) {
                out.add(block.group(1) + line.substring(block.group(1).length() + 1));
            } else if (!SECTION_MARK.matcher(line).matches()) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private void include(String from, String name, String indent, int line, int depth, List<String> out) {
        String file = name.strip();
        int first = 1;
        int last = Integer.MAX_VALUE;
        String section = null;
        Matcher range = RANGE.matcher(file);
        Matcher named = SECTION.matcher(file);
        if (range.matches()) {
            file = range.group(1);
            first = Integer.parseInt(range.group(2));
            last = range.group(3) == null ? last : Integer.parseInt(range.group(3));
        } else if (named.matches()) {
            file = named.group(1);
            section = named.group(2);
        }
        if (depth >= MAX_DEPTH) {
            problem(line, "The snippet \"" + name + "\" is nested more than " + MAX_DEPTH + " deep; it was left out.");
            return;
        }
        Optional<Found> found = locate(from, file, line, name);
        if (found.isEmpty()) {
            return;
        }
        if (found.get().bytes() == null) {
            problem(line, "The snippet \"" + name + "\" was not found in this source; it was left out.");
            return;
        }
        String text = new String(found.get().bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        chars += text.length();
        if (chars > MAX_CHARS) {
            problem(line, "Snippets make this page over " + MAX_CHARS / 1024 + " KiB; \"" + name + "\" was left out.");
            return;
        }
        List<String> lines = List.of(text.split("\n", -1));
        if (section != null) {
            lines = section(lines, section);
        }
        int to = Math.min(last, lines.size());
        String chosen = String.join("\n", lines.subList(Math.min(Math.max(first, 1) - 1, to), to));
        for (String included : expand(found.get().path(), chosen, depth + 1).split("\n", -1)) {
            out.add(included.isEmpty() ? "" : indent + included);
        }
    }

    /** The content path of a snippet: next to the page that names it, else from the source's root; never outside the source. */
    private record Found(String path, byte[] bytes) {
    }

    /** The snippet's file: next to the page that names it, else from the source's root; never outside the source. */
    private Optional<Found> locate(String from, String file, int line, String name) {
        if (file.startsWith("/") || file.indexOf('\\') >= 0 || file.indexOf('\0') >= 0 || file.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            problem(line, "The snippet \"" + name + "\" is not a path inside this source; snippets are read only from the page's own source.");
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        ContentPaths.resolve(from, file).ifPresent(candidates::add);
        ContentPaths.resolve(ContentPaths.mounted(source.root(), "x"), file).ifPresent(candidates::add);
        candidates.removeIf(c -> !ContentPaths.isUnder(c, source.root()) || c.equals(source.root()) || c.startsWith(".git/") || c.contains("/.git/"));
        if (candidates.isEmpty()) {
            problem(line, "The snippet \"" + name + "\" points outside this source; snippets are read only from the page's own source.");
            return Optional.empty();
        }
        for (String candidate : candidates) {
            try {
                Optional<byte[]> bytes = source.read(candidate);
                if (bytes.isPresent()) {
                    return Optional.of(new Found(candidate, bytes.get()));
                }
            } catch (IOException e) {
                problem(line, "The snippet \"" + name + "\" could not be read; it was left out.");
                return Optional.empty();
            }
        }
        return Optional.of(new Found(candidates.get(0), null));
    }

    private static List<String> section(List<String> lines, String name) {
        List<String> kept = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            Matcher mark = SECTION_MARK.matcher(l);
            if (mark.matches() && mark.group(2).equals(name)) {
                in = mark.group(1).equals("start");
            } else if (in) {
                kept.add(l);
            }
        }
        return kept;
    }

    private void problem(int line, String message) {
        problems.add(ContentProblem.warning(page, line, message));
    }
}
