/**
 * Lean Coffee sessions: topics, dot votes, timeboxed discussion, and the action items that come out of them. The
 * rules are pure functions over records (no database, no HTTP, time passed in); action items are created through
 * {@code dev.signpost.actions}, whose source of Lean Coffee topics this is. May call actions, sigs, live, database,
 * audit, security, web.
 */
package dev.signpost.leancoffee;
