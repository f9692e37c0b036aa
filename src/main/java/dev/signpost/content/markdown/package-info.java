/**
 * Markdown to safe HTML: {@link dev.signpost.content.markdown.MarkdownRenderer} (flexmark with admonitions, bare links
 * and the sanitiser's allow-list), then {@link dev.signpost.content.markdown.BodyRewriter} (heading ids, internal links
 * resolved against the snapshot's paths). Pure functions of their input; may call only the rest of content.
 */
package dev.signpost.content.markdown;
