/**
 * Lean Coffee sessions: topics, dot votes, timeboxed discussion, and the action items that come out of them. The
 * rules are pure functions over records in {@code leancoffee.rules} (no database, no HTTP, time passed in); action items are created through
 * {@code dev.signpost.actions}, whose source of Lean Coffee topics this is. Reading a board ({@code BoardReader}),
 * voting, facilitation and capture are services of their own, each with its resource; a SIG's chat channel hears of
 * sessions scheduled and closed ({@code LeanCoffeeNotices}). May call actions, live, notifications, database, audit,
 * security, web.
 */
package dev.signpost.leancoffee;
