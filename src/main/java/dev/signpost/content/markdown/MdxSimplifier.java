package dev.signpost.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus' {@code .mdx} as Markdown, before rendering: {@code import}/{@code export} statements and
 * {@code {/* comments *}/} are removed, {@code <Tabs>}/{@code <TabItem value label>} become MkDocs content tabs
 * (so they render as the same tabs), other JSX components are reduced to their text (self-closing ones removed).
 * Fenced code and inline code are left alone. What was simplified is said in words, for the page's content health.
 */
public final class MdxSimplifier {

    /** The Markdown to render and what was simplified (empty when nothing was). */
    public record Simplified(String markdown, List<String> changes) {
    }

    private static final Pattern IMPORT = Pattern.compile("^import\\s.*|^import\\{.*");
    private static final Pattern EXPORT = Pattern.compile("^export\\s.*");
    private static final Pattern TABS_OPEN = Pattern.compile("^\\s*<Tabs(\\s[^>]*)?>\\s*$");
    private static final Pattern TABS_CLOSE = Pattern.compile("^\\s*</Tabs>\\s*$");
    private static final Pattern ITEM_OPEN = Pattern.compile("^\\s*<TabItem(\\s[^>]*)?>(.*)$");
    private static final Pattern ITEM_CLOSE = Pattern.compile("^(.*?)</TabItem>\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*['\"]([^'\"]*)['\"]\\s*})");
    private static final Pattern COMPONENT = Pattern.compile("</?([A-Z][\\w.]*)(?:\\s[^<>]*?)?(/?)>");
    private static final Pattern OPEN_TAG_LINES = Pattern.compile("^\\s*<([A-Z][\\w.]*)(?:\\s[^>]*)?$");
    private static final Pattern COMMENT = Pattern.compile("\\{/\\*.*?\\*/}");

    private int statements;
    private int tabGroups;
    private int comments;
    private final Set<String> components = new TreeSet<>();

    private MdxSimplifier() {
    }

    private static final Pattern ES_IMPORT = Pattern.compile("^import\\s+[\\w{}\\s,*]+\\s+from\\s+['\"][^'\"]+['\"];?\\s*$");

    /**
     * True for Markdown written as MDX: Docusaurus reads {@code .md} files as MDX too, and such a file opens with
     * {@code import X from '...'} statements.
     */
    public static boolean looksLikeMdx(String markdown) {
        for (String line : markdown.split("\n", 50)) {
            if (!line.isBlank()) {
                return ES_IMPORT.matcher(line).matches();
            }
        }
        return false;
    }

    public static Simplified simplify(String mdx) {
        MdxSimplifier simplifier = new MdxSimplifier();
        List<String> lines = simplifier.statementsAndComments(mdx.split("\n", -1));
        String markdown = String.join("\n", simplifier.tabs(lines));
        return new Simplified(markdown, simplifier.changes());
    }

    private List<String> statementsAndComments(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        AdmonitionSyntax.Fences fences = new AdmonitionSyntax.Fences();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fences.isCode(line)) {
                out.add(line);
                continue;
            }
            if (IMPORT.matcher(line).matches() || EXPORT.matcher(line).matches()) {
                statements++;
                int depth = balance(line);
                while (i + 1 < lines.length && depth > 0) {
                    line = lines[++i];
                    depth += balance(line);
                }
                continue;
            }
            Matcher tag = OPEN_TAG_LINES.matcher(line);
            if (tag.matches() && !tag.group(1).equals("Tabs") && !tag.group(1).equals("TabItem")) {
                // a component whose attributes run over several lines: removed up to the line that closes its tag
                components.add(tag.group(1));
                int depth = balance(line);
                while (i + 1 < lines.length) {
                    String next = lines[++i];
                    int before = depth;
                    depth += balance(next);
                    if (before <= 0 && next.indexOf('>') >= 0 || depth <= 0 && next.strip().endsWith(">")) {
                        break;
                    }
                }
                out.add("");
                continue;
            }
            if (line.contains("{/*") && !line.contains("*/}")) {
                comments++;
                String kept = line.substring(0, line.indexOf("{/*"));
                while (i + 1 < lines.length && !lines[i].contains("*/}")) {
                    i++;
                }
                String rest = lines[i].contains("*/}") ? lines[i].substring(lines[i].indexOf("*/}") + 3) : "";
                line = kept + rest;
                if (line.isBlank()) {
                    out.add("");
                    continue;
                }
            }
            out.add(components(line));
        }
        return out;
    }

    /** Tabs groups become {@code ===} blocks; a tab's content is indented under its title, nested groups too. */
    private List<String> tabs(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        AdmonitionSyntax.Fences fences = new AdmonitionSyntax.Fences();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line) || !TABS_OPEN.matcher(line).matches()) {
                out.add(line);
                continue;
            }
            tabGroups++;
            boolean first = true;
            int depth = 0;
            List<String> item = null;
            String label = null;
            boolean selected = false;
            for (i = i + 1; i < lines.size(); i++) {
                String next = lines.get(i);
                Matcher open = ITEM_OPEN.matcher(next);
                if (TABS_CLOSE.matcher(next).matches() && depth == 0) {
                    break;
                }
                if (item == null && open.matches()) {
                    String attributes = open.group(1) == null ? "" : open.group(1);
                    label = attribute(attributes, "label");
                    label = label == null ? attribute(attributes, "value") : label;
                    selected = attributes.matches(".*\\bdefault\\b.*");
                    item = new ArrayList<>();
                    String rest = open.group(2);
                    Matcher close = ITEM_CLOSE.matcher(rest);
                    if (close.matches()) {
                        item.add(close.group(1));
                        emit(label, selected, first, item, out);
                        first = false;
                        item = null;
                    } else if (!rest.isBlank()) {
                        item.add(rest);
                    }
                    continue;
                }
                if (item == null) {
                    continue;
                }
                if (TABS_OPEN.matcher(next).matches()) {
                    depth++;
                } else if (TABS_CLOSE.matcher(next).matches()) {
                    depth--;
                }
                Matcher close = ITEM_CLOSE.matcher(next);
                if (depth == 0 && close.matches() && !next.contains("<TabItem")) {
                    if (!close.group(1).isBlank()) {
                        item.add(close.group(1));
                    }
                    emit(label, selected, first, tabs(item), out);
                    first = false;
                    item = null;
                } else {
                    item.add(next);
                }
            }
            if (item != null) {
                emit(label, selected, first, tabs(item), out);
            }
            out.add("");
        }
        return out;
    }

    private static void emit(String label, boolean selected, boolean first, List<String> body, List<String> out) {
        String title = label == null || label.isBlank() ? "Tab" : label.replace("\"", "'");
        out.add("");
        out.add("===" + (first ? "!" : "") + (selected ? "+" : "") + " \"" + title + "\"");
        out.add("");
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        for (String line : body) {
            out.add(line.isBlank() ? "" : "    " + line.substring(indent));
        }
        out.add("");
    }

    /** Unknown components reduced to their text, comments removed; inline code is left alone. */
    private String components(String line) {
        if (line.indexOf('<') < 0 && !line.contains("{/*")) {
            return line;
        }
        if (TABS_OPEN.matcher(line).matches() || TABS_CLOSE.matcher(line).matches() || ITEM_OPEN.matcher(line).matches()
                || ITEM_CLOSE.matcher(line).matches()) {
            return line;
        }
        String[] parts = line.split("`", -1);
        for (int p = 0; p < parts.length; p += 2) {
            Matcher comment = COMMENT.matcher(parts[p]);
            while (comment.find()) {
                comments++;
            }
            String text = COMMENT.matcher(parts[p]).replaceAll("");
            Matcher component = COMPONENT.matcher(text);
            StringBuilder kept = new StringBuilder();
            while (component.find()) {
                if (!component.group(1).equals("Tabs") && !component.group(1).equals("TabItem")) {
                    components.add(component.group(1));
                    component.appendReplacement(kept, "");
                }
            }
            component.appendTail(kept);
            parts[p] = kept.toString();
        }
        String joined = String.join("`", parts);
        return joined.isBlank() ? "" : joined;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }

    private static int balance(String line) {
        int depth = 0;
        for (char c : line.toCharArray()) {
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth;
    }

    private List<String> changes() {
        List<String> changes = new ArrayList<>();
        if (statements > 0) {
            changes.add("removed " + statements + " import/export statement" + (statements == 1 ? "" : "s"));
        }
        if (tabGroups > 0) {
            changes.add("rendered " + tabGroups + " <Tabs> group" + (tabGroups == 1 ? "" : "s") + " as tabs");
        }
        if (!components.isEmpty()) {
            changes.add("reduced " + components.stream().map(c -> "<" + c + ">").reduce((a, b) -> a + ", " + b).orElse("")
                    + " to " + (components.size() == 1 ? "its" : "their") + " text");
        }
        if (comments > 0) {
            changes.add("removed " + comments + " comment" + (comments == 1 ? "" : "s"));
        }
        return List.copyOf(changes);
    }
}
