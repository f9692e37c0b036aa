package dev.signpost.content;

/**
 * Front matter that could not be read, on a page served without it because it has no last good version: the page
 * shows a banner with the line and the reason, and its owners see the text as written.
 *
 * @param line    1-based line in the file where the problem was found, or 0 when not known
 * @param message what is wrong, as the content-health page says it
 * @param raw     the front matter as written, between its {@code ---} lines
 */
public record UnreadFrontMatter(int line, String message, String raw) {
}
