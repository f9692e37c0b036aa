/**
 * The unified roadmap: items from {@code content/roadmap/*.md} with status, horizon, quarters, dependencies and their
 * status history, shown as a Now / Next / Later board and one page per item. The model ({@link
 * dev.signpost.roadmap.Roadmap}) is built by pure functions from the content snapshot and memoised per snapshot.
 */
package dev.signpost.roadmap;
