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
        MdxTabs tabs = new MdxTabs();
        String markdown = String.join("\n", tabs.convert(lines));
        simplifier.tabGroups = tabs.groups();
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

    /** Unknown components reduced to their text, comments removed; inline code is left alone. */
    private String components(String line) {
        if (line.indexOf('<') < 0 && !line.contains("{/*")) {
            return line;
        }
        if (MdxTabs.isTabLine(line)) {
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
