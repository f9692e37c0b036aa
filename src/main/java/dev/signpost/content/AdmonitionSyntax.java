package dev.signpost.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the two other common admonition dialects into the MkDocs form ({@code !!! type "Title"} plus an
 * indented body) that the renderer understands: Docusaurus {@code :::type Title ... :::} and GitHub alerts
 * ({@code > [!NOTE]}). Lines inside fenced code are left alone.
 */
final class AdmonitionSyntax {

    private static final Pattern DOCUSAURUS_OPEN = Pattern.compile("^ {0,3}(:{3,})\\s*([A-Za-z][\\w-]*)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern DOCUSAURUS_CLOSE = Pattern.compile("^ {0,3}(:{3,})\\s*$");
    private static final Pattern GITHUB_ALERT = Pattern.compile("^ {0,3}>\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

    private AdmonitionSyntax() {
    }

    static String toMkDocs(String markdown) {
        if (markdown.indexOf(":::") < 0 && markdown.indexOf("[!") < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        int depth = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String indent = "    ".repeat(depth);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find() && fenceMatch.group(1).startsWith(fence)) {
                    fence = null;
                }
                out.append(indent).append(line).append('\n');
                continue;
            }
            if (fenceMatch.find()) {
                fence = fenceMatch.group(1).substring(0, 3);
                out.append(indent).append(line).append('\n');
                continue;
            }
            Matcher open = DOCUSAURUS_OPEN.matcher(line);
            if (open.matches()) {
                String title = open.group(3) != null ? open.group(3) : open.group(4);
                out.append(indent).append(header(open.group(2), title)).append('\n');
                depth++;
                continue;
            }
            if (depth > 0 && DOCUSAURUS_CLOSE.matcher(line).matches()) {
                depth--;
                out.append('\n');
                continue;
            }
            Matcher alert = GITHUB_ALERT.matcher(line);
            if (alert.matches()) {
                out.append(indent).append(header(alert.group(1), null)).append('\n');
                while (i + 1 < lines.length) {
                    Matcher quoted = QUOTED.matcher(lines[i + 1]);
                    if (!quoted.matches()) {
                        break;
                    }
                    out.append(indent).append("    ").append(quoted.group(1)).append('\n');
                    i++;
                }
                continue;
            }
            out.append(line.isBlank() ? "" : indent + line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String header(String type, String title) {
        String kind = type.toLowerCase(Locale.ROOT);
        if (title == null || title.isBlank()) {
            return "!!! " + kind;
        }
        return "!!! " + kind + " \"" + title.trim().replace('"', '\'') + "\"";
    }
}
