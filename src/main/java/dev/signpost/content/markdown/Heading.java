package dev.signpost.content.markdown;

/** A heading in a rendered page, for the table of contents and anchor checks. */
public record Heading(int level, String id, String text) {
}
