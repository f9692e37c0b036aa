package dev.signpost.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the three common admonition dialects into an HTML wrapper around Markdown, before flexmark sees the text:
 * MkDocs ({@code !!! type "Title"} / {@code ???} collapsible, body indented four spaces), Docusaurus
 * ({@code :::type Title ... :::}) and GitHub alerts ({@code > [!NOTE]}). The wrapper is
 * {@code <div class="adm-block adm-TYPE"><div class="adm-heading">Title</div>}, a blank line, the body as
 * Markdown, a blank line and {@code </div>}; {@link Admonitions} turns it into an aside or details element.
 * Done here rather than with flexmark's admonition extension, which made rendering three times slower.
 * Lines inside fenced code are left alone; admonitions nest.
 */
final class AdmonitionSyntax {

    private static final Pattern MKDOCS = Pattern.compile("^(!!!|\\?\\?\\?\\+?)\\s*([A-Za-z][\\w-]*)\\s*(?:\"(.*)\")?\\s*$");
    private static final Pattern DOCUSAURUS_OPEN = Pattern.compile("^ {0,3}(:{3,})\\s*([A-Za-z][\\w-]*)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern DOCUSAURUS_CLOSE = Pattern.compile("^ {0,3}(:{3,})\\s*$");
    private static final Pattern GITHUB_ALERT = Pattern.compile("^ {0,3}>\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

    private AdmonitionSyntax() {
    }

    static String toHtmlBlocks(String markdown) {
        if (markdown.indexOf("!!!") < 0 && markdown.indexOf("???") < 0 && markdown.indexOf(":::") < 0 && markdown.indexOf("[!") < 0) {
            return markdown;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        StringBuilder out = new StringBuilder(markdown.length() + 128);
        convert(lines, out);
        return out.toString();
    }

    private static void convert(List<String> lines, StringBuilder out) {
        Fences fences = new Fences();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line)) {
                out.append(line).append('\n');
                continue;
            }
            Matcher mkdocs = MKDOCS.matcher(line);
            Matcher docusaurus = DOCUSAURUS_OPEN.matcher(line);
            Matcher alert = GITHUB_ALERT.matcher(line);
            List<String> body = new ArrayList<>();
            if (mkdocs.matches()) {
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || lines.get(i + 1).startsWith("    ") || lines.get(i + 1).startsWith("\t"))) {
                    String next = lines.get(++i);
                    body.add(next.startsWith("\t") ? next.substring(1) : next.length() >= 4 ? next.substring(4) : "");
                }
                String marker = mkdocs.group(1);
                String state = marker.equals("!!!") ? "" : marker.equals("???+") ? " adm-open" : " adm-collapsed";
                block(mkdocs.group(2), mkdocs.group(3), state, body, out);
            } else if (docusaurus.matches()) {
                int colons = docusaurus.group(1).length();
                int depth = 0;
                Fences inner = new Fences();
                while (i + 1 < lines.size()) {
                    String next = lines.get(++i);
                    if (inner.isCode(next)) {
                        body.add(next);
                        continue;
                    }
                    Matcher close = DOCUSAURUS_CLOSE.matcher(next);
                    Matcher open = DOCUSAURUS_OPEN.matcher(next);
                    if (close.matches() && close.group(1).length() == colons && depth == 0) {
                        break;
                    }
                    if (open.matches()) {
                        depth++;
                    } else if (close.matches()) {
                        depth--;
                    }
                    body.add(next);
                }
                String title = docusaurus.group(3) != null ? docusaurus.group(3) : docusaurus.group(4);
                block(docusaurus.group(2), title, "", body, out);
            } else if (alert.matches()) {
                Matcher quoted;
                while (i + 1 < lines.size() && (quoted = QUOTED.matcher(lines.get(i + 1))).matches()) {
                    body.add(quoted.group(1));
                    i++;
                }
                block(alert.group(1), null, "", body, out);
            } else {
                out.append(line).append('\n');
            }
        }
        if (out.length() > 0 && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            out.setLength(out.length() - 1);
        }
    }

    private static void block(String type, String title, String state, List<String> body, StringBuilder out) {
        String kind = type.toLowerCase(Locale.ROOT);
        out.append("<div class=\"adm-block adm-").append(kind).append(state).append("\">");
        if (title != null && !title.isBlank()) {
            out.append("<div class=\"adm-heading\">").append(escape(title.strip())).append("</div>");
        }
        out.append("\n\n");
        convert(body, out);
        out.append("\n\n</div>\n\n");
    }

    /** Follows fenced code blocks line by line, so block markers (admonitions, tabs) inside code are left alone. */
    static final class Fences {
        private String open;

        /** True when the line opens, closes or is inside a fenced code block. */
        boolean isCode(String line) {
            Matcher fence = FENCE.matcher(line);
            boolean isFence = fence.find();
            if (open != null) {
                if (isFence && fence.group(1).startsWith(open)) {
                    open = null;
                }
                return true;
            }
            if (isFence) {
                open = fence.group(1).substring(0, 3);
            }
            return isFence;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
