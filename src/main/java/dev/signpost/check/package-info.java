/**
 * The docs check for authors' own CI: {@code java -jar signpost-docs-check.jar docs/} reads a folder with the content core
 * (no portal, no database, no CDI) and prints what {@code /admin/content} would list, plus broken links and pages past
 * their review date, as plain lines or GitHub Actions annotations. May use {@code dev.signpost.content} only.
 */
package dev.signpost.check;
