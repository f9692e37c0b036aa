/**
 * A Markdown file's YAML header: splitting it from the body and reading it safely ({@link
 * dev.signpost.content.frontmatter.FrontMatter}), the keys a document understands, and typed field access with
 * readable problems for the tools, roadmap and SIG parsers ({@link dev.signpost.content.frontmatter.FrontMatterFields}).
 */
package dev.signpost.content.frontmatter;
