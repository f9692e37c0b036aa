package dev.signpost.content;

/** A link in {@code path} to a page, file or anchor that does not exist. */
public record BrokenLink(String path, String href, String reason) {
}
