package dev.signpost.content.markdown;

import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids for flexmark: only the id an attribute list gives ({@code ## Setup { #setup }}); {@link BodyRewriter}
 * gives every other heading GitHub's id, unique on the page.
 */
final class ExplicitHeadingIds implements HeaderIdGeneratorFactory, HtmlIdGenerator {

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return this;
    }

    @Override
    public HtmlIdGenerator create() {
        return this;
    }

    @Override
    public void generateIds(Document document) {
    }

    @Override
    public String getId(Node node) {
        return node instanceof com.vladsch.flexmark.ast.Heading heading && heading.isExplicitAnchorRefId() ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return null;
    }
}
