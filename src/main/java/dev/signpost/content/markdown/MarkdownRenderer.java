package dev.signpost.content.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * The one place that turns Markdown into HTML: the block syntaxes flexmark does not know (admonitions, content tabs,
 * Markdown inside HTML) as HTML wrappers, flexmark with GitHub-flavoured extensions plus MkDocs' abbreviations,
 * attribute lists and emoji, then the allow-list sanitiser, then {@link BodyRewriter} (bare links, portal links,
 * heading anchors, admonitions, tabs, shortcodes, code blocks).
 * Thread-safe and pure: the same input always gives the same output.
 */
public final class MarkdownRenderer {

    /** Relative links are resolved against this while sanitising, then kept relative. */
    private static final String BASE_URI = "https://signpost.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                AbbreviationExtension.create(),
                AttributesExtension.create(),
                EmojiExtension.create()));
        options.set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY);
        options.set(EmojiExtension.USE_SHORTCUT_TYPE, EmojiShortcutType.ANY_GITHUB_PREFERRED);
        options.set(AbbreviationExtension.USE_LINKS, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "language-plaintext");
        this.parser = Parser.builder(options).build();
        // a heading keeps the id its attribute list gives ({ #id }); BodyRewriter gives the others GitHub's ids
        this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new ExplicitHeadingIds()).build();
    }

    /**
     * Renders the body of the file at {@code path} (needed to resolve its relative links); {@code declaredTitle}
     * is the title the front matter gives (title or sidebar_label), or null.
     */
    public RenderedBody render(String path, String declaredTitle, String markdown) {
        String html = renderer.render(parser.parse(ContentTabsSyntax.toHtmlBlocks(markdown)));
        Document clean = HtmlSanitizer.clean(Jsoup.parseBodyFragment(html, BASE_URI));
        return new BodyRewriter(path, declaredTitle, clean.body()).rewrite();
    }

    /** Renders Markdown that has no file of its own (e.g. text typed into a form): sanitised HTML only. */
    public String renderFragment(String markdown) {
        return render("", "", markdown).html();
    }
}
