/**
 * The unified roadmap: items from {@code content/roadmap/*.md} with status, horizon, quarters, dependencies and their
 * status history, shown as a Now / Next / Later board, a timeline, changes since a review, and one page per item. The
 * model ({@link dev.signpost.roadmap.Roadmap}) is built by pure functions from the content snapshot and memoised per
 * snapshot. A source of action items and a section of SIG pages; announces status and target changes to the item's
 * SIGs and followers through {@code notifications}. May call content, actions, notifications, database, audit,
 * security, web.
 */
package dev.signpost.roadmap;
