package dev.signpost.content.markdown;

import dev.signpost.content.InternalLink;
import java.util.List;
import java.util.Set;

/** What rendering a Markdown body yields: safe HTML plus what the snapshot needs to know about it. */
public record RenderedBody(String html, String text, String prose, String leadingH1, List<Heading> headings, Set<String> anchors, List<InternalLink> links) {
}
