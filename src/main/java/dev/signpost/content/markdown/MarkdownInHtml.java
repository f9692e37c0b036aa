package dev.signpost.content.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's {@code md_in_html}: an HTML element whose opening tag has a {@code markdown} attribute
 * ({@code <div markdown>}, {@code markdown="1"}, {@code markdown="block"}) holds Markdown. CommonMark reads Markdown
 * between HTML tags only when blank lines separate them, so the opening tag (without the attribute) is followed by
 * a blank line and its closing tag preceded by one. Only tags alone on their line are taken; fenced code is left alone.
 */
final class MarkdownInHtml {

    private static final Pattern OPEN = Pattern.compile(
            "^(\\s*)<([A-Za-z][\\w-]*)((?:\\s+[^>]*?)?)\\s+markdown(?:=(?:\"[^\"]*\"|'[^']*'|[\\w-]+))?((?:\\s+[^>]*?)?)\\s*>\\s*$");

    private MarkdownInHtml() {
    }

    static String open(String markdown) {
        if (!markdown.contains(" markdown")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        AdmonitionSyntax.Fences fences = new AdmonitionSyntax.Fences();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            Matcher m = fences.isCode(line) ? null : OPEN.matcher(line);
            if (m != null && m.matches()) {
                out.append(m.group(1)).append('<').append(m.group(2)).append(m.group(3)).append(m.group(4)).append(">\n\n");
                open.push(new Open(m.group(2).toLowerCase(java.util.Locale.ROOT)));
                continue;
            }
            if (m != null && !open.isEmpty()) {
                Open top = open.peek();
                if (trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("<" + top.tag) && !trimmed.startsWith("</")) {
                    top.depth++;
                } else if (trimmed.equalsIgnoreCase("</" + top.tag + ">")) {
                    if (top.depth == 0) {
                        open.pop();
                        out.append('\n').append(line).append("\n\n");
                        if (i + 1 < lines.length && lines[i + 1].isBlank()) {
                            i++;
                        }
                        continue;
                    }
                    top.depth--;
                }
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static final class Open {
        private final String tag;
        private int depth;

        Open(String tag) {
            this.tag = tag;
        }
    }
}
