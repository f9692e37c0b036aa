package dev.signpost.content;

import java.util.List;
import java.util.Set;

/** What rendering a Markdown body yields: safe HTML plus what the snapshot needs to know about it. */
record RenderedBody(String html, String text, String prose, String leadingH1, List<Heading> headings, Set<String> anchors, List<InternalLink> links) {
}
