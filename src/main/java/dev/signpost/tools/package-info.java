/**
 * The tool catalog: tools from {@code content/tools/*.md} with rings, categories and history, drawn as a radar and a
 * list, with "what moved" since a date. The model ({@link dev.signpost.tools.Catalog}) is built by pure functions
 * from the content snapshot and rebuilt whenever the snapshot changes. Announces ring changes to the tool's SIGs and
 * followers through {@code notifications}. May call content, notifications and web.
 */
package dev.signpost.tools;
