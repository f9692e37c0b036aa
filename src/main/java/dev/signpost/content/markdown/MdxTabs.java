package dev.signpost.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docusaurus' {@code <Tabs>}/{@code <TabItem value label default>} in MDX rewritten as MkDocs content tabs
 * ({@code ===}), so that both render as the same tabs; counts the groups it rewrote.
 */
final class MdxTabs {

    private static final Pattern ITEM_CLOSE = Pattern.compile("^(.*?)</TabItem>\\s*$");
    private static final Pattern ITEM_OPEN = Pattern.compile("^\\s*<TabItem(\\s[^>]*)?>(.*)$");
    private static final Pattern TABS_CLOSE = Pattern.compile("^\\s*</Tabs>\\s*$");
    private static final Pattern TABS_OPEN = Pattern.compile("^\\s*<Tabs(\\s[^>]*)?>\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*['\"]([^'\"]*)['\"]\\s*})");

    private int groups;

    /** True for a line that opens or closes a tab group or a tab: components other than tabs are reduced, these not. */
    static boolean isTabLine(String line) {
        return TABS_OPEN.matcher(line).matches() || TABS_CLOSE.matcher(line).matches() || ITEM_OPEN.matcher(line).matches()
                || ITEM_CLOSE.matcher(line).matches();
    }

    int groups() {
        return groups;
    }

    /** Tabs groups become {@code ===} blocks; a tab's content is indented under its title, nested groups too. */
    List<String> convert(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        AdmonitionSyntax.Fences fences = new AdmonitionSyntax.Fences();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line) || !TABS_OPEN.matcher(line).matches()) {
                out.add(line);
                continue;
            }
            groups++;
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
                    emit(label, selected, first, convert(item), out);
                    first = false;
                    item = null;
                } else {
                    item.add(next);
                }
            }
            if (item != null) {
                emit(label, selected, first, convert(item), out);
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

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }
}
