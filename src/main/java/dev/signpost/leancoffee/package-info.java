/**
 * Lean Coffee sessions: topics, dot votes, timeboxed discussion, and the action items that come out of them. The
 * rules are pure functions over records (no database, no HTTP, time passed in); action items are created through
 * {@code dev.signpost.actions}.
 */
package dev.signpost.leancoffee;
