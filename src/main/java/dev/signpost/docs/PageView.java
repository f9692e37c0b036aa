package dev.signpost.docs;

import dev.signpost.content.Document;
import dev.signpost.content.markdown.Heading;
import dev.signpost.content.NavNode;

import java.util.List;

/** Everything the page template shows about one document. {@code previous}, {@code next} and {@code editUrl} may be null. */
public record PageView(Document doc, List<NavNode> navigation, List<NavNode> breadcrumbs, Document previous, Document next,
                       boolean stale, String editUrl, List<Heading> toc) {
}
