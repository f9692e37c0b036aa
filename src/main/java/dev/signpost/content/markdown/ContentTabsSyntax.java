package dev.signpost.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs Material's content tabs ({@code === "Title"}, the tab's content indented four spaces) as an HTML wrapper
 * around Markdown, before flexmark sees the text, like {@link AdmonitionSyntax}: consecutive tabs form one group
 * ({@code <div class="tabbed-set">}), each tab a {@code <div class="tabbed-block">} whose first child holds the title;
 * {@link ContentTabs} turns them into the tabs' server HTML. {@code ===!} starts a new group, {@code ===+} selects the
 * tab. A tab's content goes through the whole block pipeline again, so tabs nest, and tabs and admonitions hold each
 * other. Lines inside fenced code are left alone.
 */
final class ContentTabsSyntax {

    private static final Pattern TAB = Pattern.compile("^( *)===([!+]{0,2})\\s*\"(.*)\"\\s*$");

    private ContentTabsSyntax() {
    }

    /** Admonitions, then tabs, then Markdown inside HTML: every block syntax flexmark does not know, in one call. */
    static String toHtmlBlocks(String markdown) {
        String blocks = AdmonitionSyntax.toHtmlBlocks(MarkdownInHtml.open(markdown));
        if (!blocks.contains("===")) {
            return blocks;
        }
        List<String> lines = List.of(blocks.split("\n", -1));
        StringBuilder out = new StringBuilder(blocks.length() + 256);
        AdmonitionSyntax.Fences fences = new AdmonitionSyntax.Fences();
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher tab = TAB.matcher(line);
            if (fences.isCode(line) || !tab.matches()) {
                out.append(line).append('\n');
                continue;
            }
            // a tab in a list item is indented like the item's text: its wrapper and content keep that indent
            String indent = tab.group(1);
            String marker = tab.group(2);
            if (group != null && (marker.contains("!") || !group.equals(indent))) {
                out.append(group).append("</div>\n\n");
                group = null;
            }
            if (group == null) {
                out.append(indent).append("<div class=\"tabbed-set\">\n");
                group = indent;
            }
            String inner = indent + "    ";
            List<String> body = new ArrayList<>();
            while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || lines.get(i + 1).startsWith(inner) || lines.get(i + 1).startsWith(indent + "\t"))) {
                String next = lines.get(++i);
                body.add(next.isBlank() ? "" : next.startsWith(inner) ? next.substring(inner.length()) : next.substring(indent.length() + 1));
            }
            out.append(indent).append("<div class=\"tabbed-block").append(marker.contains("+") ? " tabbed-selected" : "").append("\">")
                    .append("<div class=\"tabbed-title\">").append(escape(tab.group(3).strip())).append("</div>\n\n");
            for (String converted : toHtmlBlocks(String.join("\n", body)).split("\n", -1)) {
                out.append(converted.isEmpty() ? "" : indent + converted).append('\n');
            }
            out.append('\n').append(indent).append("</div>\n");
            Matcher following = i + 1 < lines.size() ? TAB.matcher(lines.get(i + 1)) : null;
            if (following == null || !following.matches() || following.group(2).contains("!") || !following.group(1).equals(indent)) {
                out.append(indent).append("</div>\n\n");
                group = null;
            }
        }
        if (group != null) {
            out.append(group).append("</div>\n");
        }
        if (!blocks.endsWith("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
