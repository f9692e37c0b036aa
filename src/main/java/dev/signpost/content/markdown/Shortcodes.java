package dev.signpost.content.markdown;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import com.vladsch.flexmark.ext.emoji.internal.EmojiShortcuts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortcodes left in the rendered text: emoji that flexmark's emoji extension could not see (titles of tabs and
 * admonitions, Markdown inside HTML) become Unicode, and MkDocs Material's icon shortcodes ({@code :material-…:},
 * {@code :octicons-…:}, {@code :fontawesome-…:}, {@code :simple-…:}) are removed, with an attribute list written right
 * after one: no icon set is served from a jar here (ADR 0023). Text in code, preformatted blocks and keyboard keys
 * is left alone.
 */
final class Shortcodes {

    private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+-]+):(\\{[^}\\n]*})?");
    private static final Pattern GENDERED = Pattern.compile("(man|woman)_(.+)");
    private static final Pattern ICON = Pattern.compile("(?:material|octicons|fontawesome|simple)-[a-z0-9-]+");

    private Shortcodes() {
    }

    static void rewrite(Element body) {
        List<TextNode> candidates = new ArrayList<>();
        collect(body, candidates);
        candidates.forEach(Shortcodes::replace);
    }

    /** The text with known shortcodes replaced: icons removed, emoji as Unicode; anything else stays as written. */
    static String replace(String text) {
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (ICON.matcher(name).matches()) {
                replacement = "";
            } else {
                EmojiReference.Emoji emoji = emoji(name);
                if (emoji == null || emoji.unicodeChars == null) {
                    continue;
                }
                replacement = EmojiShortcuts.getUnicodeChars(emoji) + (m.group(2) == null ? "" : m.group(2));
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        String replaced = out.append(text, last, text.length()).toString().replaceAll(" {2,}", " ");
        return !text.startsWith(" ") && replaced.startsWith(" ") ? replaced.substring(1) : replaced;
    }

    /** An emoji by its GitHub or cheat-sheet name; Python-Markdown's {@code man_raising_hand} is GitHub's {@code raising_hand_man}. */
    private static EmojiReference.Emoji emoji(String name) {
        EmojiReference.Emoji emoji = EmojiShortcuts.getEmojiFromShortcut(name);
        Matcher gendered = GENDERED.matcher(name);
        if (emoji == null && gendered.matches()) {
            emoji = EmojiShortcuts.getEmojiFromShortcut(gendered.group(2) + "_" + gendered.group(1));
        }
        return emoji;
    }

    private static void collect(Element element, List<TextNode> into) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (text.getWholeText().indexOf(':') >= 0) {
                    into.add(text);
                }
            } else if (child instanceof Element e && !e.nameIs("code") && !e.nameIs("pre") && !e.nameIs("kbd") && !e.nameIs("samp")) {
                collect(e, into);
            }
        }
    }

    private static void replace(TextNode node) {
        String text = node.getWholeText();
        String replaced = replace(text);
        if (!replaced.equals(text)) {
            node.text(replaced);
        }
    }
}
